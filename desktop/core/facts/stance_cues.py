"""The cue readers of :mod:`facts.stance`: where a figure's clause and the scope of its cues begin, whether the
words before it tell it as still to come, and the cue nearest before it."""

from __future__ import annotations

from .clauses import CLAUSE_END_NOT_THOUSANDS, SENTENCE_END
from .stance_words import CUES, DIGIT, FUTURE, HOLD, NAME, OWN_TIME, SIZED, WEAK


def clause_start(view: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last comma or stop before it, not before ``lo``)."""
    for m in CLAUSE_END_NOT_THOUSANDS.finditer(view, lo, at):
        lo = m.end()
    return lo


def scope_start(view: str, lo: int, at: int) -> int:
    """Where the cues for a figure at ``at`` may begin: ``lo``, or the start of the last clause before it that
    opens with a time of its own: its own clause, or an earlier one once a figure stood between (今年…预算已达300多亿，
    明年则会再增加159亿元，达到551亿元: 已达 is this year's; 根据预计，一九五七年…增加了五十亿斤 stays 预计's)."""
    clause, scope = clause_start(view, lo, at), lo
    for m in CLAUSE_END_NOT_THOUSANDS.finditer(view, lo, at):
        if OWN_TIME.match(view, m.end(), at) and (m.end() == clause or DIGIT.search(view, scope, m.start())):
            scope = m.end()
    return scope


def still_to_come(view: str, lo: int, hi: int) -> bool:
    """Whether the nearest word of aspect in ``[lo, hi)`` says the figure is still to come (将, 会, 预计…),
    not done (已, 曾, 了), in a clause not told as done (近年来, 以来, 已将); words inside a quoted name do not count."""
    names = [(m.start(), m.end()) for m in NAME.finditer(view, lo, hi)]
    names += [(m.start(), m.start() + 1) for m in HOLD.finditer(view, lo, hi)]  # 将年龄下调至30岁: 将 as 把
    found = [m.lastgroup for m in FUTURE.finditer(view, lo, hi) if not any(a <= m.start() < b for a, b in names)]
    return bool(found) and found[-1] == "future" and "done" not in found  # 近年來臺灣將國防預算提升80%: told as done


def nearest_cue(view: str, lo: int, hi: int) -> tuple[str | None, str, int]:
    """The cue closest before ``hi`` in ``[lo, hi)``, not across a sentence's end, its word and where it is.

    Words inside a quoted name are no cue; a bare 将 yields to any other cue before it."""
    for m in SENTENCE_END.finditer(view, lo, hi):
        lo = m.end()
    names = [(m.start(), m.end()) for m in NAME.finditer(view, lo, hi)]
    names += [(m.start(), m.end()) for m in HOLD.finditer(view, lo, hi)]  # 将年龄下调至30岁: 将 as 把, an act
    found, word, at, strong = None, "", lo, None
    for m in CUES.finditer(view, lo, hi):
        if any(a <= m.start() < b for a, b in names):
            continue
        if m.group() == "预算" and SIZED.search(view, max(lo, m.start() - 8), m.start()):
            continue  # 编列4,100亿元特别预算，其中1,500亿元: the budget an earlier figure sizes, not a cue
        found, word, at = m.lastgroup, m.group(), m.start()
        if m.group() != WEAK:
            strong = (found, word, at)
    if (
        found is not None
        and strong is not None
        and strong[0] in ("target", "forecast", "hope")
        and (found, word, at) != strong
    ):
        return strong  # 预计目标到2030年，将8成病友…, 希望…，将8成病友加入照护网: the target, not the bare 将
    return found, word, at
