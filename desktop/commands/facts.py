"""``fact-browser facts FILE [--format json|tsv|csv|csv-excel|markdown|xlsx] [--output OUT] [--kind K ...] [--no-names]``."""

from __future__ import annotations

import sys

FORMATS = ("json", "tsv", "csv", "csv-excel", "markdown", "xlsx")


def add_facts_arguments(parser) -> None:
    from ..core.facts.model import KINDS

    parser.add_argument("file", help="a .txt, .md or .html document")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: json, or what --output's suffix names); csv-excel starts with a "
        "UTF-8 byte-order mark so Excel shows Chinese; xlsx is an Excel workbook and needs --output",
    )
    parser.add_argument("--output", "-o", metavar="OUT", help="write to OUT instead of printing (replaces OUT)")
    parser.add_argument(
        "--kind",
        nargs="+",
        action="extend",
        choices=KINDS,
        metavar="K",
        help=f"only facts of these kinds (--kind money percent, or repeat --kind): {', '.join(KINDS)}",
    )
    parser.add_argument("--no-names", action="store_true", help="skip people, organisations, places and terms (faster)")
    parser.add_argument("--year", type=int, help="publication year, for 今年/去年 and dates without a year")
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="also print, on stderr, the document date used, every fact a recogniser could not "
        "read (a failure loses that fact, never the document), and each figure's period with "
        "the words it came from and its stance",
    )
    parser.add_argument(
        "--date",
        metavar="YYYY[-MM[-DD]]",
        help="the document's own date (wins over its dateline): "
        "今年, 去年, 本月 and 今（5）日 resolve against it; without one they stay relative (Y, Y[-1])",
    )


def _explain(article, facts, losses, document, year) -> None:
    """``--verbose``: what the facts rest on, and what was lost, on stderr (stdout stays the data)."""
    from ..core.facts.dates import DocumentDate
    from ..core.facts.extract import article_date

    hint = document if document is not None else (DocumentDate(year, source="--year") if year else None)
    doc = article_date(article, hint)
    if doc.known:
        said = f"{doc.iso()} ({doc.source})"
    elif doc.month is not None:
        said = f"month {doc.month} day {doc.day} ({doc.source}), year unknown: relative dates stay relative (Y, Y[-1])"
    else:
        said = "unknown: relative dates stay relative (Y, Y[-1])"
    print(f"document date: {said}", file=sys.stderr)
    print(f"{len(facts)} facts; {len(losses)} lost to a failing recogniser", file=sys.stderr)
    for lost in losses:
        print(f"  {lost.describe()}", file=sys.stderr)
    from ..core.facts.model import FIGURE_KINDS
    from ..core.facts.notation import period_text

    for f in facts:  # why each figure has its period and stance
        if f.kind in FIGURE_KINDS:
            why = f" (from {f.period_source})" if f.period_source else ""
            print(f"  {f.text}: period {period_text(f.period) or '-'}{why}; {f.stance or '-'}", file=sys.stderr)


def run_facts(args) -> int:
    from . import open_document
    from ..core.facts.extract import extract_facts

    from ..core.facts.dates import DocumentDate

    document = None
    if getattr(args, "date", None):
        document = DocumentDate.parse(args.date, "command line")
        if not document.known:
            raise ValueError(f"--date {args.date!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    article = open_document(args.file)
    losses: list = []
    facts = extract_facts(article, names=not args.no_names, year=args.year, document=document, losses=losses)
    if getattr(args, "verbose", False):
        _explain(article, facts, losses, document, args.year)
    if args.kind:
        facts = [f for f in facts if f.kind in args.kind]
    fmt = args.format
    if fmt is None:
        from ..core.export import format_for_path

        fmt = (format_for_path(args.output) if args.output else None) or "json"
    fmt = fmt.replace("-", "_")
    if args.output:
        from ..core.export import ExportError, write_export

        try:
            write_export(args.output, facts, fmt, overwrite=True, article=article)
        except ExportError as err:
            print(f"fact-browser: {err}", file=sys.stderr)
            return 1
        print(f"{len(facts)} facts written to {args.output}", file=sys.stderr)
        return 0
    if fmt == "xlsx":
        print("fact-browser: an Excel workbook is a file: add --output OUT.xlsx", file=sys.stderr)
        return 2
    from ..core.export import write

    # Streamed: each sentence once in JSON, a window of it per row in tables (issue 25).
    write(sys.stdout, facts, fmt, article=article)
    return 0
