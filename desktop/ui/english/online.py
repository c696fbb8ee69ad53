"""Online translation as it runs in the cache's writer thread: no Qt widgets, values returned."""

from __future__ import annotations


def translate(translator, texts, progress=None, cancelled=None):
    """English for ``texts`` from the provider; what arrived and, if it stopped, why (in the interface language)."""
    from ...core.translate import TranslationError

    from ..services.messages import translation_error_text

    try:
        return translator.translate_sentences(texts, progress=progress, cancelled=cancelled), None
    except TranslationError as err:  # keep what arrived; say what went wrong
        return dict(err.partial or {}), translation_error_text(err, translator.label)


def translate_again(translator, texts, progress=None, cancelled=None):
    """Like :func:`translate`, but forgetting the cached English of ``texts`` first."""
    from ...core.translate import TranslationError

    from ..services.messages import translation_error_text

    found = {}
    try:
        for text in texts:
            translation = translator.translate_again(text, cancelled=cancelled)
            if translation is not None:
                found[text] = translation
    except TranslationError as err:
        return found, translation_error_text(err, translator.label)
    return found, None
