"""Bidi controls ("Trojan Source"): visible in the reader, absent from copied facts (issue 14, item 8)."""

from __future__ import annotations

import json


from desktop.core.bidi import BIDI_CONTROLS, VISIBLE_SIGN

from hang_guards import WORK_MS

TEXT = "标题\n观音桥商圈\u202e实现社零总额545.3亿元\u202c，同比增长\u20668.6%\u2069。\n"


def test_reader_shows_each_control_as_a_sign_and_copies_leave_them_out(open_window, qtbot, tmp_path, qapp):
    doc = tmp_path / "bidi.txt"
    doc.write_text(TEXT, encoding="utf-8")
    window = open_window(doc, size=(1000, 700))
    assert window.article.text.count("\u202e") == 1  # the article keeps what the file holds
    qtbot.waitUntil(lambda: not window.reader.is_building())
    shown = window.reader.document().toPlainText()
    assert not any(c in shown for c in BIDI_CONTROLS)
    assert shown.count(VISIBLE_SIGN) == 4
    qtbot.waitUntil(lambda: bool(window.facts.facts), timeout=WORK_MS)
    assert any(any(c in f.sentence for c in BIDI_CONTROLS) for f in window.facts.facts)
    panel = window.facts.panel
    panel.table.selectAll()
    panel.table.setFocus()
    window.facts.copier.actions["copy_facts"].trigger()
    mime = qapp.clipboard().mimeData()
    records = json.loads(bytes(mime.data("application/json")).decode("utf-8"))
    for payload in (mime.text(), mime.html(), json.dumps(records, ensure_ascii=False)):
        assert "545.3亿元" in payload
        assert not any(c in payload for c in BIDI_CONTROLS)
    window.facts.copier.copy_as("citation")
    assert not any(c in qapp.clipboard().text() for c in BIDI_CONTROLS)
