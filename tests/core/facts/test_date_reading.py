"""Dates read on Taiwan releases and work reports outside facts_dev (issue 19, Facts III): each test is a class of
dates that was missed or misread there, on a sentence of those texts."""

import datetime

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.facts.dates import DocumentDate, find_dates
from desktop.core.facts.numerals import fold
from desktop.core.script.converters import converter


def _found(text, doc=None, *, roc=False):
    """Dates as the extractor reads a text: folded, in Simplified characters (Traditional text is read so)."""
    view = converter("t2s").convert(fold(text))
    return [(text[d.start : d.end], d.value) for d in find_dates(view, document=doc or DocumentDate(), roc=roc)]


def test_a_weekday_is_a_day_of_the_documents_week_or_the_one_before_or_after():
    thursday = DocumentDate(2024, 6, 13)
    assert _found("總統致詞時表示，上週五他去參加警大的畢業典禮", thursday) == [("上週五", "2024-06-07")]
    assert _found("這週六就是警察節，今天他很高興", thursday)[0] == ("這週六", "2024-06-15")
    assert _found("總統預定在下週一（10日）下午3時", DocumentDate(2025, 2, 7)) == [("下週一", "2025-02-10")]
    assert _found("總統致詞時表示，上星期六澎湖科技大學剛舉辦過", DocumentDate(2024, 3, 28)) == [
        ("上星期六", "2024-03-23")
    ]
    assert _found("就在上個禮拜天", thursday) == [("上個禮拜天", "2024-06-09")]
    # without the document's day no weekday is known: found, with no value
    assert _found("總統致詞時表示，上週五他去參加警大的畢業典禮") == [("上週五", None)]


def test_a_week_and_a_count_of_days_or_a_weekly_habit_are_no_weekday():
    doc = DocumentDate(2025, 9, 29)
    assert _found("全臺灣有很多志工在上週三天的連續假期前往花蓮", doc) == []
    assert _found("未來每週一至週五上午9點開放，今周刊報導，上週通過", doc) == []


@given(
    st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)),
    st.sampled_from([("上上週", -2), ("上週", -1), ("上個星期", -1), ("本週", 0), ("這個禮拜", 0), ("下週", 1)]),
    st.sampled_from(list(enumerate("一二三四五六日"))),
)
def test_a_weekday_falls_on_that_weekday_in_the_week_it_names(day, week, weekday):
    (word, weeks), (index, name) = week, weekday
    [(_, value)] = _found(f"總統{word}{name}出席典禮", DocumentDate(day.year, day.month, day.day))
    found = datetime.date.fromisoformat(value)
    assert found.weekday() == index
    monday = day - datetime.timedelta(days=day.weekday())
    assert (found - monday).days // 7 == weeks


def test_a_month_or_a_day_without_a_year_takes_the_year_its_sentence_named():
    # a `；` does not end the sentence: 10月 is last year's, as the 去年5月 before it
    text = "去年5月，清華大學已經研發出臺灣第一個量子加密通訊網路；中研院隨後也在10月打造出臺灣第一個5位元量子晶片"
    assert _found(text, DocumentDate(2024, 1, 29)) == [("去年5月", "2023-05"), ("10月", "2023-10")]
    text = (
        "總統暨副總統馬年春聯及紅包袋將自115年1月31日（星期六）起至2月13日（星期五）止，配合總統府開放參觀活動"
        "發送給來府參觀民眾，除1月31日開放參觀時段自上午9時至下午4時"
    )
    assert _found(text, DocumentDate(2025, 12, 29), roc=True) == [
        ("115年1月31日", "2026-01-31"),
        ("2月13日", "2026-02-13"),
        ("1月31日", "2026-01-31"),
    ]


def test_the_weekday_written_after_a_day_says_its_year():
    text = (
        "總統府將於114年1月1日（週三）舉辦元旦升旗典禮。另有意參加當日府內四場次電影播映及主題講座的民眾，"
        "自今（26）日下午6時起至12月30日（週一）中午12時止，可於總統府官網登記報名"
    )
    assert _found(text, DocumentDate(2024, 12, 26), roc=True)[-1] == ("12月30日", "2024-12-30")


@given(
    st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)),
    st.integers(-1, 1),
    st.sampled_from(["星期", "週", "禮拜"]),
)
def test_a_day_and_its_weekday_name_one_year_of_the_three_around_the_documents(day, years, word):
    weekday = "一二三四五六日"[day.weekday()]
    doc = DocumentDate(day.year + years, 6, 15)
    assert _found(f"將於{day.month}月{day.day}日（{word}{weekday}）舉行", doc) == [
        (f"{day.month}月{day.day}日", day.isoformat())
    ]


def test_lengths_of_time_are_no_dates():
    doc = DocumentDate(2025, 2, 24)
    # 将近 N 年 and N 年多 are lengths (README: 两年多), as 近5年来 is
    assert _found("「建築園冶獎」已經有將近30年的歷史", doc) == []
    assert _found("經過將近一年的努力，「客家六箭」政策", doc) == []
    assert _found("在過去兩年多來，雙邊針對「投資促進及保障協議」", doc) == []
    assert _found("感謝各位顧問及委員過去一年多來提供許多寶貴的建言", doc) == []
    assert _found("「健康台灣推動委員會」，一年多來整合跨部會", doc) == []
    # one year back is one year, not a span of it (过去一年 is Y[-1])
    assert _found("經濟好，國人消費力也增強。最近一年，多國天團都來臺演出", doc) == [("最近一年", "2024")]
    assert _found("總統也感謝大家過去1年在「打擊詐騙」的努力") == [("過去1年", "Y[-1]")]
    assert _found("过去的一年，全国人民团结奋斗", DocumentDate(1995)) == [("过去的一年", "1994")]


def test_words_that_only_look_like_dates():
    doc = DocumentDate(2024, 2, 10)
    assert _found("今（10）日是農曆大年初一，副總統", doc) == [("今（10）日", "2024-02-10")]
    assert _found("國運昌隆、四季平安、八節有慶", doc) == []
    assert _found("林領袖代表提到，這次年會議題非常多", doc) == []
    assert _found("以及日本年輕人的活力", doc) == []
    assert _found("雙方人民的情感。當日本發生地震時，臺灣", doc) == []
    assert _found("更是臺瓜邦誼邁入下一個90年的起點", doc, roc=True) == []
    # the forms they are told apart from
    assert _found("台北地檢署與新北市刑大年初共同破獲", doc) == [("年初", "2024")]
    assert _found("第三季成長，四季度增長", doc) == [("第三季", "2024-Q3"), ("四季度", "2024-Q4")]
    assert _found("2020年完工，次年啟用", doc) == [("2020年", "2020"), ("次年", "2021")]
