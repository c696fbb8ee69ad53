"""What each name rule earns on ner_dev (Simplified): overlap and exact F1 with the rule switched off.

``python -m quality --ablation``. The first row is the model alone (LAC's
PER/ORG/LOC words, nothing else); the second every rule on; each further row
switches one rule off, so its ΔF1 is what that rule adds.
"""

from __future__ import annotations

from contextlib import contextmanager

from . import ner


def _model_only(tokens, view):
    from desktop.core.facts.names import _MODEL_KINDS

    return [(_MODEL_KINDS[t.tag], t.start, t.end) for t in tokens if t.tag in _MODEL_KINDS]


#: (row name, attribute of desktop.core.facts.names, replacement)
RULES = (
    ("model corrections (政府, 中美, org words, region tails)", "_model_spans", _model_only),
    ("place + 队/国会/代表团 → organisation", "_extend_organisations", lambda spans, tokens, view: spans),
    ("place + 商圈/园区 → larger place", "_extend_places", lambda spans, tokens, view: spans),
    (
        "bare organisation word takes its nouns (商圈党工委)",
        "_complete_bare_organisations",
        lambda spans, tokens, view: spans,
    ),
    ("noise filters (惠企, 如虹, 向南, 90后, after a number)", "_noise", lambda span, view, tokens: False),
    ("people cut or padded (胡老, 斯卡尔+法罗)", "person_shapes", lambda spans, tokens, view: spans),
    ("institutions read as nouns (海军, 總統府, 十五大)", "_institutions", lambda tokens, view, spans: []),
    ("organisation-suffix extension, ministries in titles", "_suffix_organisations", lambda tokens, view, spans: []),
    ("place before organisation joins it", "_join_place_organisation", lambda spans: spans),
    ("one-character places (华裔, 访华, 中方, 地球)", "_abbreviations", lambda tokens, view, spans: []),
    ("bylines and titles", "people_patterns", lambda view, spans: (spans, {})),
    ("every mention of a name found once", "every_mention", lambda tokens, view, spans: spans),
    ("short forms linked to full names", "short_forms", lambda tokens, view, spans: (spans, {})),
)


@contextmanager
def _patched(name: str, replacement):
    import desktop.core.facts.names as names

    saved = getattr(names, name)
    setattr(names, name, replacement)
    try:
        yield
    finally:
        setattr(names, name, saved)


def run(rows, predictor) -> list[tuple[str, float, float]]:
    out = []
    full = ner.score(rows, predictor)
    all_rules = [_patched(n, r) for _, n, r in RULES]
    for cm in all_rules:
        cm.__enter__()
    try:
        bare = ner.score(rows, predictor)
    finally:
        for cm in reversed(all_rules):
            cm.__exit__(None, None, None)
    out.append(("the model alone (no rule)", bare.overlap["all"].f1, bare.exact["all"].f1))
    out.append(("every rule", full.overlap["all"].f1, full.exact["all"].f1))
    for label, name, replacement in RULES:
        with _patched(name, replacement):
            r = ner.score(rows, predictor)
        out.append((f"without: {label}", r.overlap["all"].f1, r.exact["all"].f1))
    return out


def format_rows(rows: list[tuple[str, float, float]]) -> str:
    full = rows[1]
    lines = [
        "names: what each rule adds (ner_dev, Simplified)",
        f"  {'':<62}{'overlap F1':>11}{'Δ':>7}{'exact F1':>10}{'Δ':>7}",
    ]
    for name, o, e in rows:
        lines.append(f"  {name:<62}{o:>11.1%}{(o - full[1]) * 100:>+7.1f}{e:>10.1%}{(e - full[2]) * 100:>+7.1f}")
    return "\n".join(lines)
