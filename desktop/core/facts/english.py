"""English for labels when the glossary has none: a short table of common measures."""

from __future__ import annotations


#: English for common measures; the glossary layer replaces this through ``english=``.
ENGLISH = {
    "社零总额": "retail sales of consumer goods",
    "社会消费品零售总额": "retail sales of consumer goods",
    "销售总额": "total sales",
    "商品销售总额": "total sales of goods",
    "日均人流量": "daily foot traffic",
    "人流量": "foot traffic",
    "日均客流": "daily visitors",
    "客流": "visitors",
    "贷款": "loans",
    "个体户": "self-employed businesses",
    "个体工商户": "self-employed businesses",
    "企业": "enterprises",
    "商户": "merchants",
    "品牌": "brands",
    "国际知名品牌": "internationally known brands",
    "全球高端品牌": "global luxury brands",
    "项目": "projects",
    "投资总额": "total investment",
    "市场主体": "market entities",
    "授信": "credit granted",
    "首店": "flagship first stores",
    "职工": "staff",
    "个人": "individuals",
    "集体": "collectives",
    "措施": "measures",
    "方面": "areas",
    "外语文献": "foreign-language literature",
    "日夜": "days and nights",
    "核心区面积": "core area",
    "全市增量": "city-wide increase",
    "占全市增量": "share of the city-wide increase",
    "国内生产总值": "GDP",
    "财政收入": "fiscal revenue",
    "居民消费价格": "consumer prices",
    "城镇新增就业": "new urban jobs",
    "粮食产量": "grain output",
    "进出口总额": "total imports and exports",
    "固定资产投资": "fixed-asset investment",
    "营业收入": "operating revenue",
    "人口": "population",
    "同比增长": "year-on-year growth",
    "同比下降": "year-on-year decline",
    "环比增长": "month-on-month growth",
    "增长": "growth",
    "下降": "decline",
    "提高": "increase",
    "降低": "reduction",
    "增加": "increase",
    "减少": "decrease",
    "上升": "rise",
    "比上年增长": "growth over the previous year",
    "增幅": "growth rate",
}


def english_for(label_text: str) -> str:
    """English for a label from :data:`ENGLISH`: each space-separated part must be known, else ``''``."""
    parts = label_text.split()
    if not parts or any(p not in ENGLISH for p in parts):
        return ""
    return ", ".join(ENGLISH[p] for p in parts)
