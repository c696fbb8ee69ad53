"""Subjects (issue 19.7): the entity a figure's sentence is about, never a common noun the model took for a place."""

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.facts.subjects import Subjects


def _subjects(text):
    facts = extract_facts(build_article("标题\n" + text))
    return {f.text: f.subject for f in facts if f.kind in ("money", "percent", "quantity")}


def test_a_common_noun_is_no_place():
    """In a whole release the model tagged 偏鄉 (remote villages) a place and it became the subject."""
    text = "在貢寮等偏鄉地方非常需要長照服務，這裡的老年人比例超過25%。"
    names = [(1, 3, "貢寮"), (4, 6, "偏鄉")]
    assert Subjects(names, text).subject(text.index("超過25%"), 0) == "貢寮"
    text = "农村居民收入增长8%。"
    assert Subjects([(0, 2, "农村")], text).subject(text.index("8%"), 0) == ""


def test_a_place_after_zai_inside_a_clause_is_where_not_who():
    got = _subjects("2010年臺灣對外投資有高達83.8%投資在中國，但是在去年只剩下7%左右。")
    assert got["7%左右"] == "臺灣"  # 投資在中國: where the investment went
    got = _subjects("他希望未來幾年美國能在臺灣的協助下，製造全球40%到50%的半導體晶片。")
    assert got["40%到50%"] == "美國"


def test_a_sentence_that_names_no_one_continues_its_paragraphs_actor():
    got = _subjects("行政院今天通過社會住宅方案。其中，在2028年之前將釋出1萬戶社宅做為婚育宅。")
    assert got["1萬戶"] == "行政院"
    got = _subjects("行政院今天通過社會住宅方案。\n其中，在2028年之前將釋出1萬戶社宅做為婚育宅。")
    assert got["1萬戶"] == ""  # a new paragraph does not inherit


def test_a_park_is_named_whole():
    got = _subjects("安平產業園區有600家企業，提供2萬個工作機會。")
    assert got["600家"] == "安平產業園區" and got["2萬個"] == "安平產業園區"


def test_a_region_named_by_its_direction_is_a_place():
    got = _subjects("本次中南部地區有超過4萬多戶房屋毀損，光是臺南就有3萬多戶。")
    assert got["超過4萬多戶"] == "中南部地區" and got["3萬多戶"] == "臺南"
    assert _subjects("全部企業中百分之二十五沒有完成計劃。")["百分之二十五"] == ""  # 全部 is no region
