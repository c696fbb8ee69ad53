"""What a count counts (the noun after its measure word, even when the figure ends inside that noun), and
what a share is of when the words next to it name no measure."""

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts


def _labels(text):
    return {
        f.text: f.label
        for f in extract_facts(build_article("标题\n" + text), names=False)
        if f.kind in ("money", "percent", "quantity", "ratio", "multiple")
    }


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # the figure reads 萬人 and the word is 人民 / 人口: the word names what is counted, not the
        # sentence's other nouns (臺灣的前途) nor nothing
        ("中華民國臺灣的前途，由兩千三百萬人民共同決定。", "兩千三百萬人", "人民"),
        ("2,350萬人口的臺灣，已經是全球第21大經濟體。", "2,350萬人", "人口"),
        ("全国总人口十一亿人口中，农村人口八亿人口。", "八亿人", "人口"),
    ],
)
def test_a_count_that_ends_inside_a_noun_counts_that_noun(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_count_whose_word_ends_with_it_is_read_as_before():
    assert _labels("今年已有320万人参加培训。")["320万人"] == "参加培训"  # what the people did, as before


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # a verb (适用) or a time (任內) stands next to the figure; the measure is named earlier in its own
        # clause, not in the sentence's clause before (营利事业所得额)
        ("薪資費用得自當年度營利事業所得額中減除，減除率均適用200%。", "200%", "減除率"),
        ("因此導致臺灣的年平均經濟成長率在馬前總統任內只有2.8%。", "2.8%", "經濟成長率"),
    ],
)
def test_a_share_takes_the_measure_its_own_clause_names(text, figure, label):
    assert _labels(text)[figure] == label
