"""Labels: what a figure measures, read from the words around it in its clause.

Rules, in order (the clause is the text between punctuation marks around the figure):
1. After a change word (``同比增长8.6%``) the label is the measure and the
   change: ``社零总额 同比增长``; the measure is the noun phrase before the
   change word, else the label of the sentence's previous figure.
2. ``…的`` after the figure names the measure: ``7%左右的商品销售总额``.
3. A count names what it counts right after its measure word:
   ``7018家个体户`` → ``个体户``.
4. Otherwise the noun phrase just before the figure, after dropping verbs such
   as 实现/累计/发放: ``实现社零总额545.3亿元`` → ``社零总额``.
"""
from __future__ import annotations

import re

from .words import _simplified, segment, tags

_BOUNDARY = re.compile(r"[，,；;：:。！？!?、（）()\n—…\[\]【】]")
_QUOTES = re.compile(r"[“”\"'‘’「」『』《》]")
_CHANGE = re.compile(
    r"(同比|环比|比上年同期|比上年|比去年|较上年|较去年|年均|平均)?"
    r"(增长|下降|提高|降低|增加|减少|上升|回落|上涨|下跌|增幅|降幅|增速|扩大|缩小|减收|增收)(?:了|为|到|达|至)?$"
)
_NOUNISH = {"n", "nz", "ns", "nt", "nr", "j", "ng", "an", "b", "l", "s", "nrt", "nrfg", "x"}
_SKIP = frozenset(
    "的 了 为 是 有 占 达 达到 实现 累计 共计 合计 总计 完成 贡献 约 超 超过 仅 共 已 已经 连续 保持 就 都 均 分别 "
    "这里 那里 其中 仅用 用 以 在 从 到 由 和 与 及 等 其 全年 今年 去年 目前 截至 近 将 再 又 还 也 并 以上 左右".split()
)


def label(text: str, start: int, end: int, kind: str, unit: str | None, clause_start: int, clause_end: int,
          previous: str = "") -> str:
    """The label of the figure at ``[start, end)`` of ``text`` (offsets into the same string).

    ``clause_start``/``clause_end`` bound the search (the sentence); ``previous``
    is the label of the figure before it in the sentence, for ``同比增长8.6%``.
    """
    left_start = clause_start
    for m in _BOUNDARY.finditer(text, clause_start, start):
        left_start = m.end()
    m = _BOUNDARY.search(text, end, clause_end)
    right_end = m.start() if m else clause_end
    left = _QUOTES.sub("", text[left_start:start])
    right = _QUOTES.sub("", text[end:right_end])
    change = _CHANGE.search(left)
    if change and kind not in ("date", "rank"):
        words = change.group(0)
        for particle in "了为到达至":
            words = words.removesuffix(particle)
        measure = _noun_before(left[:change.start()]) or previous
        return f"{measure} {words}".strip()
    if right.startswith("的"):
        found = _noun_after(right[1:])
        if found:
            return found
    durations = unit in ("个月", "年", "周", "天", "小时", "分钟", "秒", "周年")
    if kind in ("quantity", "money") and not durations:
        found = _noun_after(right)
        if found and kind == "quantity":
            return found
    found = _noun_before(left)
    if found:
        if kind in ("ratio", "percent") and left.rstrip("的").endswith(found) and left.rstrip("的")[:-len(found)].endswith("占"):
            return "占" + found
        return found
    found = _noun_after(right)
    if found:
        return found
    if durations:
        words, size = [], 0
        for word, _ in segment(right.strip()[:12]):
            if size + len(word) > 8:
                break
            words.append(word)
            size += len(word)
        return "".join(words)
    return ""


