"""English for Chinese sentences: gloss packs, a SQLite cache, and online providers via deep-translator.

Modules: ``texts`` (what gets translated, lookup keys), ``errors``
(:class:`TranslationError`), ``providers`` (:class:`ProviderConfig`, timeouts),
``batching`` (chunks, retries, cancellation), ``cache``
(:class:`TranslationCache`), ``glosspack`` (:class:`GlossPack`), ``figures``
(:func:`figures_mismatch`) and ``translator`` (:class:`Translator`). Importing
this package loads none of deep-translator, requests or bs4.
"""
from __future__ import annotations

from .cache import TranslationCache, default_cache_path
from .errors import TranslationError
from .figures import figures_mismatch
from .glosspack import GlossPack, GlossPackError, find_pack_for, pack_path_for
from .providers import DEFAULT_PROVIDER, PROVIDERS, ProviderConfig
from .texts import article_texts, sentence_key
from .translator import Translation, Translator

__all__ = [
    "DEFAULT_PROVIDER",
    "PROVIDERS",
    "GlossPack",
    "GlossPackError",
    "ProviderConfig",
    "Translation",
    "TranslationCache",
    "TranslationError",
    "Translator",
    "article_texts",
    "default_cache_path",
    "figures_mismatch",
    "find_pack_for",
    "pack_path_for",
    "sentence_key",
]
