"""Property tests with adversarial text (issue 14, "Keep it fixed"): loader, sections, facts,
script maps and search never crash and keep every span valid.

The alphabet mixes what real documents and hostile ones carry: CJK and CJK
Extension B (characters outside the BMP, two UTF-16 units in Qt), full-width
forms, emoji with variation selectors and ZWJ, combining marks, bidi controls,
zero-width characters, surrogate escapes (``\\udc80``-``\\udcff``, what
``errors="surrogateescape"`` leaves), numerals and exponent-like figures.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.decoding import decode_bytes
from desktop.core.ingest.text import LoadError, normalise

PIECES = [
    "观音桥",
    "商圈",
    "社零总额",
    "亿元",
    "万",
    "第",
    "年",
    "月",
    "日",
    "点",
    "分之",
    "𠀀",
    "𠮷",
    "𪚥",
    "𡈁",  # CJK Extension B
    "０１２３",
    "ＡＢｃ",
    "，",
    "。",
    "！",
    "？",
    "％",
    "（",
    "）",  # full-width forms
    "😀",
    "👨\u200d👩\u200d👧",
    "❤\ufe0f",
    "🇨🇳",  # emoji, ZWJ sequence, variation selector, flag
    "e\u0301",
    "\u0300\u0301\u0302",
    "a\u20dd",  # combining marks, alone and stacked
    "\u202e",
    "\u202c",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u061c",  # bidi controls and marks
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",  # zero-width
    "\udc80",
    "\udcff",  # surrogate escapes
    "1e400",
    "1e9 123",
    "545.3",
    "8.6%",
    "2^99999",
    "-",
    "1/0",
    "3又1/2",
    " ",
    "\u3000",
    "\n",
    "\n\n",
    "# ",
    "<p>",
    "</p>",
    "<script>",
    "&amp;",
    "\t",
    "\r\n",
]
adversarial = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)
kinds = st.sampled_from(["text", "markdown", "html"])
SETTINGS = settings(
    max_examples=int(__import__("os").environ.get("FB_PROPERTY_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _article(raw: str, kind: str):
    text = normalise(raw)
    if not text.strip():
        return None
    try:
        return build_article(text, kind)
    except LoadError:
        return None


def _check_spans(article) -> None:
    n = len(article.text)
    last = -1
    for section in article.sections:
        assert 0 <= section.start <= section.heading_start <= section.heading_end <= section.end <= n
        for p in section.paragraphs:
            assert section.start <= p.start <= p.end <= section.end
            for s in p.sentences:
                assert p.start <= s.start < s.end <= p.end
                assert s.start >= last  # reading order, no overlap
                last = s.end
    if article.title_span:
        a, b = article.title_span
        assert 0 <= a <= b <= n and article.text[a:b] == article.title


@SETTINGS
@given(data=st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_one_load_error(data):
    try:
        text, encoding = decode_bytes(data)
    except LoadError as err:
        assert str(err) and err.kind
        return
    assert isinstance(text, str) and encoding


@SETTINGS
@given(raw=adversarial)
def test_normalise_is_idempotent_and_drops_what_it_promises(raw):
    once = normalise(raw)
    assert normalise(once) == once
    assert "\r" not in once and "\u200b" not in once and "\ufeff" not in once


@SETTINGS
@given(raw=adversarial, kind=kinds)
def test_sections_keep_every_span_valid(raw, kind):
    article = _article(raw, kind)
    if article is not None:
        _check_spans(article)


@SETTINGS
@given(raw=adversarial)
def test_facts_never_crash_and_are_true_spans(raw):
    from desktop.core.facts import extract_facts

    article = _article(raw, "text")
    if article is None:
        return
    for fact in extract_facts(article):
        assert 0 <= fact.start < fact.end <= len(article.text)
        assert article.text[fact.start : fact.end] == fact.text
        if isinstance(fact.value, float):
            assert fact.value == fact.value and abs(fact.value) != float("inf")  # no NaN or infinity


@SETTINGS
@given(raw=adversarial, variant=st.sampled_from(["traditional", "taiwan", "simplified", "hongkong"]))
def test_script_maps_stay_inside_both_texts_and_in_order(raw, variant):
    from desktop.core.script.view import render_article

    article = _article(raw, "text")
    if article is None:
        return
    view = render_article(article, variant)
    n, m = len(article.text), len(view.text)
    previous = 0
    for offset in range(n + 1):
        v = view.to_view(offset)
        assert 0 <= v <= m and v >= previous
        previous = v
        assert 0 <= view.to_source(v) <= n
    for s in article.sentences:
        a, b = view.span_to_view(s.start, s.end)
        assert 0 <= a <= b <= m


@SETTINGS
@given(raw=adversarial, query=st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join))
def test_search_hits_are_true_spans(raw, query):
    from desktop.core.search import SearchIndex

    article = _article(raw, "text")
    if article is None or not query.strip():
        return
    index = SearchIndex(article, fold=_fold())
    for hit in index.query(query).hits:
        assert 0 <= hit.start < hit.end <= len(article.text)
        assert article.text[hit.start : hit.end] == hit.match


def test_bidi_text_is_kept_in_the_article_and_loses_no_offsets():
    # The reader shows the controls (see ui/test_bidi.py); the article keeps them, so spans
    # into the file's text stay exact.
    article = build_article(normalise("标题\n观音\u202e桥545.3亿元\u202c。"))
    assert "\u202e" in article.text
    _check_spans(article)


_FOLD = []


def _fold():
    from desktop.core.search.folding import ScriptFold

    if not _FOLD:
        _FOLD.append(ScriptFold.load(None))
    return _FOLD[0]


def test_a_query_with_a_surrogate_escape_from_argv_searches_instead_of_failing(seed_path, capsys):
    from desktop.cli import main

    # `fact-browser search FILE $'\x80'`: Python hands the stray byte over as U+DC80.
    assert main(["search", str(seed_path), "\udc80"]) == 0
    assert "failed" not in capsys.readouterr().err


def test_pasted_text_with_a_lone_surrogate_converts_and_searches():
    from desktop.core.ingest.builder import load_pasted
    from desktop.core.script.view import render_article

    article = load_pasted("观音桥\ud800商圈。")
    assert "\ufffd" in article.text
    assert render_article(article, "traditional").text.startswith("觀音橋")
