"""The window says what was damaged in a text it opened, and keeps saying it (issue 24).

The note (bytes shown as �, a passage read as GBK or Big5, and where) stays with its document
until the user dismisses it or another document is shown: it is about what the reader sees, and
an 8-second note started before the first paint could be gone before the window appeared."""

from __future__ import annotations

from shared_paths import SEED


def _damaged(tmp_path):
    seed = SEED.read_bytes()
    cut = seed.index(b"\n", len(seed) // 2) + 1
    path = tmp_path / "bad.txt"
    path.write_bytes(seed[:cut] + b"\xff\xfe\x80\x81\x82" + seed[cut:])  # the five bytes
    return path


def _gbk_paragraph(tmp_path):
    lines = SEED.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "\n".join(lines[:4]).encode() + b"\n" + lines[4].encode("gbk") + b"\n" + "\n".join(lines[5:]).encode()
    )
    return path


def test_the_damage_note_stays_with_its_document(qtbot, open_window, tmp_path):
    window = open_window(_damaged(tmp_path))
    text = window.banner.text()
    assert window.banner.isVisible() and text.startswith("5 bytes of this file could not be decoded"), text
    assert "in paragraph" in text
    assert not window.banner._timer.isActive()  # no clock takes it down
    window.open_path(SEED, wait=True)
    assert not window.banner.isVisible()  # the note was about the other document


def test_a_gbk_paragraph_is_named_and_the_note_can_be_dismissed(qtbot, open_window, tmp_path):
    window = open_window(_gbk_paragraph(tmp_path))
    assert window.banner.text() == "Paragraph 5 of this file is in GB18030, not UTF-8, and was read as such."
    assert not window.banner._timer.isActive()
    window.banner._close.click()
    assert not window.banner.isVisible()
