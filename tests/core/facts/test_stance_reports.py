"""Stance (issue 19.3) on the wording of work reports: what a plan sets, and the rise it states with it."""

from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate
from desktop.core.ingest.builder import build_article


def stances(text: str, document=None) -> dict[str, str]:
    facts = extract_facts(build_article("标题\n" + text), names=False, labels=False, document=document)
    return {f.text: f.stance for f in facts if f.kind != "date"}


def test_a_level_a_plan_sets_is_a_target_and_its_investment_a_plan():
    # the 1958 report (facts_dev round 9, tuned on): the plan's output and its rise on 1957 are aimed at
    got = stances("例如，钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。", DocumentDate(1958))
    assert got == {"六百二十四万八千吨": "target", "百分之十九点二": "target"}
    # the 1959 report, outside facts_dev: the investment the plan sets is money to spend
    got = stances(
        "一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元，比一九五八年的二百一十四亿元增长百分之二十六。",
        DocumentDate(1959),
    )
    assert got["二百七十亿元"] == "plan" and got["二百一十四亿元"] == "base"
    # 将比 with no level set before it stays an outlook
    assert stances("一九八五年将比一九八○年增长百分之二十二。", DocumentDate(1983)) == {"百分之二十二": "forecast"}
