"""English for Chinese sentences: gloss packs, a SQLite cache, and online providers via deep-translator.

Modules: ``texts`` (what gets translated, lookup keys), ``errors``
(:class:`TranslationError`), ``providers`` (:class:`ProviderConfig`, timeouts),
``chat`` (the team's own OpenAI-compatible model server), ``api_keys`` (its key, never in
settings), ``batching`` (chunks, retries, cancellation), ``cache``
(:class:`TranslationCache`), ``glosspack`` (:class:`GlossPack`), ``figures``
(:func:`figures_mismatch`) and ``translator`` (:class:`Translator`). Importing
this package loads none of deep-translator, requests or bs4.
"""

from __future__ import annotations

from ..lazy_names import module_getattr

# Names resolve on first use (PEP 562): opening a document that its gloss pack
# fully covers must not pay for sqlite3 or the provider machinery.
_EXPORTS = {
    "TranslationCache": ".cache",
    "default_cache_path": ".cache",
    "TranslationError": ".errors",
    "figures_mismatch": ".figures",
    "GlossPack": ".glosspack",
    "GlossPackError": ".glosspack",
    "find_pack_for": ".glosspack",
    "packs_for": ".glosspack",
    "pack_path_for": ".glosspack",
    "DEFAULT_PROVIDER": ".providers",
    "PROVIDERS": ".providers",
    "ProviderConfig": ".providers",
    "article_texts": ".texts",
    "sentence_key": ".texts",
    "Translation": ".translation",
    "Translator": ".translator",
}


__getattr__ = module_getattr(__name__, _EXPORTS)


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
    "packs_for",
    "pack_path_for",
    "sentence_key",
]
