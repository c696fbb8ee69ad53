"""Dates and periods: ``2021年``, ``8月30日``, ``去年7月``, ``今年上半年``, ``今（5）日``, ROC ``113年``.

Values are ISO 8601 strings: ``2022-08-30``, ``2021-07``, ``2021``; halves and
quarters are ``2022-H1`` and ``2022-Q3``; spans are ``start/end``
(``前三季度`` → ``2022-01/2022-09``, ``过去五年`` → ``2016/2020``, ``今后五年`` in 1993 →
``1993/1997``); decades ``1980s``.

Relative dates resolve against the **document date** (:class:`DocumentDate`:
a dateline, a date in the title, the feed's own date field, or what the user
set). Without one they stay relative instead of guessing a year: ``Y`` is the
document's year, ``Y[-1]`` the year before, ``M`` its month — ``去年7月`` is
``Y[-1]-07``, ``今年上半年`` ``Y-H1``.

Words that take their year from the text around them follow the **topic**,
the last period the text named: in ``2005年……全年……上年`` 全年 is 2005 and 上年
2004 (a work report reviews the previous year); ``去年同期`` after ``今年第一季``
is ``Y[-1]-Q1``.

What each match means is read by :mod:`facts.date_resolver`; this module
finds them and joins two years into one span.

Durations (``951天``, ``6小时``, ``1个月``) are quantities, not dates: see
:mod:`facts.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .date_resolver import SKIP, Resolver, roc_year
from .datelines import DocumentDate, document_date  # noqa: F401 - document_date: part of this API
from .first_chars import guarded
from .losses import lose


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str | None

    @property
    def relative(self) -> bool:
        """True when the value is relative to an unknown document date (``Y-H1``)."""
        return bool(self.value) and self.value[0] in "YM"


#: ○ (a white circle) stands for 〇 in older texts: 一九八○年.
_CN_NUM = "〇○零一二三四五六七八九十两"
_YEAR_NUM = r"(?<![\d.])(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})[ \t]?年(?!代(?!表))"
_QUARTER = r"第?[一二三四1-4]季度?"
#: ``年底`` after a year shares its 年: 2024年底, 今年初, 113年底 (初步 is "preliminary", 末期 a stage).
_PERIOD = rf"(?P<p>上半年|下半年|前三季度|前三季|{_QUARTER}|年初|年底|年末|全年|同期|底|初(?!步)|末(?!期)|[春夏秋冬]季|[春夏秋冬]天)"
#: Taiwan releases space their digits: 今年 3月, 1 月 13日.
_MONTH = r"[ \t]?(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t]?月份?"
_CENTURY = r"[一二]?十[一二三四五六七八九]?|1\d|2\d"
_DAY_NUM = r"[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_DAY = rf"[ \t]?(?P<d>{_DAY_NUM})[ \t]?[日号]"
#: 8月底, 10月中旬: a part of the month, which stays the month.
_MONTH_PART = r"(?:底|初|末|上旬|中旬|下旬)"
_REL_YEAR = "今年|去年|上年|前年|本年|明年"
#: 世界上年产石油一亿吨以上, 在…的基础上年均增长7%: 上 closes a word (世界上, 基础上) and 年 opens the next: no 上年.
_NOT_AFTER_SHANG = "(?<!世界)(?<!基础)(?<!历史)(?<!基本)(?<!实际)(?<!事实)"
_MONTH_NUM = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
#: 1到11月, 2024年1至5月, 今年一到九月: months of one year (the year before them, else the topic's); 今年 3、4月,
#: two months in a row said with one 月, are one span too (README, round 6; 10月、11月 stay two dates).
_MONTH_SPAN = (
    rf"(?:(?<![\d.])(?P<ry>\d{{4}}|{_REL_YEAR})年?[ \t]?)?(?<![\d月第{_CN_NUM}])(?P<mr1>{_MONTH_NUM})(?:月?[ \t]*(?:到|至|~|～)|(?P<mrand>、))[ \t]*"
    rf"(?P<mr2>{_MONTH_NUM})[ \t]*月(?![\d日号份])"
)
#: A day without its month after a full date (当地时间16日午间, 随即在6日): the topic's month.
_DAY_ONLY = (
    r"(?<=在|于|至|到|间|日|、)[ \t]?(?P<dd>[12]\d|3[01]|0?[1-9])[ \t]?日(?![\d])"
    r"|(?<![\d月号日年第每期续连数几（(])(?P<dd2>[12]\d|3[01]|0?[1-9])日"
    r"(?=上午|下午|晚间|晚上|中午|凌晨|早上|午间|傍晚|起|前后|在|于|，|,)"
    # 一月十日到十二日: a closing day in Chinese digits
    r"|(?<=[日号][至到])(?P<ddc>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
)
_DATE_PATTERN = (
    rf"{_MONTH_SPAN}"
    # 今（2024）年, 去（112）年: Taiwan releases put the year itself (or its ROC number) in brackets
    rf"|(?:{_YEAR_NUM}|(?P<ybr>今|明|去|本)[（(](?P<ybn>\d{{2,4}})[）)]年(?P<ybf>度)?|(?P<rel>今年度|(?<!日)本年度|明年度|今年|(?<!日)本年|去年|上一年|{_NOT_AFTER_SHANG}上年|(?<![以目当之提])前一年|(?<!以)前年|明年|后年|同年|当年))(?:{_PERIOD}|{_MONTH}(?:{_DAY}|{_MONTH_PART})?)?"
    rf"|(?<![\d年个第{_CN_NUM}])(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t]?月[ \t]?(?:(?P<d2>{_DAY_NUM})[ \t]?[日号])"
    # A month alone (8月份出口, 今年5月和10月, 6月底前); in Chinese digits only with 份 or a part of
    # the month (三月份, 三月初), since 十月革命, 五月天 and 一月所得 are no dates.
    rf"|(?<![\d年个第每.{_CN_NUM}])(?P<m3>1[0-2]|0?[1-9])[ \t]?月份?{_MONTH_PART}?(?![\d日号])"
    rf"|(?<![年个第每几{_CN_NUM}])(?P<m3c>十[一二]?|[一二三四五六七八九])月(?:份{_MONTH_PART}?|{_MONTH_PART})"
    # 今年四月…；六月調升…；七月調升: a month in Chinese digits opening a clause after a semicolon, as in a list of months
    rf"|(?<=[；;])(?P<m3s>十[一二]?|[一二三四五六七八九])月(?![\d日号天份])"
    rf"|(?<![\d.])(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![\d.])"
    rf"|(?<![\d])(?P<dec>\d0|\d{{3}}0)年代(?!表)"
    # 十九世纪四十年代 (1840s), 上世纪八十年代, 八十年代: a decade in Chinese is of the 1900s unless a
    # century is named; 二十年代 and 一十年代 without one are left (the 1920s or the 2020s).
    rf"|(?:(?P<cen>{_CENTURY})世纪|(?P<cenrel>上|本)个?世纪)(?P<cdec>[一二三四五六七八九]十|[1-9]0)年代"
    rf"|(?<![{_CN_NUM}])(?P<cdec2>[三四五六七八九])十年代"
    # 一九七○年代, 八○年代: a decade written with its zero (○, U+25CB, in older texts; 〇, 零)
    rf"|(?<![{_CN_NUM}])(?P<cdecz>[一二][〇○零一二三四五六七八九]{{2}}|[三四五六七八九])[〇○零]年代"
    rf"|(?:(?P<cen2>{_CENTURY})世纪|(?P<cenrel2>上|本)个?世纪)末"  # 二十世纪末: 2000
    rf"|(?P<today>今|昨|明|本)[（(](?P<td>\d{{1,2}})[）)]日"
    # 本（12）月20日, 上（7）月: the release's month (or the one before it) with its number in brackets
    rf"|(?P<mb>本|上)[（(](?P<mbn>1[0-2]|0?[1-9])[）)]月(?:{_DAY.replace('(?P<d>', '(?P<mbd>')})?"
    # 后天 not in 先天下之忧而忧，后天下之乐而乐, nor as "acquired" (后天性); 明日 not in 文明日益, 明日之星
    rf"|(?P<todayw>今天|今日|昨天|昨日|明天|今晚|昨晚|明晚|大前天|大后天|前天|(?<![当目眼之以从提])前日(?![本益趋渐元圆币])|后天(?![下性])"
    rf"|(?<![文光聪说证表分])明日(?![益之的黄]))"
    # 上週五, 本週三, 上星期二, 下个礼拜一: a day of the document's week, or of the week before or after
    rf"|(?P<week>上上个?|上个?|下个?|本|这个?)(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])(?![天日个次])"
    # 本月30日, 这个月10日, 上个月13日: a day of this month (or the one before)
    rf"|(?P<thismonth>本月|上月|下月|上个月|下个月|这个月)(?:[ \t]?(?P<tmd>{_DAY_NUM})[ \t]?[日号])?"
    # 今冬明春, 去冬以来: a season of this year, the next or the last (a season stays its year)
    rf"|(?P<season>今|明|去)[春夏秋冬](?![天季节])"
    rf"|(?P<twoyears>今明|明后)两年"  # 今明两年: this year and the next, one span
    # 过去一年多, 一年多来, 过去两年多来: a length (两年多, README), no date
    rf"|(?P<pastone>过去一年|过去的一年|(?<!近)一年来)(?!多)"
    rf"|(?P<ahead>今后|未来|此后)[ \t]?(?P<an>[{_CN_NUM}\d]{{1,3}})[ \t]?年(?![来前後后])"
    # 过去8年来 is 过去8年 (round 8); 近5年来 and 五年来 are lengths, no dates (rounds 5-7), as 将近30年 and 两年多
    rf"|(?P<past>过去的|过去|(?<!将)近|最近)[ \t]?(?P<pn>[{_CN_NUM}\d]{{1,3}})[ \t]?年(?!多)(?:(?P<pastlai>以?来)|(?!来|以来))"
    # 这五年, 后三年: the years of the span named last (过去的五年中……后三年), or none
    rf"|(?P<these>这|前|后)(?P<tn>[二三四五六七八九十两]|\d{{1,2}})年(?![来前后内里度级底初末])"
    rf"|(?<![几数多十百{_CN_NUM}\d])(?P<ago>[{_CN_NUM}\d]{{1,3}})年前(?P<agoday>的今天)?"  # 25年前的今天: a day
    rf"|第(?P<plank>[一二三四五六七八九十]{{1,2}})个五年计划(?:的?(?P<pky>最后一|头一|第[一二三四五])年)?"
    rf"|[“‘]?(?P<plan>[一二三四五六七八九十]{{1,3}})五[”’\"]?(?P<planpart>时期|期间|间期|计划|规划|末期)"
    rf"|{_DAY_ONLY}"
    rf"|(?P<sameday>同日|当日(?!本))"  # 当日本有需要时: when Japan...
    rf"|(?P<nexty>隔年|翌年|(?<![这此本每])次年(?![会度]))"  # not 这次年会, 本次年会 (this annual meeting)
    # 2025-2026, （2026–2035）, 从2016到2018: two bare years make a span (2011-2020年 is joined below)
    rf"|(?<![\d.,A-Za-z第/-])(?P<by1>(?:19|20)\d\d)[ \t]*(?:-|–|—|~|～|至|到)[ \t]*(?P<by2>(?:19|20)\d\d)"
    rf"(?![\d.,年月日号多余届期万亿千百十兆%])"
    # a bare year opens a quoted name too: 「2050淨零轉型」 is a goal for 2050; an event's name says its year (round 8)
    # after a space or before its quotes too: 「2025 ITF台北國際旅展」, 2025「哈利法克斯臺北論壇」, 1979、1980两年
    rf"|(?<![\d.,A-Za-z第(（/-])(?P<bare>(?:19|20)\d\d)(?=[\u4e00-\u9fff]|[ \t]+[A-Za-z\u4e00-\u9fff]|[「『]"
    rf"|[ \t]*、[ \t]*(?:19|20)\d\d[ \t]?(?:年|两年))(?![年月日号多余届期万亿千百十兆])"
    rf"|(?<![{_CN_NUM}])(?P<cbare>(?:一[七八九]|二[〇○零])[〇○零一二三四五六七八九]{{2}})(?=比|和|与|及|、|至|到|两年)"
    # a quarter alone says 第 or 度 (第三季, 四季度): 四季平安, 三季能种的 are seasons
    rf"|(?<![年\d])(?P<lone>第{_QUARTER}|[一二三四1-4]季度|上半年|下半年|前三季度|全年|年末|年底|年初(?![一二三四五六七八九十])|同期)"
)
#: the same matches, found 12x faster: see first_chars
_DATE = re.compile(guarded(_DATE_PATTERN))
#: ROC (Minguo) years in Taiwan texts: 113年 is 2024. Not after words that make it a span of time, nor a length
#: (已有98年歷史, 長達45年之久, 更燦爛的100年, 歐戰結束後的80年: no release says 的113年 or 有113年 for a year).
_ROC = re.compile(
    rf"(?<![\d近逾超约达满共第每长个])(?<!超过)(?<!过去)(?<!经过)(?<!度过)(?:(?P<minguo>民国)?(?<!的)(?<!有)(?P<roc>\d{{2,3}})|民国(?P<rocc>[〇零一二三四五六七八九十百]{{1,5}}))年(?P<fiscal>度)?(?!代|级|来|间|内|多|余|以|左右|前|后|期|历史|之久)"
    rf"(?:{_PERIOD}|{_MONTH}(?:{_DAY})?)?"
)

#: 520 in Taiwan releases is 20 May, the day a president takes office (520就職, 去年520上任).
_INAUGURATION = re.compile(
    r"(?<![\d.,])(?:(?P<irel>今年|去年|明年)[ \t]?)?520(?![\d.])(?=[ \t]?(?:就[职職]|就任|上任|交接|卸任|[总總][统統]))"
)
_SHIFT = {"今年": 0, "去年": -1, "明年": 1}


def _inauguration(m: re.Match, doc: DocumentDate) -> str:
    """That year's 20 May (去年520), else the current term's: a term begins every four years since 1996, so in
    2025 520就職 is 2024's. Without a document date, the document's year (as 8月31日 is)."""
    shift = _SHIFT[m.group("irel")] if m.group("irel") else None
    if doc.year is None:
        return ("Y" if not shift else f"Y[{shift:+d}]") + "-05-20"
    year = doc.year + shift if shift is not None else doc.year - max(0, doc.year - 1996) % 4
    return f"{year:04d}-05-20"


#: A date right after one of these is a comparison base (比上年增长): it does not set the topic.
_COMPARED = re.compile(r"(?:比|较|与|相比|相较|对比|高于|低于|较于)$")


def find_dates(
    folded: str,
    *,
    document: DocumentDate | None = None,
    roc: bool = False,
    year: int | None = None,
    losses: list | None = None,
) -> list[DateMention]:
    """Dates in ``folded`` (see :func:`numerals.fold`, Simplified characters), in order.

    ``document`` is the document's own date (``year`` alone is shorthand for it).
    A date whose reading raises is lost alone (logged, appended to ``losses``).
    """
    doc = document if document is not None else DocumentDate(year)
    matches = [
        (m.start(), m.end(), m, False)
        for m in _DATE.finditer(folded)
        if not ((m.group("bare") or m.group("by2")) and _is_amount(folded, m.end()))
    ]
    if roc or "民国" in folded:  # 民国三年 names its era in any script
        events = [(m.start(), m.end(), m, True) for m in _INAUGURATION.finditer(folded)] if roc else []
        matches = [x for x in matches if not any(a < x[1] and x[0] < b for a, b, _, _ in events)] + events
        taken = [(s, e) for s, e, _, _ in matches]
        for m in _ROC.finditer(folded):
            if (
                (roc or "民国" in m.group())
                and roc_year(m)
                and not any(a < m.end() and m.start() < b for a, b in taken)
            ):
                matches.append((m.start(), m.end(), m, True))
        matches.sort(key=lambda x: x[0])
    resolver = Resolver(doc)
    out = []
    for s, e, m, is_roc in matches:
        if m.re is _INAUGURATION:  # a day named by its event: not the topic of what follows
            out.append(DateMention(s, e, _inauguration(m, doc)))
            continue
        try:
            when = resolver.resolve(m, is_roc, compared=bool(_COMPARED.search(folded, max(0, s - 2), s)))
            if when is SKIP:
                continue
            value = when.value() if when is not None else None
            opening = _OPENING_ROC.search(folded, max(0, s - 6), s) if is_roc and value and value.isdigit() else None
            if opening and not (out and out[-1].end > opening.start()):
                first = int(opening.group(1)) + 1911
                if 0 < int(value) - first <= 30:  # 104至113年: one span of ROC years
                    out.append(DateMention(opening.start(), e, f"{first}/{value}"))
                    continue
            out.append(DateMention(s, e, value))
        except Exception as err:  # noqa: BLE001 - this date is lost, not the document's others
            lose(losses, "date", s, e, folded, err)
    return _join_spans(folded, out)


#: Between two years that make one span: 从今年起至2028年, 一九五〇年到一九五三年, 2021—2025年.
_SPAN_GAP = re.compile(r"[ \t]*(?:起|开始)?[ \t]*(?:至|到|—|–|~|～)[ \t]*")
_YEAR_ONLY = re.compile(r"(?:\d{4}|Y(?:\[[+-]\d+\])?)")


#: 2018/1/10-2018/7/10: a hyphen between two days of known years
_HYPHEN = re.compile(r"[ \t]*-[ \t]*")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: 104至113年, 107~112年: an ROC number that opens a span closed by an ROC year.
_OPENING_ROC = re.compile(r"(?<![\d.,])(\d{2,3})[ \t]*(?:至|到|—|–|~|～|-)[ \t]*$")
#: 2023至2027年, （2021-2025年）: a bare year that opens a span closed by a year with 年.
_OPENING_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)[ \t]*(?:至|到|—|–|~|～|-)[ \t]*$")


#: 一九七九和一九八○两年: two years said together as a span.
_AND = re.compile(r"[ \t]*(?:和|与|及|、)[ \t]*")
#: 一九七九和一九八○两年, 2015年和2018年之间, 2007年与2009年间 (not 间接)
_TWO_YEARS = re.compile(r"两年|之间|间(?![接隔断])")


def _join_spans(folded: str, dates: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        m = _OPENING_YEAR.search(folded, max(0, d.start - 8), d.start) if d.value and d.value.isdigit() else None
        if m and (prev is None or prev.end <= m.start()) and 0 < int(d.value) - int(m.group(1)) <= 30:
            out.append(DateMention(m.start(), d.end, f"{m.group(1)}/{d.value}"))
            continue
        if (
            prev is not None
            and prev.value
            and d.value
            and "/" not in prev.value + d.value
            # 去年下半年到今年, 2019年10月至2020年3月, 5月1日至7日; not 今年至11月底 (this year so far)
            and not (_YEAR_ONLY.fullmatch(prev.value) and not _YEAR_ONLY.fullmatch(d.value))
            and (
                _SPAN_GAP.fullmatch(folded, prev.end, d.start)
                or (
                    _HYPHEN.fullmatch(folded, prev.end, d.start)
                    and _FULL_DAY.fullmatch(prev.value)
                    and _FULL_DAY.fullmatch(d.value)
                )
            )
        ):
            out[-1] = DateMention(prev.start, d.end, f"{prev.value}/{d.value}")
            continue
        two = _TWO_YEARS.match(folded, d.end)
        if two and prev and prev.value and d.value and _AND.fullmatch(folded, prev.end, d.start):
            if _YEAR_ONLY.fullmatch(prev.value) and _YEAR_ONLY.fullmatch(d.value):
                out[-1] = DateMention(prev.start, two.end(), f"{prev.value}/{d.value}")
                continue
        out.append(d)
    return out


def _is_amount(folded: str, end: int) -> bool:
    """2000吨, 1999元: a number with a unit after it is a figure, not a bare year."""
    from .units import CURRENCY_AFTER, MEASURE_AFTER  # only for bare four-digit numbers

    return bool(MEASURE_AFTER.match(folded, end) or CURRENCY_AFTER.match(folded, end))
