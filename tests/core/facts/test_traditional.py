"""Traditional (Taiwan) press releases: 元 and 億 amounts are TWD, ROC years resolve."""

import json

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate
from desktop.core.facts.extract import is_traditional
from desktop.core.ingest.text import normalise


def _release(corpora, release_id):
    path = corpora / "tw_president_news" / "president_news_2024_2025.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is missing")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] == release_id:
                return build_article(normalise(record["title"] + "\n" + record["content"]))
    pytest.skip(f"release {release_id} not in the corpus")


@pytest.mark.corpus
def test_new_year_talk_amounts_are_taiwan_dollars(corpora):
    article = _release(corpora, 28140)  # 2024 New Year talk: 國防預算 6,007億
    assert is_traditional(article.text)
    facts = extract_facts(article)
    budget = [f for f in facts if f.text == "6,007億"]
    assert budget and budget[0].kind == "money"
    assert (budget[0].value, budget[0].unit) == (600_700_000_000, "TWD")
    wage = [f for f in facts if f.text == "27,470元"][0]
    assert (wage.value, wage.unit) == (27470, "TWD")
    assert any(f.kind == "percent" and f.value == [6, 10] for f in facts)  # 6%至10%
    assert not any(f.kind == "quantity" and "臺灣" in f.text for f in facts)  # 2,350萬臺灣人民 is people, not machines
    for f in facts:
        assert article.text[f.start : f.end] == f.text


@pytest.mark.corpus
def test_roc_years_resolve_to_the_gregorian_year(corpora):
    article = _release(corpora, 28139)  # New Year flag raising, 民國113年
    facts = extract_facts(article)
    assert ("民國113年", "2024") in [(f.text, f.value) for f in facts if f.kind == "date"]
    people = {f.text for f in facts if f.kind == "person"}
    assert {"蔡英文", "林佳龍"} <= people


def test_roc_year_without_minguo_in_a_traditional_text():
    article = build_article("總統府新聞稿\n中華民國政府表示，113年度預算已送立法院審議，今年經濟成長3.4%。")
    facts = extract_facts(article, names=False)
    dates = [(f.text, f.value) for f in facts if f.kind == "date"]
    assert ("113年度", "2024") in dates  # the fiscal year, 度 included
    assert ("今年", "Y") in dates  # no release date known: relative, not guessed from 113年度
    dated = extract_facts(article, names=False, document=DocumentDate(2024, 1, 5))
    assert ("今年", "2024") in [(f.text, f.value) for f in dated if f.kind == "date"]
