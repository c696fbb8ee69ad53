"""``fact-browser`` from a terminal: the same core as the app, no Qt.

Every subcommand prints to stdout; errors are one line on stderr and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

#: subcommand -> (module under desktop.commands, one-line help)
SUBCOMMANDS = {
    "sections": ("sections", "list the sections of a document"),
    "text": ("sections", "print the normalised text every span indexes into"),
    "facts": ("facts", "list the facts of a document"),
    "convert": ("convert", "print the text in another Chinese script"),
    "gloss": ("gloss", "look a word up in CC-CEDICT"),
    "translate": ("translate", "print each sentence with its English"),
    "search": ("search", "search a document"),
    "library": ("library", "a library of many documents: add, list, search, facts, compare"),
    "glossary": ("glossary", "the team's glossary of names and terms: add, list, remove, import, export"),
}

#: what ``--verbose`` adds to a failure (the window's "Copy details" holds the same block)
VERBOSE_HELP = "on an unexpected error, print the details to report it: version, platform, traceback"

EXIT_USAGE = 2
EXIT_FAILURE = 1


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command``'s module is imported, so one subcommand never pays for another."""
    parser = argparse.ArgumentParser(
        prog="fact-browser", description="Read Chinese articles bilingually and pull out their facts."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Its own name: a subcommand's options overwrite the top level's when they share one.
    parser.add_argument("--verbose", action="store_true", dest="details", help=VERBOSE_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if name != command:
            continue
        mod = importlib.import_module(f"desktop.commands.{module}")
        adder = getattr(mod, f"add_{name}_arguments", None) or mod.add_arguments
        adder(p)
        try:  # after the command's own options: `facts --verbose` already says more, and this too
            p.add_argument("--verbose", action="store_true", help=VERBOSE_HELP)
        except argparse.ArgumentError:
            pass
        p.set_defaults(_module=mod, _name=name)
    return parser


def is_subcommand(argv: list[str]) -> bool:
    if argv[:1] == ["--verbose"]:
        argv = argv[1:]
    return bool(argv) and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help", "--version"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(next((a for a in argv if not a.startswith("-")), None))  # after --verbose too
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    runner = getattr(args._module, f"run_{args._name}", None) or args._module.run
    from .core.ingest.text import LoadError

    try:
        return int(runner(args) or 0)
    except LoadError as err:
        print(f"fact-browser: {err}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # noqa: BLE001 - a terminal user gets a sentence, not a traceback
        from .core import diagnostics

        verbose = getattr(args, "verbose", False) or getattr(args, "details", False)
        if verbose:  # asked for: the details a bug report needs
            print(diagnostics.details(err, f"fact-browser {' '.join(argv)}"), file=sys.stderr)
        print(f"fact-browser: {args.command} failed: {type(err).__name__}: {err}", file=sys.stderr)
        if not verbose:
            print("fact-browser: run it again with --verbose for the details to report", file=sys.stderr)
        return EXIT_FAILURE
