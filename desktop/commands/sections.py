"""``fact-browser sections FILE [--json]`` and ``fact-browser text FILE``."""

from __future__ import annotations

import json
import sys

from . import open_document


def add_sections_arguments(parser) -> None:
    parser.add_argument("file", help="a .txt, .md or .html document")
    parser.add_argument("--json", action="store_true", help="print JSON with spans into `fact-browser text FILE`")


def add_text_arguments(parser) -> None:
    parser.add_argument("file", help="a .txt, .md or .html document")


def run_sections(args) -> int:
    article = open_document(args.file)
    if args.json:
        out = [
            {
                "title": s.title,
                "start": s.start,
                "end": s.end,
                "heading": [s.heading_start, s.heading_end],
                "level": s.level,
                "paragraphs": [
                    {"start": p.start, "end": p.end, "sentences": [[x.start, x.end] for x in p.sentences]}
                    for p in s.paragraphs
                ],
            }
            for s in article.sections
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{article.title or '(untitled)'}")
    if article.byline:
        print(f"  byline: {article.byline}")
    for s in article.sections:
        title = s.title or "(lead)"
        print(f"{s.index + 1:>3}  {title}  — {len(s.paragraphs)} paragraphs, {len(s.sentences)} sentences")
    return 0


def run_text(args) -> int:
    article = open_document(args.file)
    sys.stdout.write(article.text)
    if not article.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0
