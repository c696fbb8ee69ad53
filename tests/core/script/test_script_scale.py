"""Real documents: every sentence of a long report lands on its own conversion."""

from __future__ import annotations

import json
import subprocess
import sys

from shared_paths import ROOT as PROJECT_ROOT, corpus_path

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.text import normalise
from desktop.core.script import ConvertedView, ScriptVariant, convert_with


def test_government_report_in_taiwan_phrases_keeps_every_sentence_in_place():
    path = corpus_path("gov_work_reports", "government_work_reports.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    recent = sorted((r for r in records if r.get("year")), key=lambda r: r["year"])[-3:]
    article = build_article(normalise("\n".join(r["content"] for r in recent)))
    view = ConvertedView(article, ScriptVariant.TAIWAN, phrases=True, source="simplified")
    assert view.map.blocks, "s2twp rewrites some vocabulary in three work reports"
    assert len(view.text) != len(article.text)
    for s in article.sentences:
        vs, ve = view.span_to_view(s.start, s.end)
        assert view.text[vs:ve] == convert_with("s2twp", article.text[s.start : s.end])
        assert view.to_source(vs) == s.start and view.to_source(ve) == s.end


def test_importing_core_script_does_not_load_opencc():
    # OpenCC's tables stay off the path to the first window (architecture rule 4).
    code = "import sys, desktop.core.script; sys.exit(1 if 'opencc' in sys.modules else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
