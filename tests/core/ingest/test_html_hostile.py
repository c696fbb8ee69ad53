"""Hostile HTML (issue 14, item 4): parsed as browsers do, nothing after a stray or unclosed
element is lost, and nothing but text is kept."""

from __future__ import annotations

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.html_blocks import html_blocks
from desktop.core.ingest.text import normalise


def text_of(markup: str) -> str:
    return build_article(normalise(markup), "html").text


@pytest.mark.parametrize(
    "element",
    [
        '<embed src="x">',
        '<img src="x">',
        "<br>",
        "<hr>",
        '<input value="x">',
        '<source src="x">',
        "<wbr>",
        '<embed src="x"/>',
    ],
)
def test_a_void_element_ends_where_it_starts(element):
    assert text_of(f"<p>前文。</p>{element}<p>后文。</p>").split("\n") == ["前文。", "后文。"]


@pytest.mark.parametrize(
    "tag", ["iframe", "object", "script", "style", "noscript", "textarea", "title", "noembed", "xmp"]
)
def test_an_unclosed_element_never_swallows_the_rest(tag):
    text = text_of(f'<p>前文。</p><{tag} src="x"><p>后文。</p><p>末段。</p>')
    assert "前文。" in text and "后文。" in text and "末段。" in text


@pytest.mark.parametrize("tag", ["script", "style", "iframe", "noscript", "template", "select", "button", "textarea"])
def test_a_closed_non_text_element_keeps_its_content_out(tag):
    text = text_of(f"<p>前文。</p><{tag}>var secret = 1;</{tag}><p>后文。</p>")
    assert "secret" not in text and text.split("\n") == ["前文。", "后文。"]


def test_a_page_inside_one_form_keeps_its_text():
    # ASP.NET wraps whole pages in <form>: dropping form content dropped the article.
    assert "正文。" in text_of('<html><body><form id="aspnetForm"><div><p>正文。</p></div></form></body></html>')


def test_object_fallback_text_is_shown():
    assert "替代文字。" in text_of('<object data="x.swf"><p>替代文字。</p></object>')


def test_misnested_tags_are_repaired_and_headings_kept():
    blocks = html_blocks(
        "<html><head><title>页题</title></head><body><h2>小节<p>一段。</h2><b><i>粗斜</b>体。</i></body></html>"
    )
    texts = [b.text for b in blocks]
    assert "小节" in texts and "一段。" in texts and any("粗斜体。" in t for t in texts)


def test_ten_thousand_nested_elements_and_a_2_mb_attribute_are_fine():
    assert text_of("<div>" * 10_000 + "深处。" + "</div>" * 10_000) == "深处。"
    assert text_of('<p title="' + "x" * 2_000_000 + '">属性之后。</p>') == "属性之后。"


def test_entities_are_decoded_once():
    assert text_of("<p>&amp;lt;中&#x6587;&nbsp;&lt;b&gt;。</p>") == "&lt;中文 <b>。"
