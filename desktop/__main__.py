"""Entry point: a subcommand runs in the terminal; anything else opens the window."""

from __future__ import annotations

import sys


# Mirrors desktop.cli.SUBCOMMANDS (a test keeps them equal) so the GUI path never imports the CLI.
_SUBCOMMANDS = ("sections", "text", "facts", "convert", "gloss", "translate", "search", "library", "glossary")


def unknown_command(word: str) -> str | None:
    """The one-line complaint for a first word that is neither a subcommand nor a file, else None.

    A word with a path separator or a suffix is meant as a file (the window
    then says it does not exist); ``serch`` is a mistyped subcommand.
    """
    import os

    if (
        word in _SUBCOMMANDS
        or word.startswith("-")
        or os.path.exists(word)
        or os.sep in word
        or "/" in word
        or "." in word
    ):
        return None
    import difflib

    close = difflib.get_close_matches(word, _SUBCOMMANDS, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]}?)" if close else f" (commands: {', '.join(_SUBCOMMANDS)})"
    return f"fact-browser: unknown command '{word}'{hint}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    first = argv[1:2] if argv[:1] == ["--verbose"] else argv[:1]  # `--verbose COMMAND`: the terminal's
    if first and first[0] in _SUBCOMMANDS or argv[:1] in (["-h"], ["--help"]):
        from .cli import main as cli_main

        return cli_main(argv)
    complaint = unknown_command(argv[0]) if argv else None
    if complaint:
        print(complaint, file=sys.stderr)
        return 2
    from .ui.shell.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
