"""What a count counts (the noun after its measure word, even when the figure ends inside that noun), and
what a share is of when the words next to it name no measure."""

import pytest

from fact_readouts import labels as _labels


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


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("讓照護網內的8成病友接受生活習慣諮詢。", "8成", "病友"),  # not the 網 before it
        ("政府將補助5成費用。", "5成", "費用"),  # nor the act
    ],
)
def test_a_share_written_before_a_noun_is_a_share_of_it(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_count_names_what_it_counts_with_its_attributes_in_a_row():
    assert _labels("今年扶持3万家中小微型企业。")["3万家"] == "中小微型企业"  # it was the verb, 扶持


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # a share followed by 的 is a share of what follows, not of the scope or time before it (issue 19.7)
        ("美國希望能製造全球40%的半導體晶片。", "40%", "半導體晶片"),
        ("政府將原本的1.415%的貸款利率降至0。", "1.415%", "貸款利率"),
        ("今年城镇调查失业率5.5%的水平保持稳定。", "5.5%", "城镇调查失业率"),  # unless a measure stands before
    ],
)
def test_a_share_before_of_is_a_share_of_what_follows(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_count_of_a_quoted_name_counts_the_name():
    """再找出4千多位「可能受難者」 was labelled 找出, the verb (issue 19.7)."""
    assert _labels("基金會今年再找出4千多位「可能受難者」。")["4千多位"] == "可能受難者"


def test_a_count_after_a_change_word_still_counts_its_noun():
    assert _labels("今年试点范围扩大到300个城市。")["300个"] == "城市"  # it was 试点范围 扩大 (issue 19.7)


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # round 10's tuned-on 1957 report: the act before the count (派遣) was the label
        (
            "七年来我国派遣了七千多人出国留学，派遣的标准一般是按照政治、业务和体格三个条件，这是对的。",
            "七千多人",
            "出国留学",
        ),
        # release 28726, outside facts_dev: 吸引 was the label
        ("這項競賽舉辦迄今已是第14屆，累計吸引將近7千人報名參加。", "將近7千人", "報名參加"),
        # round 10's tuned-on 39383: the place they do it in (於創新板) goes with it; the label was empty
        ("到今年6月，已有20家於創新板上市，希望未來2年能有超過40家具潛力企業在創新板掛牌。", "20家", "創新板上市"),
    ],
)
def test_a_count_that_no_noun_follows_counts_those_who_do_what_its_clause_ends_in(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_count_before_is_no_act_of_the_counted():
    # 中共一大's Canton report, outside facts_dev: 是 says what the counted are, and they are the 委员 before
    assert _labels("党执行委员会的九个委员当中，七个是无政府主义者。")["七个"] == "委员"
