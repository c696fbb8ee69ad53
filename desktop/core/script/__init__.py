"""Showing text in Simplified or Traditional Chinese with the official OpenCC.

Public API::

    ScriptVariant                               # ORIGINAL, SIMPLIFIED, TRADITIONAL, TAIWAN, HONGKONG
    detect_script(text) -> "simplified" | "traditional"
    config_for(source, variant, phrases=False) -> str | None
    phrases_available(source, variant) -> bool
    convert(text, variant, *, source=None, phrases=False) -> str
    render_article(article, variant, *, phrases=False, source=None) -> ConvertedView

Nothing here imports OpenCC until the first conversion.
"""

from .converters import convert, convert_with, converter, detect_script
from .offsets import OffsetMap
from .variants import APP_CONFIGS, SOURCE_SCRIPTS, ScriptVariant, config_for, phrases_available
from .view import ConvertedView, clear_cache, render_article

__all__ = [
    "APP_CONFIGS",
    "SOURCE_SCRIPTS",
    "ConvertedView",
    "OffsetMap",
    "ScriptVariant",
    "clear_cache",
    "config_for",
    "convert",
    "convert_with",
    "converter",
    "detect_script",
    "phrases_available",
    "render_article",
]
