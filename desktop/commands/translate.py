"""``fact-browser translate FILE [--offline] [--provider P]``: each sentence with its English.

English comes from the gloss pack beside FILE (``name.glosses.en.json``), then
the translation cache, then — unless ``--offline`` — the provider (Google by
default). Running the command is the user's explicit request to translate, so
without ``--offline`` sentences that have no English yet are sent to the
provider; ``--provider`` picks which one and also implies online.
``--offline`` sends nothing anywhere and marks sentences with no English.

Keys are read from the environment variable ``FACT_BROWSER_TRANSLATE_KEY``
(never from the command line, where they would land in shell history).
``--provider chat --url BASE --model NAME`` translates through the team's own
OpenAI-compatible server (llama.cpp, Ollama, vLLM).
"""

from __future__ import annotations

import os
import sys

KEY_ENV = "FACT_BROWSER_TRANSLATE_KEY"
NO_ENGLISH = "[no English]"


def add_translate_arguments(parser) -> None:
    from ..core.translate.providers import DEFAULT_PROVIDER, PROVIDERS

    parser.add_argument("file", help="a .txt, .md or .html document")
    parser.add_argument(
        "--offline", action="store_true", help="use only gloss packs and the cache; send nothing over the network"
    )
    parser.add_argument(
        "--provider",
        choices=sorted(PROVIDERS),
        default=None,
        help=f"online provider (default {DEFAULT_PROVIDER}); keys come from ${KEY_ENV}",
    )
    parser.add_argument(
        "--url",
        help="LibreTranslate server address (http://localhost:5000/) or, for --provider chat, the "
        "OpenAI-compatible server's base URL (http://localhost:11434/v1 for Ollama, http://localhost:8080 for llama.cpp)",
    )
    parser.add_argument("--model", help="for --provider chat: the model's name on that server, e.g. qwen2.5:7b")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for each answer (default 10)")
    parser.add_argument("--cache", help="translation cache file (default: the per-user cache)")
    parser.add_argument(
        "--glossary",
        metavar="LIB",
        help="render names as the glossary of this library says (default: your personal glossary, if you keep one)",
    )
    parser.add_argument("--no-glossary", action="store_true", help="English exactly as the provider gave it")


def _terms(args):
    """The glossary whose English replaces the provider's rendering of its names (None: none)."""
    if args.no_glossary:
        return None
    from ..core.library.glossary import load_terms, personal_glossary_path
    from ..core.library.locations import library_location

    if args.glossary:
        return load_terms(library_location(args.glossary)) or None
    return load_terms() or None if personal_glossary_path().exists() else None


def run_translate(args) -> int:
    from . import open_document
    from ..core.translate import (
        DEFAULT_PROVIDER,
        GlossPack,
        ProviderConfig,
        TranslationCache,
        TranslationError,
        Translator,
        article_texts,
        default_cache_path,
        packs_for,
    )
    from ..core.translate.providers import PROVIDERS

    article = open_document(args.file)
    packs = [GlossPack.load(p) for p in packs_for(args.file)]
    try:
        config = ProviderConfig(
            args.provider or DEFAULT_PROVIDER,
            api_key=os.environ.get(KEY_ENV) or None,
            url=args.url,
            timeout=args.timeout,
            model=args.model,
        )
    except TranslationError as err:
        print(f"fact-browser: {err}", file=sys.stderr)
        return 1
    cache_path = args.cache or default_cache_path()
    # Offline, a cache that does not exist yet has nothing to give: do not create one.
    cache = TranslationCache(cache_path) if not args.offline or os.path.exists(cache_path) else None

    translator = Translator(config, cache, online=not args.offline, packs=packs, terms=_terms(args))
    texts = article_texts(article)
    failure = None
    try:
        found = translator.translate_sentences(texts, progress=_progress_printer())
    except TranslationError as err:
        found, failure = err.partial, err
    finally:
        if cache is not None:
            cache.close()

    headings = {s.title for s in article.sections if s.title}
    for text in texts:
        marker = "# " if text == article.title else "## " if text in headings else ""
        print(f"{marker}{text}")
        t = found.get(text)
        if t is None:
            print(f"  {NO_ENGLISH}")
        else:
            print(f"  {t.english}")
            if t.provider and t.provider != config.name and t.provider in PROVIDERS:
                print(f"  [cached English from {PROVIDERS[t.provider].label}]")
            if t.figures:
                print(f"  [check figures: {', '.join(t.figures)}]")
        print()
    if failure is not None:
        print(f"fact-browser: {failure}", file=sys.stderr)
        return 1
    return 0


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rtranslating {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show
