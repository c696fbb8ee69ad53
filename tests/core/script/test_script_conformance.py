"""OpenCC's own test suite, run through core/script's API (not through opencc directly).

Each OpenCC configuration is reached the way the app reaches it: a source
script, a target ScriptVariant and the phrase opt-in.
"""

from __future__ import annotations

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.text import normalise
from desktop.core.script.strays import SIMPLIFIED_ONLY
from desktop.core.script import APP_CONFIGS, ConvertedView, ScriptVariant, config_for, convert, convert_with

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
#: Traditional → regional configs that leave stray Simplified characters alone
#: (t2tw keeps 猫 of 狸猫 狸貓). The app converts the strays too: where the input
#: holds a Simplified-only character its output must be OpenCC's expectation
#: passed through the s2* config as well, elsewhere exactly OpenCC's.
STRAYS_TOO = {"t2tw": "s2tw", "t2hk": "s2hk"}

CASES = load_opencc_testcases()


def test_every_config_the_app_uses_is_routed_and_in_the_suite():
    assert set(ROUTES) == set(APP_CONFIGS)
    for config, (source, variant, phrases) in ROUTES.items():
        routed = config_for(source, variant, phrases)
        assert routed == config or routed == f"{config}~{STRAYS_TOO.get(config)}"
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
    if config in STRAYS_TOO and not SIMPLIFIED_ONLY.isdisjoint(text):
        expected = convert_with(STRAYS_TOO[config], expected)
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


#: What `fact-browser convert --to T [--phrases]` must give whatever script the
#: file is detected in (OpenCC's mixed-script cases: 录像带 錄像带 …).
TARGET_OF = {
    "s2t": ("traditional", False),
    "s2tw": ("taiwan", False),
    "s2twp": ("taiwan", True),
    "s2hk": ("hongkong", False),
    "s2hkp": ("hongkong", True),
    "t2s": ("simplified", False),
    "tw2sp": ("simplified", True),
}


#: Cases a Traditional-detected input still fails, and why: only a Simplified
#: *word* made of characters Traditional writes too tells them apart, and
#: converting such words in Traditional text would also turn 了解 into 瞭解.
KNOWN_RESIDUE = {
    "BYVoid_OpenCC_Issue_506": "几率: 几 and 率 are Traditional characters; only the word is Simplified",
    "medical_phrases_tw_hepatitis_s2twp": "乙肝 → B肝 is Taiwan vocabulary, and the text is detected Traditional",
    "BYVoid_OpenCC_PR_464_zha_vs_zha": "二十二史札记: 记 is converted, the word-level 札 → 劄 is not",
}


@pytest.mark.corpus
@pytest.mark.parametrize("config", sorted(TARGET_OF))
def test_convert_command_converts_mixed_script_completely(config, tmp_path, capsys):
    from desktop.cli import main

    cases = [c for c in CASES if config in c["expected"]]
    if not cases:
        pytest.skip("OpenCC testcases.json not found")
    target, phrases = TARGET_OF[config]
    failures = []
    for i, case in enumerate(cases):
        doc = tmp_path / f"case{i}.txt"
        doc.write_text(case["input"] + "\n", encoding="utf-8")
        assert main(["convert", str(doc), "--to", target, *(["--phrases"] if phrases else [])]) == 0
        out = capsys.readouterr().out
        if out != normalise(case["expected"][config]) + "\n":
            failures.append((case["id"], case["input"], out.strip()))
    unexplained = [f for f in failures if f[0] not in KNOWN_RESIDUE]
    assert unexplained == [], f"{len(unexplained)} of {len(cases)} {config} cases keep characters of the other script"
