"""Qt tests: offscreen, with a throw-away settings store per test."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(scope="session", autouse=True)
def english_catalog(qapp):
    """The app installs its English catalog at start-up (it supplies plural forms: "2 facts")."""
    from desktop.ui import i18n

    i18n.install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("FactBrowserTests")
    QCoreApplication.setApplicationName("fact-browser-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"
