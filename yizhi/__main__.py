import sys

from yizhi.cli import main

sys.exit(main())
