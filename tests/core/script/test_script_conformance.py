"""OpenCC's own test suite, run through core/script's API (not through opencc directly).

Each OpenCC configuration is reached the way the app reaches it: a source
script, a target ScriptVariant and the phrase opt-in.
"""
from __future__ import annotations

import pytest

from desktop.core.builder import build_article
from desktop.core.loading import normalise
from desktop.core.script import APP_CONFIGS, ConvertedView, ScriptVariant, config_for, convert

from shared_paths import load_opencc_testcases

V = ScriptVariant
#: OpenCC config -> how the app asks for it: (source script, variant, phrases)
ROUTES = {
    "s2t": ("simplified", V.TRADITIONAL, False),
    "s2tw": ("simplified", V.TAIWAN, False),
    "s2twp": ("simplified", V.TAIWAN, True),
    "s2hk": ("simplified", V.HONGKONG, False),
    "s2hkp": ("simplified", V.HONGKONG, True),
    "t2s": ("traditional", V.SIMPLIFIED, False),
    "t2tw": ("traditional", V.TAIWAN, False),
    "t2hk": ("traditional", V.HONGKONG, False),
    "tw2s": ("taiwan", V.SIMPLIFIED, False),
    "tw2sp": ("taiwan", V.SIMPLIFIED, True),
    "tw2t": ("taiwan", V.TRADITIONAL, False),
    "hk2s": ("hongkong", V.SIMPLIFIED, False),
    "hk2sp": ("hongkong", V.SIMPLIFIED, True),
    "hk2t": ("hongkong", V.TRADITIONAL, False),
}
#: Japanese Shinjitai configs: in the suite, but no ScriptVariant leads there.
NOT_USED = {"jp2t", "t2jp"}

CASES = load_opencc_testcases()


def test_every_config_the_app_uses_is_routed_and_in_the_suite():
    assert set(ROUTES) == set(APP_CONFIGS)
    for config, (source, variant, phrases) in ROUTES.items():
        assert config_for(source, variant, phrases) == config
    if CASES:
        in_suite = {c for case in CASES for c in case["expected"]}
        assert set(ROUTES) <= in_suite, "every config the app uses must be tested by OpenCC's suite"
        assert in_suite - set(ROUTES) <= NOT_USED


@pytest.mark.corpus
def test_opencc_testcase(opencc_expectation):
    config, text, expected = opencc_expectation
    if config in NOT_USED:
        pytest.skip(f"{config}: Japanese Shinjitai is not a script the app offers")
    source, variant, phrases = ROUTES[config]
    assert convert(text, variant, source=source, phrases=phrases) == expected
    # The reader converts sentence by sentence; it must agree with OpenCC on the whole.
    text = normalise(text)
    view = ConvertedView(build_article(text), variant, source=source, phrases=phrases)
    assert view.text == normalise(expected)


GOLDEN = ["s2t", "s2tw", "s2twp", "s2hk", "s2hkp"]


@pytest.mark.corpus
@pytest.mark.parametrize("config", GOLDEN + [f"{c}_jieba" for c in GOLDEN])
def test_golden_running_text(opencc_golden, config):
    import opencc

    expected_path = opencc_golden / "output" / f"us_constitution_zhs.{config}.txt"
    if not expected_path.exists():
        pytest.skip(f"no golden output for {config}")
    if config.endswith("_jieba") and f"{config}.json" not in opencc.CONFIGS:
        pytest.skip(f"{config} needs OpenCC's jieba segmentation plugin, which the official opencc wheel does not ship")
    source, variant, phrases = ROUTES[config]
    text = (opencc_golden / "input" / "us_constitution_zhs.txt").read_text(encoding="utf-8")
    expected = expected_path.read_text(encoding="utf-8")
    assert convert(text, variant, source=source, phrases=phrases) == expected
    # Sentence-by-sentence in the reader gives the same text as OpenCC on the whole file.
    article = build_article(normalise(text))
    view = ConvertedView(article, variant, source=source, phrases=phrases)
    assert view.text == convert(article.text, variant, source=source, phrases=phrases)
    assert view.title == convert(article.title, variant, source=source, phrases=phrases)
