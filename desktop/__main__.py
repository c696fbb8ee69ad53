"""Entry point: a subcommand runs in the terminal; anything else opens the window."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from .cli import is_subcommand

    if is_subcommand(argv):
        from .cli import main as cli_main

        return cli_main(argv)
    from .ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
