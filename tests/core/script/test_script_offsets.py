"""Spans keep landing on the right characters when conversion changes length."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.ingest.builder import build_article, load_pasted
from desktop.core.ingest.text import normalise
from desktop.core.script import ConvertedView, ScriptVariant, convert, convert_with, render_article

# s2twp rewrites words: U盘 → 隨身碟 (+1), 方便面 → 泡麵 (−1), 打印机 → 印表機
# (same length, reordered), 软件 → 軟體 (same length, substituted).
TEXT = "产品标题\n插入U盘后打开软件。打印机和方便面都在这里，共3台。\n## 小节\nU盘和方便面，价格上涨12%。"


def taiwan_view(text=TEXT, phrases=True):
    return ConvertedView(load_pasted(text), ScriptVariant.TAIWAN, phrases=phrases, source="simplified")


def test_phrase_conversion_changes_length_and_spans_follow():
    view = taiwan_view("插入U盘后打开软件。价格上涨12%。")
    assert view.text == "插入隨身碟後開啟軟體。價格上漲12%。"
    i = view.article.text.index("价格")
    assert view.slice(i, i + 4) == "價格上漲"
    assert view.to_source(view.to_view(i)) == i


def test_lengths_that_cancel_out_still_shift_spans_in_between():
    # U盘 grows by one and 方便面 shrinks by one: the total length is unchanged,
    # but everything between them moves.
    view = taiwan_view()
    article = view.article
    assert len(view.text) == len(article.text)
    for word, shown in [
        ("U盘", "隨身碟"),
        ("方便面", "泡麵"),
        ("打印机", "印表機"),
        ("软件", "軟體"),
        ("12%", "12%"),
        ("3台", "3臺"),
    ]:
        start = 0
        while (start := article.text.find(word, start)) >= 0:
            assert view.slice(start, start + len(word)) == shown, word
            start += 1


def test_text_after_a_rewritten_phrase_is_not_shifted():
    view = taiwan_view()
    i = view.article.text.index("这里")
    vs, ve = view.span_to_view(i, i + 2)
    assert view.text[vs:ve] == "這裡"
    assert view.to_source(vs) == i


def test_offset_inside_a_rewritten_phrase_snaps_to_its_edges():
    view = taiwan_view()
    i = view.article.text.index("方便面")
    vs = view.to_view(i)
    assert view.text[vs : vs + 2] == "泡麵"
    # "便面" cuts the phrase: the view shows the whole rewritten word, never half of it.
    assert view.slice(i + 1, i + 3) == "泡麵"
    assert view.to_view(i + 1) == vs
    assert view.to_source(vs + 1) == i  # inside 泡麵 → start of 方便面


def test_original_text_behind_a_view_span():
    view = taiwan_view()
    vi = view.text.index("隨身碟")
    assert view.original(vi, vi + 3) == "U盘"
    assert view.original(vi + 1, vi + 2) == "U盘"


def test_titles_and_headings_are_converted():
    view = taiwan_view("# 网络软件\n\n## 打印机\n\n插入U盘。")
    assert view.title == "網路軟體"
    titles = [view.section_title(i) for i in range(len(view.article.sections))]
    assert "印表機" in titles
    sec = next(s for s in view.article.sections if s.title == "打印机")
    assert view.slice(sec.heading_start, sec.heading_end) == "印表機"


def test_without_phrases_only_characters_change_and_offsets_are_identity():
    view = taiwan_view(phrases=False)
    assert view.map.is_identity
    assert len(view.text) == len(view.article.text)
    assert "U盤" in view.text and "軟件" in view.text


def test_a_fact_span_in_the_converted_view_shows_the_converted_fact_text(seed_article):
    # Facts are spans into Article.text (Fact.text == text[start:end]); the
    # facts table shows view.slice(start, end).
    article = seed_article
    view = render_article(article, ScriptVariant.TAIWAN, phrases=True)
    for fact_text in ["全国“人民满意的公务员集体”", "50万", "320个国际知名品牌", "2万家商户"]:
        start = article.text.index(fact_text)
        assert view.slice(start, start + len(fact_text)) == convert(
            fact_text, "taiwan", source="simplified", phrases=True
        )
    assert view.slice(article.text.index("320个"), article.text.index("320个") + 4) == "320個"


def test_render_article_reuses_the_view_until_the_text_changes(seed_article):
    first = render_article(seed_article, "traditional")
    assert render_article(seed_article, ScriptVariant.TRADITIONAL) is first
    assert render_article(seed_article, "traditional", phrases=True) is not first
    assert render_article(seed_article, "hongkong") is not first


TOKENS = [
    "U盘",
    "方便面",
    "软件",
    "打印机",
    "打开",
    "网络",
    "出租车",
    "全局",
    "优化",
    "信息",
    "的",
    "和",
    "在",
    "发",
    "后",
    "里",
    "了",
    "，",
    "。",
    "！",
    "\n",
    "12",
    "%",
    " ",
    "a",
    "“",
    "”",
]
texts = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60).map("".join).filter(lambda t: normalise(t).strip())
VARIANTS = [
    ("simplified", ScriptVariant.TAIWAN, True),
    ("simplified", ScriptVariant.HONGKONG, True),
    ("simplified", ScriptVariant.TRADITIONAL, False),
    ("taiwan", ScriptVariant.SIMPLIFIED, True),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, route=st.sampled_from(VARIANTS), data=st.data())
def test_offset_map_properties(text, route, data):
    source, variant, phrases = route
    if source == "taiwan":
        text = convert(text, "taiwan", source="simplified", phrases=True)
    article = build_article(normalise(text))
    view = ConvertedView(article, variant, phrases=phrases, source=source)
    n, vn = len(article.text), len(view.text)
    # Monotone and onto the whole view.
    mapped = [view.to_view(x) for x in range(n + 1)]
    assert mapped == sorted(mapped)
    assert mapped[0] == 0 and view.map.to_view(n, end=True) == vn
    back = [view.to_source(v) for v in range(vn + 1)]
    assert back == sorted(back)
    # Any span stays inside the view, in order.
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    vs, ve = view.span_to_view(start, end)
    assert 0 <= vs <= ve <= vn
    # Sentence, heading and title boundaries map exactly and round-trip, and
    # each sentence shows exactly its own conversion.
    config = view.config
    for s in article.sentences:
        assert view.to_source(view.to_view(s.start)) == s.start
        assert view.to_source(view.to_view(s.end)) == s.end
        assert view.slice(s.start, s.end) == convert_with(config, article.text[s.start : s.end])


def test_batch_mapping_agrees_with_one_span_at_a_time():
    text = "\n".join(
        ["插入U盘后打开软件。打印机和方便面都在这里。", "## 网络", "U盘和方便面，价格上涨12%。出租车很多。"] * 3
    )
    spans = [(s.start, s.end) for s in load_pasted(text).sentences]
    batch = taiwan_view(text).spans_to_view(spans)
    one_by_one_view = taiwan_view(text)
    assert batch == [one_by_one_view.span_to_view(s, e) for s, e in spans]
    assert any(ve - vs != e - s for (vs, ve), (s, e) in zip(batch, spans))
