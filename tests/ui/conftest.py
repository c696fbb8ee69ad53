"""Qt tests: offscreen, with a throw-away settings store per test."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(scope="session", autouse=True)
def english_catalog(qapp):
    """The app installs its English catalog at start-up (it supplies plural forms: "2 facts")."""
    from desktop.ui.shell import i18n

    i18n.install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("FactBrowserTests")
    QCoreApplication.setApplicationName("fact-browser-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture
def open_window(qtbot, seed_path):
    """Open a shown MainWindow on ``path`` (the seed by default); call again for a "restart"."""
    from desktop.ui.shell.main_window import MainWindow

    def opener(path=None, *, size=(780, 560), mode=None):
        window = MainWindow()
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        if mode is not None:
            window.translations.set_mode(mode)
        window.open_path(path or seed_path, wait=True)
        return window

    return opener


@pytest.fixture
def fake_google(monkeypatch, tmp_path):
    """A fake Google Translate on 127.0.0.1 that the real deep-translator client talks to,
    and a translation cache of this test's own."""
    import deep_translator.constants as constants

    from desktop.core.translate.fake_provider import FakeProvider

    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    with FakeProvider() as fake:
        monkeypatch.setitem(constants.BASE_URLS, "GOOGLE_TRANSLATE", fake.google_url)
        yield fake


@pytest.fixture
def online_window(qtbot, fake_google):
    """A MainWindow with online translation explained (no first-use dialog), against :func:`fake_google`."""
    from desktop.ui.shell import settings as keys
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.settings.set(keys.ONLINE_EXPLAINED, True)
    window.fake = fake_google
    return window
