"""The `yizhi` command: a thin door onto Django's management commands."""

import os
import sys
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import execute_from_command_line


def main(argv: Sequence[str] | None = None) -> int:
    """Run `yizhi VERB ...`; `manage.py VERB` and `python -m yizhi VERB` do the same."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yizhi.settings")
    try:
        # The laptop database and search index live here.
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    except ImproperlyConfigured as error:
        # A bad YIZHI_* variable (docs/settings.md): say which, not a traceback.
        sys.stderr.write(f"设置有误：{error}\n")
        return 2
    execute_from_command_line(["yizhi", *(sys.argv[1:] if argv is None else argv)])
    return 0
