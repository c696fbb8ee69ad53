"""OpenCC converters, built lazily and shared, plus script detection.

Loading a configuration reads its dictionaries (several MB), so nothing here
touches OpenCC until the first conversion; each configuration is built once
per process, under a lock so two worker threads never build it twice.
"""

from __future__ import annotations

import threading

from .variants import ScriptVariant, config_for

_converters: dict[str, object] = {}
_lock = threading.RLock()  # re-entrant: a chain builds its steps under it


class _Chain:
    """Two OpenCC configurations applied in turn (for pairs OpenCC has no single config for)."""

    __slots__ = ("_steps",)

    def __init__(self, steps):
        self._steps = steps

    def convert(self, text: str) -> str:
        for step in self._steps:
            text = step.convert(text)
        return text


def converter(config: str):
    """The shared converter for ``config`` (a stem like ``"s2twp"``, ``"a|b"`` for a chain, or
    ``"own~s2x"``: ``own`` (may be empty) with ``s2x`` at stray Simplified characters, see :mod:`.strays`).

    The returned object has ``convert(text: str) -> str``. Thread-safe.
    """
    cc = _converters.get(config)
    if cc is not None:
        return cc
    with _lock:
        cc = _converters.get(config)
        if cc is None:
            if "~" in config:
                from .strays import StrayConverter

                own, simplified = config.split("~")
                cc = StrayConverter(converter(own) if own else None, converter(simplified))
            elif "|" in config:
                cc = _Chain(tuple(converter(step) for step in config.split("|")))
            else:
                import opencc  # deferred: the C library and its tables stay off the start-up path

                # ".json" keeps older opencc releases (which need the file name) working.
                cc = opencc.OpenCC(f"{config}.json")
            _converters[config] = cc
    return cc


def convert_with(config: str | None, text: str) -> str:
    """``text`` through the OpenCC configuration ``config``; ``None`` returns it unchanged."""
    if config is None or not text:
        return text
    return converter(config).convert(text)


def convert(text: str, variant: ScriptVariant | str, *, source: str | None = None, phrases: bool = False) -> str:
    """``text`` shown in ``variant``.

    ``source`` is the script ``text`` is written in (see
    :data:`core.script.variants.SOURCE_SCRIPTS`); ``None`` detects it with
    :func:`detect_script`. ``phrases`` opts into regional vocabulary
    (软件 → 軟體), which can change the length of the text.
    """
    variant = ScriptVariant(variant)
    if variant is ScriptVariant.ORIGINAL or not text:
        return text
    if source is None:
        source = detect_script(text)
    return convert_with(config_for(source, variant, phrases), text)


#: Characters of ``text`` sampled by :func:`detect_script`.
SAMPLE_CHARS = 4096


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    # Four windows spread over the text: a Traditional quotation in a
    # Simplified article's lead should not decide the whole document.
    width = SAMPLE_CHARS // 4
    step = (len(text) - width) // 3
    return "".join(text[i * step : i * step + width] for i in range(4))


def detect_script(text: str) -> str:
    """``"traditional"`` or ``"simplified"``: which script ``text`` is written in.

    Counts, over a sample of at most :data:`SAMPLE_CHARS` characters, the
    characters ``t2s`` changes (Traditional-only forms such as 們, 說) against
    those ``s2t`` changes (Simplified-only forms such as 们, 说); characters
    shared by both scripts (人, 大 …) count for neither. Both configurations are
    length-preserving, so a position-wise comparison is exact. Ties — including
    text with no Chinese at all — count as Simplified, where conversion to
    Traditional is the useful default. Cost: two OpenCC calls on ≤ 4 KB.
    """
    sample = _sample(text)
    if not sample:
        return "simplified"
    as_simplified = converter("t2s").convert(sample)
    as_traditional = converter("s2t").convert(sample)
    traditional_only = _differences(sample, as_simplified)
    simplified_only = _differences(sample, as_traditional)
    return "traditional" if traditional_only > simplified_only else "simplified"


def _differences(a: str, b: str) -> int:
    if a == b:
        return 0
    if len(a) != len(b):  # not expected from t2s/s2t; compare what lines up
        n = min(len(a), len(b))
        a, b = a[:n], b[:n]
    return sum(x != y for x, y in zip(a, b))
