"""Tables of what follows or precedes a number: currencies, measure words, qualifiers.

All keys are in folded form (see :func:`numerals.fold`): Simplified numeral
and unit characters, ASCII digits and signs.
"""

from __future__ import annotations

import re

#: Currency words written after the number -> ISO 4217 code. ``None`` means
#: "the document's own currency": 元 is CNY in a mainland text and TWD in a
#: Traditional/Taiwan one (the caller passes ``local_currency``).
CURRENCY_SUFFIXES = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "元": None,
    "块钱": None,
    "块": None,
    "美元": "USD",
    "美金": "USD",
    "美圆": "USD",
    "美刀": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "日圆": "JPY",
    "日币": "JPY",
    "港元": "HKD",
    "港币": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "英镑": "GBP",
    "韩元": "KRW",
    "卢布": "RUB",
    "瑞士法郎": "CHF",
    "奈拉": "NGN",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "新元": "SGD",
    "泰铢": "THB",
    "卢比": "INR",
    "越南盾": "VND",
    "比特币": "BTC",
}
#: Currency signs and names written before the number.
CURRENCY_PREFIXES = {
    "US$": "USD",
    "NT$": "TWD",
    "HK$": "HKD",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "€": "EUR",
    "£": "GBP",
    "人民币": "CNY",
    "新台币": "TWD",
}
_SUFFIX_ALT = "|".join(sorted(map(re.escape, CURRENCY_SUFFIXES), key=len, reverse=True))
#: 元 and 块 that begin another word (元旦, 一元化, 一块蛋糕) are not money. 多/余 between the number and the currency
#: is "and some" (300多元, 3亿多元, 129億餘元), never after 个 (一個多元的社會 is diverse, not money).
CURRENCY_AFTER = re.compile(
    rf"[ \t]?(?:个|[多余])?({_SUFFIX_ALT})(?!(?<=元)[化素旦宵年月首件器老帅气代配])(?!(?<=块)(?!钱)[\u4e00-\u9fff])"
)
CURRENCY_BEFORE = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, CURRENCY_PREFIXES), key=len, reverse=True)) + r")[ \t]*$"
)
#: 元三角 / 元3毛 / 又三美分: the small change after a whole amount.
SMALL_CHANGE = re.compile(
    r"([0-9零一二三四五六七八九两])[角毛](?:([0-9零一二三四五六七八九])分)?|又([0-9零一二三四五六七八九两十]+)美分|(\d+)日本[銭钱]"
)

#: Measure words and units, written after the number (longest first when matched). 平方公尺, 公尺 and
#: 公分 are Taiwan's names for the square metre, metre and centimetre (屋頂受損超過20平方公尺).
MEASURES = (
    "平方公里 平方千米 平方米 平方公尺 立方公尺 公尺 公分 平米 立方米 公顷 千瓦时 万千瓦 千瓦 兆瓦 吉瓦 瓦 公里 千米 厘米 毫米 "
    "米 英里 海里 海浬 海哩 万吨 公吨 吨 公斤 千克 克 斤 担 升 亩 度 GW MW kW kWh TWh GWh km kg TEU 标箱 "
    "人次 架次 个百分点 个月 个 家 户 人 名 位 项 件 条 座 所 台 辆 架 艘 部 本 册 套 种 类 批 场 轮 篇 份 "
    "张 只 隻 匹 剂 劑 头 株 棵 处 间 栋 幢 床 字 页 首 支 道 列 趟 班 颗 枚 起 宗 笔 例 门 岁 次 遍 组 "
    "周年 年 周 天 小时 分钟 秒 倍"
).split()
#: Durations: quantities (kind ``quantity``) whose unit is a span of time.
DURATIONS = frozenset("个月 年 周 天 小时 分钟 秒 周年".split())
_MEASURE_ALT = "|".join(sorted(map(re.escape, MEASURES), key=len, reverse=True))
# 台 is a measure word (5台设备) except in place names (2,350萬臺灣人民). 点 after thousands is a count of
# points (股市从8千多点涨到2万3千多点, 长照据点1万4千多点), never a time of day or a decimal point. 几 after a round
# number is "and some" (40幾個國家, 三十几个民族), as 多 is. 家 that begins a noun is no measure word
# (惠及6600万家庭 counts families: the figure is 6600万, the label 家庭). 担 and 匹 that begin a verb (担任, 匹配)
# measure nothing.
MEASURE_AFTER = re.compile(
    rf"[ \t]?(?:[余多]|(?<=[0十])几)?[ \t]?({_MEASURE_ALT}|(?<=[千万萬])[点點]|(?<=[千万萬][余多])[点點])"
    rf"(?<!台(?=[湾灣北中南东東海商胞独獨资資]))(?<!家(?=庭))(?<!担(?=[任心保当负子纲]))(?<!匹(?=[配敌]))"
)
#: Words before a 万/亿-scaled number that make it an amount of money (國防預算達6,007億).
MONEY_CONTEXT = re.compile(
    r"(预算|经费|投资|资金|收入|支出|营收|产值|金额|贷款|补助|补贴|薪资|销售额|营业额|税收|财政|基金|总额|"
    r"預算|經費|投資|資金|營收|產值|金額|貸款|補助|補貼|薪資|銷售额|營業额|稅收|財政)[^，,。；;！？]{0,12}$"
)

#: A money word right after a 万/亿-scaled number names what the amount is (150億預算, 超過40億賠償金, 2.1兆的投資金額,
#: 600多億政府預算, 上千萬善款): Taiwan's speeches leave out 元.
MONEY_AFTER = re.compile(
    r"[余多]?[ \t]?的?(?:政府|公务|公務|特别|特別)?"
    r"(预算|預算|经费|經費|资金|資金|赔偿金|賠償金|补助|補助|补贴|補貼|投资|投資|基金|善款|产值|產值|营收|營收)"
)

#: Qualifiers before a number -> marker. 以上/以下/以内 are inclusive in Chinese
#: law (PRC Civil Code art. 1259: "以上、以下、以内" include the number itself;
#: "不满、超过" do not), so they map to >= and <=.
QUALIFIERS_BEFORE = {
    "超过": ">",
    "超出": ">",
    "多于": ">",
    "高于": ">",
    "大于": ">",
    "逾": ">",
    "超": ">",
    "不少于": ">=",
    "不低于": ">=",
    "至少": ">=",
    "最少": ">=",
    "不足": "<",
    "不到": "<",
    "少于": "<",
    "低于": "<",
    "未满": "<",
    "不满": "<",
    "不超过": "<=",
    "最多": "<=",
    "最高": "<=",
    "将近": "≈",
    "接近": "≈",
    "近": "≈",
    "大约": "≈",
    "约为": "≈",
    "约": "≈",
    "大概": "≈",
}
QUALIFIER_BEFORE = re.compile(
    "(?:"
    + "|".join(
        (
            re.escape(w)
            if w not in ("近", "约")
            else {"近": "(?<![最接将附])近", "约": "(?<![节签合条制公预履违契邀特])约"}[w]
        )
        for w in sorted(QUALIFIERS_BEFORE, key=len, reverse=True)
    )
    + r")[ \t]*$"
)
#: Qualifiers after the number (or its unit). 余/多 between number and unit mean "and more".
QUALIFIERS_AFTER = {"以上": ">=", "以下": "<=", "以内": "<=", "之内": "<=", "左右": "≈", "内": "<="}
QUALIFIER_AFTER = re.compile(r"[ \t]?(以上|以下|以内|之内|左右|内)")
