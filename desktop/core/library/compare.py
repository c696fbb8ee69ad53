"""One measure across the documents of a library: the figure each document states, by date.

A measure is named by a label (``国内生产总值 增长``: every word must be in
the fact's label, script-blind; ``A | B`` takes either) or by a picked fact
(its label and kind). When no fact carries such a label, the figures whose
clause holds every word before the figure are taken instead. Each document gives at most two rows: the first figure
it states as a target (预期目标, 计划, 力争 … in its clause or before the colon
that introduces it) and the first it states as a result. ``qualifier`` keeps
the extractor's mark (``≈`` for 左右, ``>=`` for 以上, …); a range written
``6%－6.5%`` becomes ``value=6, high=6.5``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .store import Library

#: Words that make a figure a target rather than a result, looked for in its clause.
#: Matched in the folded text, so 預期目標 and 計畫 count as 预期目标 and 计划.
TARGET_WORDS = ("预期目标", "预期", "目标", "计划", "计画", "力争", "争取", "提出", "预计", "将达", "可望")
#: The qualifier as the text usually writes it, for the row's marker.
QUALIFIER_WORDS = {"≈": "左右", ">=": "以上", ">": "超过", "<=": "以内", "<": "不到", "+": "多"}
RATE_KINDS = ("percent", "ratio", "multiple")
NUMBER_KINDS = ("money", "percent", "quantity", "ratio", "multiple")
_CLAUSE_END = "，,；;。！？!?\n"
#: A figure over several years (年均增长7.1%, 比2002年增长65.5%) is not the document's result for its year.
_SPAN_OF_YEARS = re.compile(r"年均|平均每年|累计|[五十]年|比\d{4}年|比[一二][〇零九][〇零一二三四五六七八九]{2}年")
_RANGE_TAIL = re.compile(r"\s*[－\-–—~～至到]\s*(\d+(?:\.\d+)?)\s*[%％]")


@dataclass(frozen=True, slots=True)
class CompareRow:
    """The figure one document states; offsets are ``[start, end)`` into that document's text."""

    doc_id: int
    title: str
    date: str | None
    role: str  # "target", "result", or "span" (a figure over several years)
    value: float
    high: float | None  # the top of a range, else None
    unit: str | None
    qualifier: str | None
    marker: str  # what made it a target (预期目标) and/or its qualifier word (左右)
    kind: str
    label: str
    text: str
    sentence: str
    start: int
    end: int
    #: the period the figure is about, when the extractor says (去年 in a 2024 report: "2023")
    period: str | None = None

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True)
class CompareSeries:
    label: str
    kind: str | None
    unit: str | None
    rows: list[CompareRow]

    @property
    def is_rate(self) -> bool:
        """Rates are drawn as a line, amounts as bars."""
        return self.kind in RATE_KINDS

    def as_dict(self) -> dict:
        return {"label": self.label, "kind": self.kind, "unit": self.unit, "rows": [r.as_dict() for r in self.rows]}


def compare(
    library: Library, label: str, *, kind: str | None = None, roles: tuple[str, ...] = ("target", "result")
) -> CompareSeries:
    """The series for ``label`` in date order (oldest first); ``kind`` defaults to the kind most matches have."""
    alternatives = [a.strip() for a in label.split("|") if a.strip()]
    found: dict[tuple[int, int], dict] = {}
    for alt in alternatives:
        for f in (r.as_dict() for r in library.facts(label=alt, kinds=[kind] if kind else None)):
            found.setdefault((f["doc_id"], f["start"]), f)
        if not found:
            # The extractor gave no such label (Traditional text often has none): take the figures
            # whose clause, up to the figure, holds every word (國防預算達到6,007億).
            for f in _by_clause(library, alt, kind):
                found.setdefault((f["doc_id"], f["start"]), f)
    facts = [f for f in found.values() if _number(f["value"]) is not None]
    if not facts:
        return CompareSeries(label, kind, None, [])
    if kind is None:
        kind = Counter(f["kind"] for f in facts).most_common(1)[0][0]
    facts = [f for f in facts if f["kind"] == kind]
    unit = Counter(f["unit"] for f in facts).most_common(1)[0][0]
    facts = [f for f in facts if f["unit"] == unit]
    facts.sort(key=lambda f: (f["doc_id"], f["start"]))
    texts: dict[int, str] = {}
    picked: dict[tuple[int, str], CompareRow] = {}
    for f in facts:
        doc = f["doc_id"]
        if doc not in texts:
            # Target words are looked for in the script-folded text (same offsets as the text).
            texts[doc] = library.folds(doc, phrased=False)[:2]
        row = _row(f, *texts[doc])
        if row.role in roles:
            picked.setdefault((doc, row.role), row)
    rows = sorted(picked.values(), key=lambda r: (r.date is None, r.date or "", r.doc_id, r.role))
    return CompareSeries(label, kind, unit, rows)


