"""Durations: a span of time is a figure only when a measure of time names it (6ac5d5e, 017348c).

A number of years, months, days or hours that frames an action (连续5个月, 为期7天, 前3年) is how long
something lasted, not a figure; time taken or saved by a process (仅用6小时, 役期12個月) stays one.
"""

import pytest

from desktop.core.facts import recognize
from fact_readouts import only_figure as one


@pytest.mark.parametrize(
    "text",
    [
        "兩國建交36年來，共享民主、自由與人權等普世價值",  # 39526 (unannotated)
        "感謝光田醫院112年來對民眾健康的守護",  # 39148
        "德州也連續11年獲得最多新經濟發展項目的獎項",  # 28555
        "重申巴拉圭與臺灣兩國之間長達67年的歷史邦誼",  # 28836
        "是近十年来新产品品种增加最多的一年",  # 1980 report
    ],
)
def test_the_years_something_has_lasted_are_no_figure(text):
    # README: durations (連續4年, 連續17年) are no figures; N年来 is how long, not how much
    assert recognize(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "由導演林正盛耗時4年時間拍攝",  # 28171 (unannotated)
        "紀錄陳明章於40年間帶臺灣音樂走向世界的生命故事",  # 28171
        "政府也編列4年1千億預算進行全國治水",  # 39642: the money stays, its 4 years go
        "今天現場的臺灣鄉親在這裡打拚數十年",  # 28924
        "他也與青年局交流約2、30年",  # 39211
        "相当于一九七七年前十九年新建住宅面积的总和",  # 1983 report
        "《台灣關係法》下個月立法將滿45週年",  # 28270: an anniversary
        "今年是臺灣護理學會110周年",  # 28749
    ],
)
def test_a_number_of_years_no_measure_names_is_how_long_not_a_figure(text):
    # README: durations (最長一年, 前3年, 連續4年, 在5年內) are no figures; round 1's 開辦滿30年, round 4's 時間達一年之久
    # are not gold figures either. In 60 random numbers of years from unannotated documents none was a figure.
    assert [text[f.start : f.end] for f in recognize(text) if "年" in text[f.start : f.end]] == []


def test_years_that_are_a_quantity_stay_figures():
    assert one("人均受教育年限达到10.5年") == ("10.5年", "quantity", 10.5, "年", None)
    text = "近7年來共撥補5,178億元"
    assert [text[f.start : f.end] for f in recognize(text)] == ["5,178億元"]
    # what the years measure stands before them in their clause, or right after them (39624, 28167, 39573)
    for text, figure in (
        ("平均壽命雖突破80歲，但其中約有8年為不健康年數", "8年"),
        ("今天在座得獎人的服務年資都是18年以上", "18年以上"),
        ("但「不健康年數」仍達8.4年", "8.4年"),
        ("国家关于土地承包期再延长30年的政策", "30年"),
    ):
        assert [text[f.start : f.end] for f in recognize(text) if f.unit == "年"] == [figure], text


@pytest.mark.parametrize(
    "text",
    [
        "出口不僅連續5個月增長，更是兩年來的最大增幅",  # 28378 (unannotated)
        "徵才期間自即日起至8月5日止，為期21天",  # 28581
        "大家6個月來經過的多次演練一點都沒有白費",  # 28601
        "讓農民享有前6個月免利息",  # 28610
        "感謝全體國人一年365天在工作崗位上",  # 28759
        "空軍防空部隊必須24小時保持戰備狀態",  # 28338
        "臺灣在2個月前完成了一場重大選舉",  # 28246
        "都可以每3個月就洗牙一次",  # 28631
        "這是他在5個月內第二度造訪",  # 39206
        "通話歷時約20分鐘，氣氛溫馨融洽",  # 28944
        "根据前十一个月的实绩",  # 1981 report
    ],
)
def test_a_span_shorter_than_a_year_no_measure_names_is_how_long_not_a_figure(text):
    # README: durations (1個月, 前3年, 連續4年, 在5年內) are no figures, whatever their unit; round 1's 家長1個月只要負擔
    # and round 4's 停電十多天 are not gold figures either.
    assert recognize(text, local_currency="TWD") == []


def test_a_span_of_time_a_measure_names_stays_a_figure():
    # the time a process took or saved, a term, a response, days with none of something (round 8's 252天零確診)
    for text, figure in (
        ("企业从递交材料到拿到注册文件仅用6小时", "6小时"),  # the seed article
        ("相关人员20分钟内到场处置", "20分钟内"),  # the seed article
        ("截至目前已连续951天保持本土病例“零发生”", "951天"),  # the seed article
        ("2020年時有252天零確診", "252天"),  # 28395
        ("將原先2個月才能發現的漏水問題縮短到2天內", "2天內"),  # 28816
        ("臺灣的義務役服役期恢復為12個月", "12個月"),  # 28469
        ("今年焰火時間為41分鐘，是有史以來最長的焰火表演", "41分鐘"),  # 28779
        ("自來水首先恢復供應，耗時約5天", "約5天"),  # after 39464
    ):
        assert figure in [text[f.start : f.end] for f in recognize(text, local_currency="TWD")], text


@pytest.mark.parametrize(
    "text",
    [
        "還記得兩個多月前，她在總統府",  # 28148 (unannotated)
        "經過2個多小時的飛行，於當地時間",  # 28926
        "再過兩個多禮拜就是2026年",  # 39712: the year is a date
        "大專校院資訊應用服務創新競賽能走過30個年頭",  # 39589
    ],
)
def test_a_span_of_time_counted_in_ge_is_how_long(text):
    # 兩個多月 is 個 + 多 + 月: the same duration as 2個月 (README: durations are no figures)
    assert [f for f in recognize(text, local_currency="TWD") if f.kind != "date"] == []
