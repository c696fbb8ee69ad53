"""Names: the model, sharpened by rules, consistent across the document, in both scripts."""

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts


def _names(text, **kw):
    facts = extract_facts(build_article("标题\n" + text), labels=False, **kw)
    return [(f.kind, f.text, f.value, f.label) for f in facts if f.kind in ("person", "organization", "place")]


def test_a_foreign_name_with_its_latin_alias_is_one_person_marked_everywhere():
    got = _names("外交部主任秘書唐殿文今（5）日陪同愛達荷州州長李睿德（Brad Little）訪問總統府。李睿德表示感謝。")
    people = [(t, v, role) for k, t, v, role in got if k == "person"]
    assert ("唐殿文", None, "主任秘书") in people or ("唐殿文", None, "主任秘書") in people
    assert [t for t, _v, _r in people].count("李睿德") == 2  # found once, marked at every mention
    assert ("李睿德", "李睿德 (Brad Little)") in [(t, v) for t, v, _r in people]
    orgs = {t for k, t, *_ in got if k == "organization"}
    assert {"外交部", "總統府"} <= orgs


def test_taiwan_institutions_and_traditional_text():
    got = {(k, t) for k, t, *_ in _names("行政院與立法院今日會商，經濟部與國防部也派員出席。")}
    assert {
        ("organization", "行政院"),
        ("organization", "立法院"),
        ("organization", "經濟部"),
        ("organization", "國防部"),
    } <= got


def test_a_short_form_is_linked_to_its_full_name():
    got = _names("江北区观音桥商圈管理办公室成立多年。商圈办携手建行服务商户，商圈办主任谢佳介绍。")
    orgs = {(t, v) for k, t, v, _ in got if k == "organization"}
    assert ("商圈办", "江北区观音桥商圈管理办公室") in orgs
    assert ("建行", "中国建设银行") in orgs


def test_the_models_known_noise_is_filtered():
    got = {t for k, t, *_ in _names("实干如虹，惠企政策向南延伸，90后成为消费主力，价格提高1卢比。")}
    assert not {"如虹", "惠企", "向南", "90后", "卢比"} & got


def test_one_character_places_and_the_place_of_a_government():
    got = [(k, t) for k, t, *_ in _names("中美关系发展良好，美国政府与中方会谈后访华。")]
    assert ("place", "中") in got and ("place", "美") in got
    assert ("place", "美国") in got and ("organization", "美国政府") not in got


def test_a_known_place_made_of_abbreviations_stays_whole():
    # 臺中 read as a place word was split into 臺 (Taiwan) and 中 (China); it is Taichung
    got = [(k, t) for k, t, *_ in _names("總統今日前往臺中出席活動，並感謝臺中的市民朋友。")]
    assert got.count(("place", "臺中")) == 2
    assert ("place", "臺") not in got and ("place", "中") not in got
    # a run of abbreviations that is no one place is still one place a character
    assert {("place", "中"), ("place", "美")} <= set((k, t) for k, t, *_ in _names("中美关系保持稳定。"))