def _by_clause(library: Library, words: str, kind: str | None) -> list[dict]:
    from .folds import fold_query
    from .query import documents_matching

    folded_words = fold_query(words).split()
    out = []
    for doc in sorted(documents_matching(library, words)):
        folded = library.folds(doc, phrased=False)[1]
        for f in (r.as_dict() for r in library.facts(doc_id=doc, kinds=[kind] if kind else list(NUMBER_KINDS))):
            lo = f["start"]
            while lo > 0 and folded[lo - 1] not in _CLAUSE_END:
                lo -= 1
            clause = folded[lo : f["start"]]
            if all(w in clause for w in folded_words):
                out.append(f)
    return out


def compare_fact(library: Library, fact) -> CompareSeries:
    """The series of a picked fact (a :class:`LibraryFact` from :meth:`Library.facts`): its label, its kind."""
    return compare(library, fact.fact.label, kind=fact.fact.kind)


def target_word(text: str, start: int, end: int, sentence_start: int | None) -> str:
    """The target word governing the figure at ``[start, end)`` of ``text``, ``"span"`` for a figure over
    several years (年均, 比2002年), or ``""`` for a result."""
    lo = start
    while lo > 0 and text[lo - 1] not in _CLAUSE_END:
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] not in _CLAUSE_END:
        hi += 1
    clause = text[lo:hi]
    for word in TARGET_WORDS:
        if word in clause:
            return word
    if _SPAN_OF_YEARS.search(clause):
        return "span"
    # A list introduced by a colon: 主要预期目标是：国内生产总值增长5%左右；…  (the colon may
    # end the previous paragraph, as in the 2010–2012 reports).
    head_start = sentence_start if sentence_start is not None else text.rfind("\n", 0, start) + 1
    head = text[head_start:start]
    colon = max(head.rfind("："), head.rfind(":"))
    if colon < 0:
        before = text[:head_start].rstrip()
        if before.endswith(("：", ":")):
            line = before[before.rfind("\n") + 1 :]
            return next((w for w in TARGET_WORDS if w in line), "")
        return ""
    intro = head[:colon]
    return next((w for w in TARGET_WORDS if w in intro), "")


def _row(f: dict, raw: str, text: str) -> CompareRow:
    """``raw`` is the document's text, ``text`` its fold (same offsets): words are found in the
    fold and shown as the document writes them (預期目標, not 预期目标)."""
    value = f["value"]
    high = None
    if isinstance(value, list):
        value, high = value[0], value[-1]
    elif f["kind"] == "percent":
        m = _RANGE_TAIL.match(text, f["end"])
        if m:
            high = float(m.group(1))
    word = target_word(text, f["start"], f["end"], f.get("sentence_start"))
    role = "target" if word else "result"
    if word == "span":
        role, word = "span", ""
    if word:
        near = [i for i in _occurrences(text, word, max(0, f["start"] - 400), f["end"] + 80)]
        if near:
            i = min(near, key=lambda i: abs(i - f["start"]))
            word = raw[i : i + len(word)]
    qualifier_word = QUALIFIER_WORDS.get(f["qualifier"] or "", "")
    marker = " ".join(w for w in (word, qualifier_word) if w)
    return CompareRow(
        f["doc_id"],
        f["title"],
        f["date"],
        role,
        float(value),
        None if high is None else float(high),
        f["unit"],
        f["qualifier"],
        marker,
        f["kind"],
        f["label"],
        f["text"],
        f.get("sentence", ""),
        f["start"],
        f["end"],
        f.get("period") or None,
    )


def _occurrences(text: str, word: str, lo: int, hi: int):
    i = text.find(word, lo, hi)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, hi)


def _number(value):
    if isinstance(value, list):
        return value[0] if value and isinstance(value[0], (int, float)) else None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
