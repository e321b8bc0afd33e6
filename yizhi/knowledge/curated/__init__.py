"""Load and check the curated overlay: YAML the team writes to fill CMeKG's gaps.

The YAML itself lives in `knowledge/overlay/`; this package is the code that
reads it, named apart so the two never share an import path. The modules, each
importing only those above it:
- `entries`: the frozen entries, the `Overlay` holding them, `OverlayError`;
- `yaml_loader`: strict YAML (line numbers, no duplicate keys) and its errors;
- `reader`: reading one record against a key table, collecting problems;
- `records`: the key table and reader of each kind of record;
- `loading`: `load_overlay()`, which reads every file and checks them together.
"""
