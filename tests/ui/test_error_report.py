"""The unexpected-error dialog says what failed in the interface language (issue 20)."""

from __future__ import annotations

import errno
import re

import pytest

from desktop.core import diagnostics
from desktop.ui.services import i18n
from desktop.ui.services.i18n import install_translators
from desktop.ui.shell.error_report import ErrorDialog

_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def zh_cn(qapp):
    if not (i18n.TRANSLATIONS_DIR / "fact_browser_zh_CN.qm").exists():
        pytest.skip("catalogs not compiled: run `make translations`")
    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


@pytest.mark.parametrize(
    ("error", "kept"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory", "/tmp/x.txt"), "/tmp/x.txt"),
        (PermissionError(errno.EACCES, "Permission denied", "/tmp/y.txt"), "/tmp/y.txt"),
        (OSError(errno.ENOSPC, "No space left on device"), ""),
        (MemoryError(), ""),
        (KeyError("gdp"), "'gdp'"),
        (IndexError(3), "3"),
        (RuntimeError(), ""),
    ],
)
def test_what_failed_is_said_in_chinese(qtbot, zh_cn, error, kept):
    dialog = ErrorDialog(error, "details", None)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert text.startswith("出错了：")
    words = text.replace(kept, "") if kept else text
    assert _ASCII_WORD.findall(words) == [], text
    if kept:
        assert kept in text


def test_a_message_of_its_own_is_shown_as_it_is(qtbot, zh_cn):
    dialog = ErrorDialog(ValueError("bad row 7"), "details", None)
    qtbot.addWidget(dialog)
    assert "bad row 7" in dialog.text() and dialog.text().startswith("出错了：")


def test_the_command_line_keeps_english(zh_cn):
    assert diagnostics.plain_words(MemoryError()) == "The computer ran out of memory"
    assert diagnostics.plain_words(KeyError("gdp")) == "an entry it looked for ('gdp') was missing"


def test_english_interface_reads_as_before(qtbot, qapp):
    error = FileNotFoundError(errno.ENOENT, "No such file or directory", "/tmp/x.txt")
    dialog = ErrorDialog(error, "details", None)
    qtbot.addWidget(dialog)
    assert "No such file or folder (/tmp/x.txt)" in dialog.text()


def test_every_sentence_of_plain_words_is_marked_for_translation():
    """The sentences live in core (no Qt there); the window's marks must name each one, or lupdate drops it."""
    from desktop.ui.shell import error_report

    said = []
    for error in (
        *(OSError(number, "strerror", "/tmp/f") for number in diagnostics.OS_ERRORS),
        MemoryError(),
        KeyError("k"),
        RuntimeError(),
    ):
        diagnostics.plain_words(error, lambda text: said.append(text) or text)
    assert set(said) <= set(error_report._SENTENCES) and len(set(said)) == len(error_report._SENTENCES)
