"""Folding text to one script, one width and one case without moving any offset.

Search compares a folded query with a folded copy of ``Article.text``. Every
fold here maps one character to exactly one character, so an offset into the
folded copy *is* an offset into ``Article.text`` and hits need no mapping.

Two folds exist because OpenCC's ``t2s`` is phrase-aware:

* :meth:`ScriptFold.chars` — a single-character table built from the official
  ``opencc`` package: every character of the CJK ranges converted on its own
  with ``t2s`` (and, for characters ``t2s`` leaves alone, the extra variants of
  ``tw2s``/``hk2s``), keeping the 1→1 results. On the first 1 M characters of
  the Taiwan press releases it equals official ``t2s`` at 99.93 % of positions.
* :meth:`ScriptFold.phrases` — official ``t2s`` on the whole text, used line
  by line wherever it kept the line's length (it always did on the corpora).
  It catches the 0.07 % the table cannot: a character whose Simplified form
  depends on its neighbours (計畫→计划 but 畫→画, 藉由→借由, 瞭解→了解).

Search looks in both folded copies, so 计划 finds 計畫 and 畫 still finds it too.

Multi-character cases: official OpenCC 1.4.2 maps no single CJK character to
more or fewer than one character, so the table has none; should a future
OpenCC do so, that character is left unfolded (it still matches itself).
Variants from ``tw2s``/``hk2s`` are taken only for characters outside GB2312
(衞→卫, 枱→台, 簷→檐) — ``tw2s`` would otherwise fold the standard Simplified
么 to 幺 and 著 to 着, which official ``t2s`` keeps. Chains are resolved (薴→苧→苎
becomes 薴→苎) so folding is idempotent.

The table also folds full-width ASCII (ＡＢ１２，→ab12,), the ideographic space
and case (only where ``str.lower`` gives one character), so ``２７，２０３``
folds to ``27,203``.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

#: Bump when the recipe changes so cached tables are rebuilt.
TABLE_RECIPE = 1

#: Unicode blocks whose characters OpenCC may convert (URO, Ext A, compatibility, Ext B–H).
CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2FA20), (0x30000, 0x323B0))
_VARIANT_CONFIGS = ("tw2s", "hk2s")


class ScriptFold:
    """The single-character fold table plus lazy phrase-level ``t2s``.

    Thread-safe: the OpenCC converter is guarded by a lock so an index built in
    a worker and a filter typed on the main thread may share one instance.
    """

    def __init__(self, table: dict[int, int]):
        self.table = table
        self._converter = None
        self._lock = threading.Lock()

    @classmethod
    def load(cls, cache_file: Path | str | None = None) -> "ScriptFold":
        """Read the table from ``cache_file`` (JSON) or build it and write it there.

        With ``cache_file=None`` nothing is written anywhere (tests, one-off CLI runs).
        A missing, stale or unreadable cache is rebuilt silently.
        """
        version = _opencc_version()
        if cache_file is not None:
            cached = _read_cache(Path(cache_file), version)
            if cached is not None:
                return cls(cached)
        table = build_table()
        if cache_file is not None:
            _write_cache(Path(cache_file), version, table)
        return cls(table)

    def chars(self, text: str) -> str:
        """``text`` folded character by character; same length as ``text``."""
        return text.translate(self.table)

    def phrases(self, text: str) -> str:
        """``text`` through official phrase-level ``t2s`` then :meth:`chars`; same length as ``text``.

        Lines whose conversion changed length keep their character-level fold.
        """
        with self._lock:
            if self._converter is None:
                import opencc

                self._converter = opencc.OpenCC("t2s")
            converted = self._converter.convert(text)
        if len(converted) != len(text) or converted.count("\n") != text.count("\n"):
            converted = _aligned_lines(text, converted)
        return converted.translate(self.table)

    def variants(self, text: str) -> list[str]:
        """The distinct folds of a query: character level first, then phrase level."""
        a = self.chars(text)
        b = self.phrases(text)
        return [a] if a == b else [a, b]


def _aligned_lines(text: str, converted: str) -> str:
    src = text.split("\n")
    out = converted.split("\n")
    if len(src) != len(out):
        return text
    return "\n".join(o if len(o) == len(s) else s for s, o in zip(src, out))


def build_table() -> dict[int, int]:
    """Build the fold table from the installed official ``opencc`` (about 0.3 s)."""
    import opencc

    t2s = _single_char_map(opencc.OpenCC("t2s"))
    table = dict(t2s)
    for name in _VARIANT_CONFIGS:
        for src, dst in _single_char_map(opencc.OpenCC(name)).items():
            if src not in table and not _is_gb2312(chr(src)):
                table[src] = dst
    _add_width_and_case(table)
    return _resolved(table)


def _single_char_map(converter) -> dict[int, int]:
    """Each CJK character converted on its own; 1→1 results only.

    One ``convert`` call per block with a newline between characters is the
    same as converting each alone (no OpenCC phrase spans a newline) and 50×
    faster than one call per character.
    """
    out: dict[int, int] = {}
    for lo, hi in CJK_RANGES:
        chars = [chr(i) for i in range(lo, hi)]
        converted = converter.convert("\n".join(chars)).split("\n")
        if len(converted) != len(chars):  # never seen; be safe rather than misalign
            converted = [converter.convert(c) for c in chars]
        for src, dst in zip(chars, converted):
            if dst != src and len(dst) == 1:
                out[ord(src)] = ord(dst)
    return out


def _is_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _add_width_and_case(table: dict[int, int]) -> None:
    table[0x3000] = 0x20  # ideographic space
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = cp - 0xFEE0
    for cp in range(0x10000):
        ch = chr(cp)
        low = ch.lower()
        if low != ch and len(low) == 1:
            table[cp] = ord(low)


def _resolved(table: dict[int, int]) -> dict[int, int]:
    """Follow chains (full-width Ａ → A → a) so that folding twice equals folding once."""
    out = {}
    for src, dst in table.items():
        seen = {src}
        while dst in table and table[dst] != dst and dst not in seen:
            seen.add(dst)
            dst = table[dst]
        if dst != src:
            out[src] = dst
    return out


def _opencc_version() -> str:
    import opencc

    return f"{getattr(opencc, '__version__', '?')}/{TABLE_RECIPE}"


def _read_cache(path: Path, version: str) -> dict[int, int] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != version:
            return None
        src, dst = data["from"], data["to"]
        if len(src) != len(dst):
            return None
        return {ord(a): ord(b) for a, b in zip(src, dst)}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(path: Path, version: str, table: dict[int, int]) -> None:
    keys = sorted(table)
    data = {"version": version, "from": "".join(map(chr, keys)), "to": "".join(chr(table[k]) for k in keys)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache we cannot write only costs the next start 0.3 s


_shared: ScriptFold | None = None
_shared_lock = threading.Lock()


def shared_fold(cache_file: Path | str | None = None) -> ScriptFold:
    """The process-wide fold, loaded on first use (``cache_file`` counts only then)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ScriptFold.load(cache_file)
        return _shared
