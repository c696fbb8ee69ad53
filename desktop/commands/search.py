"""``fact-browser search FILE QUERY [--json] [--regex] [--whole-word] [--limit N]``."""

from __future__ import annotations

import json
import sys


def add_search_arguments(parser) -> None:
    parser.add_argument("file", help="a .txt, .md or .html document")
    parser.add_argument(
        "query", help="characters (either script), toneless pinyin, English, a figure, or a regex with --regex"
    )
    parser.add_argument(
        "--json", action="store_true", help='print [{"section", "start", "end", "match", "snippet", "via", "vias"}]'
    )
    parser.add_argument("--regex", action="store_true", help="QUERY is a Python regular expression")
    parser.add_argument("--whole-word", action="store_true", help="Latin words and numbers must stand alone")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="print at most N hits")


def _english_for(article) -> dict[int, str]:
    """English per ``Sentence.index`` from the document's gloss pack and the translation cache (no network)."""
    from ..core.translate import (
        GlossPack,
        GlossPackError,
        ProviderConfig,
        TranslationCache,
        Translator,
        default_cache_path,
        packs_for,
    )

    packs = []
    for pack_path in packs_for(article.source):
        try:
            packs.append(GlossPack.load(pack_path))
        except GlossPackError as err:
            print(f"fact-browser: note: {err}", file=sys.stderr)
    cache = TranslationCache(default_cache_path()) if default_cache_path().exists() else None
    texts = {s.index: article.text[s.start : s.end] for s in article.sentences}
    known = Translator(ProviderConfig(), cache, online=False, packs=packs).known(texts.values())
    return {i: known[t].english for i, t in texts.items() if t in known}


def run_search(args) -> int:
    from . import open_document
    from ..core.search import SearchIndex, snippet

    article = open_document(args.file)
    index = SearchIndex(article, _english_for(article))
    result = index.query(args.query, regex=args.regex, whole_word=args.whole_word, limit=args.limit)
    if result.error:
        print(f"fact-browser: bad regular expression: {result.error}", file=sys.stderr)
        return 1
    if args.json:
        out = [
            {
                "section": "" if h.section_index is None else article.sections[h.section_index].title,
                "section_index": h.section_index,
                "start": h.start,
                "end": h.end,
                "match": h.match,
                "snippet": snippet(article.text, h),
                "via": h.via,
                "vias": list(h.vias),
                "sentence": h.sentence_index,
                **(
                    {
                        "english_span": list(h.english_span),
                        "english_spans": [list(s) for s in h.english_spans],
                        "english_match": h.english_match,
                    }
                    if h.english_span
                    else {}
                ),
            }
            for h in result.hits
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not result.hits:
        print(f"No hits for {args.query!r}.")
        return 0
    titles = {s.index: s.title or "(lead)" for s in article.sections}
    for h in result.hits:
        section = "title" if h.section_index is None else f"§{h.section_index + 1} {titles[h.section_index]}"
        ways = [f"{v}: {h.english_match if v == 'english' else h.match}" for v in h.vias if v != "text"]
        via = f" [{'; '.join(ways)}]" if ways else ""
        print(f"{section}\t{h.start}-{h.end}\t{snippet(article.text, h)}{via}")
    more = f" (showing {len(result.hits)})" if result.truncated else ""
    print(f"{result.total} hit{'s' if result.total != 1 else ''}{more}", file=sys.stderr)
    return 0
