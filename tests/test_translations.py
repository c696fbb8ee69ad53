"""Interface catalogs: every string translated, and each compiled .qm up to date with its .ts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
CATALOGS = sorted(TRANSLATIONS.glob("fact_browser_*.ts"))


def test_both_chinese_catalogs_and_the_english_plurals_exist():
    assert {p.stem for p in CATALOGS} >= {"fact_browser_zh_CN", "fact_browser_zh_TW", "fact_browser_en"}


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_every_string_is_translated(ts):
    untranslated = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                if translation.get("type") == "unfinished":
                    untranslated.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
                continue
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            if not all((form or "").strip() for form in forms):
                untranslated.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert untranslated == []


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_translations_keep_every_placeholder(ts):
    """A lost %1 or %n shows the user a sentence without its file name or count."""
    broken = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            wanted = sorted(set(re.findall(r"%[0-9n]", message.findtext("source"))))
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            for form in forms:
                if sorted(set(re.findall(r"%[0-9n]", form or ""))) != wanted:
                    broken.append(f"{context.findtext('name')}: {form!r}")
    assert broken == []


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_compiled_catalog_is_newer_than_its_source(ts):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run `make translations`"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}: run `make translations`"


def test_no_translatable_string_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: the empty window's "No document open" and its links
    were tr() calls in f-strings, never reached the catalogs and showed in English in Chinese."""
    import ast

    hidden = []
    for path in sorted((TRANSLATIONS.parent / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and getattr(call.func, "attr", getattr(call.func, "id", "")) in (
                        "tr",
                        "translate",
                    ):
                        hidden.append(f"{path.relative_to(TRANSLATIONS.parent)}:{call.lineno}")
    assert hidden == []
