"""Stance (issue 19.3) of the figures a change names: the level before it, and 将 as 把 before a change made."""

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate


def stances(text: str, document=None) -> dict[str, str]:
    facts = extract_facts(build_article("标题\n" + text), names=False, labels=False, document=document)
    return {f.text: f.stance for f in facts if f.kind != "date"}


def test_a_level_the_sentence_then_says_changed_is_a_base():
    # the 1955 report (facts_dev round 7, tuned on): a level before a fall is a base at its own year
    got = stances(
        "一九三六年的粮食产量是三千亿斤，此后差不多年年下降，到一九四九年，粮食产量只有二千二百六十亿斤。",
        DocumentDate(1955),
    )
    assert got == {"三千亿斤": "base", "二千二百六十亿斤": "result"}
    # 39348, outside facts_dev: the first count, before the survey that raised it
    got = stances(
        "此次災情原統計倒塌電桿將近2千根，之後陸續勘查維修，統計倒塌電桿數量增加到3,499根。", DocumentDate(2025, 1, 1)
    )
    assert got["將近2千"] == "base"
