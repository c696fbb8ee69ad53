"""People, organisations, places and quoted terms.

Method (measured on the 1.1 M-character work reports: see ``benchmarks/bench_facts.py``):
patterns find candidates cheaply over the whole text, and jieba segments only
a short window around each organisation candidate; its HMM tagger runs only on
sentences with a speech verb (说/表示/指出…) that no pattern already explained.

- people: a title before the name (``招商专员谢佳``, ``工作人员洪宁``), a
  byline (``通讯员 吴嘉雯 黄丽丽``), a name before a title (``賴清德總統``),
  then every other occurrence of a found name;
- organisations: a window ending in an organisation suffix
  (办公室/委员会/局/院/网/行/商圈办…) extended leftwards over nouns and place names
  (``江北区观音桥商圈管理办公室``), plus jieba's ``nt`` words;
- places: a known province/region/country, or a word ending in 省/市/区/县 that
  jieba's dictionary tags ``ns``;
- terms: text in “…”, 「…」, 『…』 and 《…》, quotes included.

Each mention is ``(kind, start, end, label)`` with offsets into the text given.
"""
from __future__ import annotations

import re

from .words import segment, tag_people, tags

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤洪赖卓柯翁游詹庄"
    "陳楊黃趙吳鄭謝許韓馮鄧蕭葉蘇盧賴蔣龔顧賀嚴錢湯莊劉張孫馬羅於蕭鍾譚閻龐蔡賈"
)
_COMPOUND = "欧阳|司马|诸葛|上官|东方|皇甫|歐陽|司馬"
_NAME = rf"(?:{_COMPOUND}|[{_SURNAMES}])[\u4e00-\u9fff]{{1,2}}"
_TITLES = (
    "专员|主任|书记|局长|部长|厅长|处长|科长|院长|校长|所长|董事长|总经理|经理|主席|总统|总理|市长|区长|县长|省长|"
    "委员|工作人员|负责人|教授|研究员|医生|记者|通讯员|发言人|大使|秘书长|会长|理事长|行长|总裁|创始人|院士|老师|"
    "總統|總理|主委|部長|院長|董事長|總經理|記者|通訊員|發言人|秘書長|會長|理事長|市長|縣長|立委|議員|委員"
)
_STOP = set("在是说的时和等了为从对向表指也就将已于与及带称介认强透坦告笑今昨一曾都还又并率同所被把让给谈作前后近随当共正很亲等们")
_TITLE_NAME = re.compile(rf"(?:{_TITLES})[ \t]?(?P<name>{_NAME})")
_NAME_TITLE = re.compile(rf"(?:(?<=[^\u4e00-\u9fff])|(?<=[由与和及向对在请])|^)(?P<name>{_NAME})(?=總統|总统|副總統|副总统|董事长|董事長|总经理|總經理|先生|女士|教授|院士)")
_BYLINE = re.compile(r"(?:通讯员|记者|通訊員|記者|实习生|實習生)[ \t:：]*(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t、,，]+[\u4e00-\u9fff]{2,3})*)")
# A surname and one or two characters right before a speech verb: only such
# sentences are worth jieba's HMM tagger (~165 KB/s).
_SPEECH = re.compile(rf"[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:说|表示|指出|强调|介绍|认为|說|認為|強調)")

_ORG_SUFFIX = re.compile(
    r"管理办公室|办公室|委员会|管委会|党工委|政府|集团|公司|银行|建行|工行|农行|中行|协会|商会|学会|大学|学院|医院|法院|检察院|"
    r"研究院|研究所|科学院|国务院|商圈办|工作组|辦公室|委員會|政府|集團|銀行|協會|商會|大學|學院|醫院|[局厅署办网行院]"
)
_ORG_GENERIC = frozenset("办公室 委员会 政府 公司 银行 中心 大学 学院 医院 研究院 集团 协会 商会 学会 工作组 网 行 院 局 办".split())
_ORG_TAGS = {"n", "ns", "nt", "nz", "j", "nr", "vn", "x", "s", "f"}
_ORG_STOP = frozenset("荣获 获评 获 在 与 和 及 的 了 是 为 由 对 向 将 已 就 等 全国 其中 携手 成立 形成".split())

_PLACES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 "
    "陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 西南 西北 东北 华北 华东 华南 华中 中国 美国 日本 俄罗斯 "
    "英国 法国 德国 韩国 印度 欧洲 亚洲 非洲 臺灣 台北 臺北 高雄 台中 臺中 臺南 台南 新北 桃園 中國 美國 歐洲 亞洲"
).split()
_PLACE_RE = re.compile("|".join(sorted(_PLACES, key=len, reverse=True)))
_PLACE_SUFFIX = re.compile(r"[省市区县縣區]")
_TERM = re.compile(r"“[^“”\n]{1,30}”|「[^「」\n]{1,30}」|『[^『』\n]{1,30}』|《[^《》\n]{1,40}》")


