"""The query set both stores must answer alike (issue 23): one, two and many characters, either script,
words together, quoted phrases, figures with and without separators, Latin letters, and misses.

Written by hand for the 72 government work reports (Simplified) and the 1,557 Taiwan presidential
releases (Traditional); each query runs on both libraries. No pinyin: the library search is for
characters.
"""
from __future__ import annotations

QUERIES = (
    # one character
    "岛", "税", "军", "粮", "鐵", "藥", "疫", "港", "碳", "龍",
    # two characters, Simplified and Traditional
    "就业", "台湾", "經濟", "经济", "国防", "國防", "外交", "教育", "医疗", "醫療", "改革", "開放", "农业", "農業",
    "能源", "关税", "關稅", "半导", "疫情", "总统", "總統", "人民", "环境", "環境", "科技", "晶片", "芯片",
    # many characters
    "经济发展", "經濟發展", "国防预算", "國防預算", "半导体", "半導體", "国内生产总值", "居民消费价格",
    "城镇新增就业", "社会主义市场经济", "中華民國", "賴清德", "两岸关系", "兩岸關係", "乡村振兴", "一带一路",
    "粮食产量", "财政赤字", "人工智慧", "量子计算机", "碳中和",
    # several words, and quoted phrases
    "总统 关税", "國防 預算", "经济 增长 就业", "台湾 美国 关税", '"国内生产总值 增长"', "“改革 开放”",
    "教育 医疗 住房", "疫情 防控",
    # figures: decimals, separators, percentages, Chinese numerals
    "134.9", "6007", "6,007", "5%", "7.7%", "2024", "1949", "一九五三年", "百分之", "1万亿",
    # Latin letters, full width and mixed
    "GDP", "COVID-19", "ＧＤＰ", "AI", "APEC", "5G",
    # misses
    "火星殖民地", "xyzzy",
)
