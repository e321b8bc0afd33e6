"""Render docs/cli.md from the help text of every `yizhi` verb.

The help text is the documentation: `make docs` writes the file and
tests/test_docs.py fails when the two drift apart.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from django.core.management import get_commands, load_command_class

CLI_DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def project_commands() -> list[tuple[str, str]]:
    """Return (app, verb) of every management command yizhi itself defines."""
    return sorted(
        (app, name) for name, app in get_commands().items() if app.startswith("yizhi.")
    )


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:  # argparse keeps sub-parsers nowhere public
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _parsers(sub)
    return found


def command_help(app: str, verb: str) -> str:
    parser = load_command_class(app, verb).create_parser("yizhi", verb)
    return "\n".join(p.format_help().rstrip() for p in _parsers(parser))


def render_cli_docs() -> str:
    os.environ["COLUMNS"] = "100"  # argparse wraps at the terminal's width
    sections = [
        "# The `yizhi` command line\n",
        "Generated from the commands' own help by `make docs`; do not edit by hand.\n",
    ]
    for app, verb in project_commands():
        sections.append(f"## yizhi {verb}\n\n```\n{command_help(app, verb)}\n```\n")
    return "\n".join(sections)


def write_cli_docs() -> None:
    CLI_DOC.write_text(render_cli_docs(), encoding="utf-8")


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yizhi.settings")
    django.setup()
    write_cli_docs()
