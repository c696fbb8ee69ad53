"""``fact-browser search`` from a terminal."""

from __future__ import annotations

import json

from desktop.cli import main

from shared_paths import SEED


def test_json_lists_hits_with_via_and_snippet(capsys, seed_article):
    assert main(["search", str(SEED), "shangquan", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == seed_article.text.count("商圈")
    for h in hits:
        assert {"section", "start", "end", "match", "snippet", "via"} <= h.keys()
        assert h["via"] == "pinyin"
        assert seed_article.text[h["start"] : h["end"]] == h["match"] == "商圈"
        assert h["match"] in h["snippet"]


def test_text_output_names_section_and_span(capsys):
    assert main(["search", str(SEED), "觀音橋", "--limit", "2"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("title\t3-6\t")
    assert "(showing 2)" in captured.err


def test_no_hit_and_bad_regex(capsys):
    assert main(["search", str(SEED), "量子计算机"]) == 0
    assert "No hits" in capsys.readouterr().out
    assert main(["search", str(SEED), "ab)", "--regex"]) == 1
    assert (
        capsys.readouterr().err.strip() == "fact-browser: bad regular expression: Unbalanced parenthesis at position 2"
    )
