"""``fact-browser convert FILE --to simplified|traditional|taiwan|hongkong [--phrases]``.

Prints the normalised text (what ``fact-browser text FILE`` prints) in the
chosen script, converted sentence by sentence exactly as the reader shows it.
"""

from __future__ import annotations

import sys

TARGETS = ("simplified", "traditional", "taiwan", "hongkong")
SOURCES = ("auto", "simplified", "traditional", "taiwan", "hongkong")


def add_convert_arguments(parser) -> None:
    parser.add_argument("file", help="a .txt, .md or .html document")
    parser.add_argument("--to", required=True, choices=TARGETS, help="the script to print the text in")
    parser.add_argument(
        "--phrases",
        action="store_true",
        help="also use regional vocabulary (软件 → 軟體, U盘 → 隨身碟); rewrites words, not just characters",
    )
    parser.add_argument(
        "--from",
        dest="source",
        default="auto",
        choices=SOURCES,
        help="the script FILE is written in (default: detect Simplified or Traditional)",
    )


def run_convert(args) -> int:
    from . import open_document
    from ..core.script import render_article

    article = open_document(args.file)
    source = None if args.source == "auto" else args.source
    view = render_article(article, args.to, phrases=args.phrases, source=source)
    sys.stdout.write(view.text)
    if not view.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0