def find_names(text: str, sentences: list[tuple[int, int]] | None = None, *, traditional: bool = False) -> list[tuple[str, int, int, str]]:
    """``(kind, start, end, label)`` for people, organisations, places and terms in ``text``.

    jieba's tagger is trained on Simplified text, so with ``traditional`` only the patterns find people.
    """
    if traditional:
        sentences = []
    out: list[tuple[str, int, int, str]] = [("term", m.start(), m.end(), "") for m in _TERM.finditer(text)]
    orgs = _organisations(text)
    out += orgs
    out += _people(text, sentences or [], orgs)
    taken = [(s, e) for _, s, e, _ in orgs]
    out += [p for p in _places(text) if not any(a <= p[1] < b for a, b in taken)]
    out.sort(key=lambda m: (m[1], -m[2]))
    return out


def _trim(name: str) -> str:
    return name[:-1] if len(name) == 3 and name[2] in _STOP else name


def _people(text: str, sentences: list[tuple[int, int]], orgs) -> list[tuple[str, int, int, str]]:
    names: dict[str, str] = {}
    for m in _BYLINE.finditer(text):
        role = m.group(0)[:3].strip()
        for part in re.split(r"[ \t、,，]+", m.group("names")):
            if part and (part[0] in _SURNAMES or part[:2] in _COMPOUND):
                names.setdefault(_trim(part), role)
    for m in _TITLE_NAME.finditer(text):
        title = m.group(0)[: m.start("name") - m.start()].strip()
        names.setdefault(_trim(m.group("name")), title)
    for m in _NAME_TITLE.finditer(text):
        if "副" not in m.group("name"):
            names.setdefault(m.group("name"), text[m.end():m.end() + 2])
    for s, e in sentences:
        sentence = text[s:e]
        if len(sentence) <= 240 and _SPEECH.search(sentence) and not any(n in sentence for n in names):
            for name in tag_people(sentence):
                names.setdefault(name, "")
    org_spans = [(s, e) for _, s, e, _ in orgs]
    out = []
    if names:
        pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for a, b in org_spans):
                out.append(("person", m.start(), m.end(), names[m.group(0)]))
    return out


def _organisations(text: str) -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = []
    last_end = -1
    for m in _ORG_SUFFIX.finditer(text):
        end = m.end()
        if end <= last_end or (len(m.group(0)) == 1 and (end < len(text) and _joins(m.group(0), text[end]) or text[end - 2:end - 1] in _VERB_BEFORE)):
            continue
        window_start = max(0, end - 16)
        tokens = segment(text[window_start:end])
        suffix = m.group(0)
        last = tokens[-1][0] if tokens else ""
        if not last or not (suffix.endswith(last) or last.endswith(suffix) and (len(suffix) > 1 or tokens[-1][1] in ("nt", "nz", "j"))):
            continue  # the suffix sits inside another word (举行, 布局, 网络)
        picked = [tokens.pop()]
        while tokens:
            word, tag = tokens[-1]
            chained = len(word) == 1 and len(picked[0][0]) == 1 and tag not in ("p", "u", "uj", "c", "d", "r", "m")
            if word in _ORG_STOP or not ((tag in _ORG_TAGS or chained) and all("\u4e00" <= c <= "\u9fff" for c in word)):
                break  # 戴德梁行: a chain of single characters is a transliterated name
            if tag == "x" and len(word) == 1 and picked and picked[0][1] != "x" and len(picked) > 1:
                break
            picked.insert(0, tokens.pop())
        name = "".join(w for w, _ in picked)
        if len(name) < 3 or name in _ORG_GENERIC or (len(picked) == 1 and picked[0][1] not in ("nt", "nz", "j", "n")):
            continue
        start = end - len(name)
        out.append(("organization", start, end, ""))
        last_end = end
    return out


#: Characters that make a one-character suffix part of a verb: 簽署, 部署, 布局, 進行, 同行, 犯罪行.
_VERB_BEFORE = set("签簽部布全格结結进進举舉同执執运運实實发發旅流推施履可现現平并並风風罪银銀")


def _joins(suffix: str, nxt: str) -> bool:
    """True when the one-character suffix begins a longer word: 局面, 网络, 行动, 院子, 办法."""
    return nxt in {"局": "面势部限", "厅": "堂", "署": "名", "办": "法理事好成", "网": "络站点格民上购", "行": "动为业政使列走进驶程",
                   "院": "子线士校長长"}.get(suffix, "")


def _places(text: str) -> list[tuple[str, int, int, str]]:
    out = [("place", m.start(), m.end(), "") for m in _PLACE_RE.finditer(text)]
    table = tags()
    for m in _PLACE_SUFFIX.finditer(text):
        for length in (4, 3, 2):
            s = m.end() - length
            if s >= 0 and table.get(text[s:m.end()]) == "ns" and length >= 3:
                out.append(("place", s, m.end(), ""))
                break
    out.sort(key=lambda p: (p[1], -p[2]))
    merged: list[tuple[str, int, int, str]] = []
    for p in out:
        if merged and p[1] < merged[-1][2]:
            continue
        merged.append(p)
    return merged
