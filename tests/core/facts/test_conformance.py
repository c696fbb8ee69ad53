"""Recognizers-Text Chinese conformance: the share of spec cases whose values we reproduce.

A case passes when we find exactly as many results as expected and each value
(and, for money, the ISO currency when the spec gives one) matches in order.
Ranges (``5-20%`` → ``[5, 20]``) count as failures: the spec expects one value.
Cases whose ``NotSupported`` names python are skipped, as the corpus README allows.
"""

from __future__ import annotations

import json
import math

import pytest

from desktop.core.facts.figures import recognize, recognize_numbers

TARGETS = {"Number": 0.90, "Percent": 0.95, "Currency": 0.95}
FILES = {
    "Number": "recognizers/Specs/Number/Chinese/NumberModel.json",
    "Percent": "recognizers/Specs/Number/Chinese/PercentModel.json",
    "Currency": "recognizers/Specs/NumberWithUnit/Chinese/CurrencyModel.json",
}


def _cases(path):
    with open(path, encoding="utf-8-sig") as fh:  # some spec files start with a BOM
        data = json.load(fh)
    return [c for c in data if "python" not in str(c.get("NotSupported", "")).lower()]


def _expected(case):
    out = []
    for r in case["Results"]:
        v = r["Resolution"].get("value")
        out.append((None if v is None else float(v.rstrip("%")), r["Resolution"].get("isoCurrency")))
    return out


def _got(model, text):
    if model == "Number":
        return [(v, None) for _, _, v in recognize_numbers(text)]
    if model == "Percent":
        return [(f.value, None) for f in recognize(text) if f.kind == "percent"]
    return [(f.value, f.unit) for f in recognize(text, currency_names=True) if f.kind == "money"]


def _same(a, b):
    if a is None or b is None:
        return a is b
    if isinstance(b, list):
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def share(model, path) -> tuple[float, int, list]:
    cases = _cases(path)
    failures = []
    for case in cases:
        exp, got = _expected(case), _got(model, case["Input"])
        ok = len(exp) == len(got) and all(
            _same(e[0], g[0]) and (e[1] is None or e[1] == g[1]) for e, g in zip(exp, got)
        )
        if not ok:
            failures.append((case["Input"], exp, got))
    return 1 - len(failures) / len(cases), len(cases), failures


@pytest.mark.corpus
@pytest.mark.parametrize("model", list(FILES))
def test_conformance_share_meets_target(model, corpora, record_property):
    path = corpora / FILES[model]
    if not path.exists():
        pytest.skip(f"{path} is missing")
    ratio, total, failures = share(model, path)
    record_property(f"{model}_share", round(ratio, 4))
    print(f"{model}: {ratio:.1%} of {total} cases")
    assert ratio >= TARGETS[model], failures[:10]


@pytest.mark.corpus
def test_spans_match_the_spec_for_currency(corpora):
    """Not just the value: the money spans are where the spec puts them (End is inclusive)."""
    cases = _cases(corpora / FILES["Currency"])
    for case in cases:
        want = [(r["Start"], r["End"] + 1) for r in case["Results"]]
        got = [(f.start, f.end) for f in recognize(case["Input"], currency_names=True) if f.kind == "money"]
        if want and len(want) == len(got) and case["Input"].strip() == case["Input"]:
            assert got == want, case["Input"]
