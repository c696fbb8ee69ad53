"""The figure check flags English that drops or changes a figure of the Chinese."""

from __future__ import annotations

import pytest

from desktop.core.translate import figures_mismatch


@pytest.mark.parametrize(
    "zh,en",
    [
        ("实现社零总额545.3亿元。", "Retail sales reached 54.53 billion yuan."),
        ("同比增长8.6%。", "Up 8.6 percent year on year."),
        ("同比增长8.6%。", "Up 8.6% year on year."),
        ("超过2万家商户。", "More than 20,000 merchants."),
        ("超过2万家商户。", "More than 20 thousand merchants."),
        ("占全市增量的1/3。", "One third of the city's increase."),
        ("占全市增量的1/3。", "A third of the city's increase."),
        ("占全市增量的三分之一。", "About 33% of the increase."),
        ("三十五名职工。", "Thirty-five staff."),
        ("8月30日上午。", "On the morning of August 30."),
        ("协助发放贷款2.47亿元。", "Helped issue 247 million yuan in loans."),
        ("翻阅10余万字外语文献。", "Read over 100,000 words of foreign literature."),
        ("打造百亿级商业中心。", "A 10-billion-yuan commercial centre."),
        ("实现辖区3580家企业全覆盖。", "All 3,580 enterprises are covered."),
        ("一是外向扩容。", "First, expanding outward."),  # 一是 is "first", not a figure
        ("市区两级政策。", "Policies at both levels."),
        ("成为最受喜爱的聚集区之一。", "One of the favourite clusters."),
        ("没有数字。", "No figures."),
        # 千 and 百 before a scale, and traditional 萬/億 (a LibreOffice PDF of a Taiwan release: the
        # check raised KeyError '千' and the whole online translation failed)
        ("並提供超過4千個就業機會。", "And created more than 4,000 jobs."),
        ("簽訂合約也超過1千億元。", "Contracts exceeded 100 billion yuan."),
        ("投資已經超過7百億元。", "Investment has exceeded 70 billion yuan."),
        ("超過2萬家商戶。", "More than 20,000 merchants."),
        ("总额1.2万亿元。", "A total of 1.2 trillion yuan."),
    ],
)
def test_kept_figures_pass(zh, en):
    assert figures_mismatch(zh, en) == []


@pytest.mark.parametrize(
    "zh,en,missing",
    [
        ("实现社零总额545.3亿元。", "Retail sales reached 545.3 million yuan.", ["545.3亿"]),
        ("同比增长8.6%。", "Up 6.8 percent year on year.", ["8.6%"]),
        ("超过2万家商户。", "More than 2,000 merchants.", ["2万"]),
        ("占全市增量的1/3。", "Half of the city's increase.", ["1/3"]),
        ("重庆10名个人、5个集体获表彰。", "Ten individuals were honoured.", ["5"]),
        ("三十五名职工。", "Thirty staff.", ["三十五"]),
        ("五个方面。", "Several areas.", ["五个"]),
        ("连续951天保持零发生。", "Zero cases for many days.", ["951"]),
        ("簽訂合約也超過1千億元。", "Contracts exceeded 1,000 yuan.", ["1千億"]),
        ("並提供超過4千個就業機會。", "And created more than 4 jobs.", ["4千"]),
    ],
)
def test_dropped_or_changed_figures_are_flagged(zh, en, missing):
    assert figures_mismatch(zh, en) == missing
