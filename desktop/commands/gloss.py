"""``fact-browser gloss WORD``: a word's CC-CEDICT entries — forms, pinyin with tone marks, senses."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_gloss_arguments(parser) -> None:
    parser.add_argument("word", help="a Chinese word in simplified or traditional characters")
    parser.add_argument("--json", action="store_true", help="print the entries as JSON")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="folder that holds the dictionary index (default: the user cache folder)",
    )


def run_gloss(args) -> int:
    from ..core.glossary import Glossary, GlossaryError

    word = args.word.strip()
    if not word:
        print("fact-browser: gloss needs a word to look up", file=sys.stderr)
        return 1
    glossary = Glossary(args.cache_dir)
    try:
        if not glossary.is_ready():
            print(
                f"fact-browser: building the dictionary index in {glossary.cache_dir} (first use only)…",
                file=sys.stderr,
            )
        glossary.ensure_index()
        entries = glossary.lookup(word)
        if not entries:
            print(f"fact-browser: {word} is not in CC-CEDICT{_parts_hint(glossary, word)}", file=sys.stderr)
            return 1
    except GlossaryError as err:
        print(f"fact-browser: {err}", file=sys.stderr)
        return 1
    if args.json:
        rows = [
            {
                "traditional": e.traditional,
                "simplified": e.simplified,
                "pinyin": e.pinyin_marks,
                "pinyin_numbered": e.pinyin,
                "senses": list(e.senses),
            }
            for e in entries
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for n, entry in enumerate(entries):
        if n:
            print()
        print(f"{entry.forms()}  {entry.pinyin_marks}")
        for i, sense in enumerate(entry.senses, 1):
            print(f"  {i}. {sense}")
    return 0


def _parts_hint(glossary, word: str) -> str:
    """`` (words in it: 观音 · 桥 · 商圈)`` when the unknown word is made of known ones."""
    pieces = glossary.word_by_word(word)
    if len(pieces) < 2 or all(gloss is None for _, gloss in pieces):
        return ""
    return f" (words in it: {' · '.join(piece for piece, _ in pieces)})"
