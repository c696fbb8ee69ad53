"""Entry point: a subcommand runs in the terminal; anything else opens the window."""
from __future__ import annotations

import sys


# Mirrors desktop.cli.SUBCOMMANDS (a test keeps them equal) so the GUI path never imports the CLI.
_SUBCOMMANDS = ("sections", "text", "facts", "convert", "gloss", "translate", "search", "library")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and not argv[0].startswith("-") and argv[0] in _SUBCOMMANDS or argv[:1] in (["-h"], ["--help"]):
        from .cli import main as cli_main

        return cli_main(argv)
    from .ui.shell.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
