"""What one text's English is and where it came from; pack look-ups without the provider machinery.

Kept apart from :mod:`translator` so that opening a document covered by its
gloss pack imports neither sqlite3 nor deep-translator's support code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .texts import has_chinese

#: Where a translation came from.
PACK, CACHE, ONLINE, VERBATIM = "pack", "cache", "online", "verbatim"


@dataclass(frozen=True)
class Translation:
    """English for one source ``text``.

    ``origin`` is ``"pack"``, ``"cache"``, ``"online"`` or ``"verbatim"`` (text with
    no Chinese in it, shown as is). ``provider`` names the provider (or
    ``"glosspack"``). ``figures`` lists the Chinese figures the English lacks
    (non-empty means: flag this sentence).
    """

    text: str
    english: str
    origin: str
    provider: str
    figures: tuple[str, ...] = field(default=())

    @property
    def figures_ok(self) -> bool:
        return not self.figures

    @classmethod
    def checked(cls, text: str, english: str, origin: str, provider: str) -> "Translation":
        """A Translation with its figure check done."""
        from .figures import figures_mismatch  # its patterns compile on first use, not at start-up

        return cls(text, english, origin, provider, tuple(figures_mismatch(text, english)))


def from_packs(packs: Iterable, texts: Iterable[str], *, check: bool = True) -> dict[str, Translation]:
    """English that gloss packs hold for ``texts`` (and text without Chinese, shown as is).

    ``check=False`` leaves the figure check for later (``figures`` is then ``()``):
    the app shows a document's English first and checks figures in a worker.
    """
    packs = list(packs)
    out: dict[str, Translation] = {}
    for text in dict.fromkeys(texts):
        if not has_chinese(text):
            if text.strip():
                out[text] = Translation(text, text.strip(), VERBATIM, "")
            continue
        english = next((e for e in (p.lookup(text) for p in packs) if e), None)
        if english:
            out[text] = (
                Translation.checked(text, english, PACK, "glosspack")
                if check
                else Translation(text, english, PACK, "glosspack")
            )
    return out
