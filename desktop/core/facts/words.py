"""Word segmentation for labels and names: jieba, loaded on first use, never at import.

We keep a private ``jieba.Tokenizer`` so the domain words added here (``社零总额``)
do not change how other features segment text. Segmentation runs with the HMM
off and only on short windows around figures and name candidates: jieba's
segmenter does ~0.5 MB/s and its HMM part-of-speech tagger ~165 KB/s, too slow
to run over a 1 M-character document on every open.
"""
from __future__ import annotations

import logging

import threading

#: Measures that jieba's dictionary splits apart (社/零/总额) or lacks.
DOMAIN_WORDS = (
    "社零总额 社零 销售总额 人流量 日均人流量 客流 日均客流 营业收入 营收 净利润 进出口总额 "
    "社会消费品零售总额 固定资产投资 国内生产总值 一般公共预算收入 居民消费价格 城镇新增就业 "
    "城镇调查失业率 财政赤字率 市场主体 个体户 个体工商户 投资总额 首店 旗舰店 授信 商圈办 "
    "党工委 工作人员 招商专员 通讯员 核心区 增幅 降幅 增速 同比增长 同比下降 环比增长 出口额 进口额"
).split()

_lock = threading.Lock()
_tokenizer = None
_tags: dict | None = None


def tokenizer():
    """The shared private jieba tokenizer (first call loads its dictionary: ~0.6 s)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba  # noqa: PLC0415 - heavy, kept off the first-paint path

                jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" notes are noise on stderr

                tk = jieba.Tokenizer()
                tk.initialize()
                for word in DOMAIN_WORDS:
                    tk.add_word(word, freq=200000, tag="n")
                _tokenizer = tk
    return _tokenizer


def tags() -> dict:
    """jieba's dictionary part-of-speech table (word -> tag such as ``n``, ``v``, ``ns``)."""
    global _tags
    if _tags is None:
        with _lock:
            if _tags is None:
                import jieba.posseg  # noqa: PLC0415

                table = dict(jieba.posseg.dt.word_tag_tab)
                table.update({w: "n" for w in DOMAIN_WORDS})
                _tags = table
    return _tags


_t2s = None


def _simplified(text: str) -> str:
    """OpenCC t2s of ``text`` (jieba's dictionary is Simplified); ``text`` itself if lengths differ."""
    global _t2s
    if _t2s is None:
        import opencc  # noqa: PLC0415

        _t2s = opencc.OpenCC("t2s.json")
    converted = _t2s.convert(text)
    return converted if len(converted) == len(text) else text


def segment(text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs as written, dictionary tags only (``x`` when unknown).

    Traditional text is segmented through its Simplified twin (same length, so
    each word maps back to the characters as written).
    """
    table = tags()
    simple = _simplified(text) if any(ord(c) > 0x2E80 for c in text) else text
    out = []
    pos = 0
    for w in tokenizer().lcut(simple, HMM=False):
        out.append((text[pos:pos + len(w)], table.get(w, "x")))
        pos += len(w)
    return out


_pos = None


def tag_people(text: str) -> list[str]:
    """Person names (``nr``) by jieba's HMM tagger (~165 KB/s): use on single sentences only."""
    global _pos
    if _pos is None:
        import jieba.posseg  # noqa: PLC0415

        with _lock:
            if _pos is None:
                pos = jieba.posseg.POSTokenizer(tokenizer())
                pos.word_tag_tab = tags()  # share the loaded table instead of re-reading the dictionary
                _pos = pos
    return [p.word for p in _pos.lcut(text) if p.flag == "nr" and 2 <= len(p.word) <= 4]
