"""Interface catalogs: every string translated, and each compiled .qm up to date with its .ts."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
CATALOGS = sorted(TRANSLATIONS.glob("fact_browser_*.ts"))


def test_both_chinese_catalogs_exist():
    assert {p.stem for p in CATALOGS} >= {"fact_browser_zh_CN", "fact_browser_zh_TW"}


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
            if not (translation.text or "").strip() and translation.find("numerusform") is None:
                untranslated.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert untranslated == []


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_compiled_catalog_is_newer_than_its_source(ts):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run `make translations`"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}: run `make translations`"