def _noun_before(left: str) -> str:
    tokens = segment(left[-16:]) if left else []
    while tokens and (tokens[-1][0] in _SKIP or tokens[-1][1] in ("u", "uj", "ul", "p", "d", "c", "r", "m", "q", "t")):
        tokens.pop()
    picked: list[tuple[str, str]] = []
    while tokens:
        word, tag = tokens[-1]
        if picked and len(word) + sum(len(w) for w, _ in picked) > 6:
            break
        if word in _SKIP or word.isspace():
            break
        nounish = tag in _NOUNISH and not (tag == "x" and not _cjk(word))
        between = tag == "vn" and picked and len(tokens) > 1 and tokens[-2][1] in _NOUNISH
        if not (nounish or between):
            break
        picked.insert(0, tokens.pop())
    if not picked and tokens and tokens[-1][1] in ("v", "vn") and len(tokens[-1][0]) >= 2:
        return tokens[-1][0]  # 成功授信331户: the act itself is the measure
    return _without_verb("".join(w for w, _ in picked))


def _without_verb(phrase: str) -> str:
    """发放贷款 → 贷款: a verb glued to the measure by the dictionary is not part of what is measured."""
    table = tags()
    simple = _simplified(phrase)
    if len(phrase) >= 4 and table.get(simple[:2]) == "v" and table.get(simple[2:], "").startswith("n"):
        return phrase[2:]
    return phrase


def _noun_after(right: str) -> str:
    tokens = segment(right[:14]) if right else []
    picked: list[str] = []
    for i, (word, tag) in enumerate(tokens):
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if word in _SKIP:
            break
        if (tag in _NOUNISH or tag == "t" and not picked) and (tag != "x" or _cjk(word)):
            picked.append(word)
        elif tag in ("v", "vn", "a") and picked and nxt in _NOUNISH or tag in ("a", "v") and not picked and nxt in _NOUNISH and nxt != "x" and len(word) == 2:
            picked.append(word)  # 国际知名品牌: an attribute between nouns belongs to the phrase
        else:
            break
        if len("".join(picked)) >= 8:
            break
    while picked and tokens and (picked[-1] in _SKIP):
        picked.pop()
    return "".join(picked)


def _cjk(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


#: English for common measures; the glossary layer replaces this through ``english=``.
ENGLISH = {
    "社零总额": "retail sales of consumer goods", "社会消费品零售总额": "retail sales of consumer goods",
    "销售总额": "total sales", "商品销售总额": "total sales of goods", "日均人流量": "daily foot traffic",
    "人流量": "foot traffic", "日均客流": "daily visitors", "客流": "visitors", "贷款": "loans",
    "个体户": "self-employed businesses", "个体工商户": "self-employed businesses", "企业": "enterprises",
    "商户": "merchants", "品牌": "brands", "国际知名品牌": "internationally known brands",
    "全球高端品牌": "global luxury brands", "项目": "projects", "投资总额": "total investment",
    "市场主体": "market entities", "授信": "credit granted", "首店": "flagship first stores",
    "职工": "staff", "个人": "individuals", "集体": "collectives", "措施": "measures", "方面": "areas",
    "外语文献": "foreign-language literature", "日夜": "days and nights", "核心区面积": "core area",
    "全市增量": "city-wide increase", "占全市增量": "share of the city-wide increase",
    "国内生产总值": "GDP", "财政收入": "fiscal revenue", "居民消费价格": "consumer prices",
    "城镇新增就业": "new urban jobs", "粮食产量": "grain output", "进出口总额": "total imports and exports",
    "固定资产投资": "fixed-asset investment", "营业收入": "operating revenue", "人口": "population",
    "同比增长": "year-on-year growth", "同比下降": "year-on-year decline", "环比增长": "month-on-month growth",
    "增长": "growth", "下降": "decline", "提高": "increase", "降低": "reduction", "增加": "increase",
    "减少": "decrease", "上升": "rise", "比上年增长": "growth over the previous year", "增幅": "growth rate",
}


def english_for(label_text: str) -> str:
    """English for a label from :data:`ENGLISH`: each space-separated part must be known, else ``''``."""
    parts = label_text.split()
    if not parts or any(p not in ENGLISH for p in parts):
        return ""
    return ", ".join(ENGLISH[p] for p in parts)
