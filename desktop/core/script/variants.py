"""Script variants the reader can show, and which OpenCC configuration gets there.

A *source script* is what the document is written in: ``"simplified"``,
``"traditional"`` (region unknown, treated as OpenCC's standard Traditional),
``"taiwan"`` or ``"hongkong"``. :func:`core.script.detect_script` only tells
Simplified from Traditional; the regional sources exist so a caller who knows
better (a setting, a ``--from`` flag) gets OpenCC's regional configs
(``tw2s``, ``hk2t`` …), which undo regional variant characters first.
"""

from __future__ import annotations

from ..modes import ScriptVariant  # declared once, with the other modes


SOURCE_SCRIPTS = ("simplified", "traditional", "taiwan", "hongkong")

# (source, variant) -> (config, config with regional phrases or None).
# A document is never "already in" a script: Simplified articles quote
# Traditional names and Traditional texts carry Simplified passages.
# Simplified text takes the conversion named by the target, and t2s leaves
# Simplified text as it is; Traditional text keeps its own conversion (none,
# t2tw, t2hk) and takes s2t/s2tw/s2hk only at characters no Traditional text
# writes — "own~s2x", see :mod:`.strays` — because s2tw over Taiwan text
# turns 台 into 臺. Only ``ORIGINAL`` skips OpenCC: the one fast path that
# cannot change a character.
# Regional sources are named by a caller who knows better; their configs
# undo regional variant characters first (tw2s, hk2t ...).
# Where OpenCC ships no direct config we chain two, joined by "|" (applied left
# to right): Taiwan text shown in Hong Kong forms first drops Taiwan variant
# characters (tw2t) so HKVariants sees the standard forms it is keyed on.
_CONFIGS: dict[tuple[str, ScriptVariant], tuple[str | None, str | None]] = {
    ("simplified", ScriptVariant.SIMPLIFIED): ("t2s", "tw2sp"),
    ("simplified", ScriptVariant.TRADITIONAL): ("s2t", None),
    ("simplified", ScriptVariant.TAIWAN): ("s2tw", "s2twp"),
    ("simplified", ScriptVariant.HONGKONG): ("s2hk", "s2hkp"),
    # Unknown-region Traditional: Taiwan phrases are the opt-in the UI offers,
    # so "simplified + phrases" undoes them (軟體 → 软件).
    ("traditional", ScriptVariant.SIMPLIFIED): ("t2s", "tw2sp"),
    ("traditional", ScriptVariant.TRADITIONAL): ("~s2t", None),
    ("traditional", ScriptVariant.TAIWAN): ("t2tw~s2tw", None),
    ("traditional", ScriptVariant.HONGKONG): ("t2hk~s2hk", None),
    ("taiwan", ScriptVariant.SIMPLIFIED): ("tw2s", "tw2sp"),
    ("taiwan", ScriptVariant.TRADITIONAL): ("tw2t", None),
    ("taiwan", ScriptVariant.TAIWAN): ("~s2tw", None),
    ("taiwan", ScriptVariant.HONGKONG): ("tw2t|t2hk", None),
    ("hongkong", ScriptVariant.SIMPLIFIED): ("hk2s", "hk2sp"),
    ("hongkong", ScriptVariant.TRADITIONAL): ("hk2t", None),
    ("hongkong", ScriptVariant.TAIWAN): ("hk2t|t2tw", None),
    ("hongkong", ScriptVariant.HONGKONG): ("~s2hk", None),
}

#: Every OpenCC configuration :func:`config_for` can name (chains split).
APP_CONFIGS = tuple(
    sorted({c for pair in _CONFIGS.values() for name in pair if name for c in name.replace("~", "|").split("|") if c})
)


def _check_source(source: str) -> str:
    if source not in SOURCE_SCRIPTS:
        raise ValueError(f"unknown source script {source!r}; expected one of {', '.join(SOURCE_SCRIPTS)}")
    return source


def config_for(source: str, variant: ScriptVariant | str, phrases: bool = False) -> str | None:
    """The OpenCC configuration that turns ``source`` text into ``variant``.

    Returns a config stem such as ``"s2twp"`` (or two joined by ``"|"`` for a
    chain), or ``None`` when no conversion is needed (``ORIGINAL``, or the text
    is already in that script). ``phrases`` asks for regional vocabulary
    (软件 → 軟體); it is ignored where OpenCC has no phrase table for the pair —
    see :func:`phrases_available`. Only ``ORIGINAL`` gives ``None``: every other
    view runs OpenCC, so stray characters of the other script are converted too.
    """
    variant = ScriptVariant(variant)
    if variant is ScriptVariant.ORIGINAL:
        return None
    plain, with_phrases = _CONFIGS[(_check_source(source), variant)]
    return with_phrases if phrases and with_phrases else plain


def phrases_available(source: str, variant: ScriptVariant | str) -> bool:
    """Whether the phrase opt-in changes anything for this pair (so the UI can disable it)."""
    variant = ScriptVariant(variant)
    if variant is ScriptVariant.ORIGINAL:
        return False
    return _CONFIGS[(_check_source(source), variant)][1] is not None


def phrase_free(config: str) -> str:
    """The same conversion without the regional phrase table (``s2twp`` → ``s2tw``).

    Phrase-free configurations map one character to one character, which is
    what the offset map aligns phrase rewrites against.
    """
    return {"s2twp": "s2tw", "s2hkp": "s2hk", "tw2sp": "tw2s", "hk2sp": "hk2s"}.get(config, config)


def rewrites_phrases(config: str) -> bool:
    """Whether ``config`` may replace a word by one of another length (U盘 → 隨身碟)."""
    return phrase_free(config) != config
