"""File ▸ Open Server Library…: a library on a real PostgreSQL server in the library window, its
password kept in ~/.pgpass (or the keyring), never in the settings or Recent Libraries."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest

from desktop.core.library import add_source
from hang_guards import REACT_MS


@pytest.fixture
def server_library(tmp_path, pg_cluster):
    cluster, why = pg_cluster
    if cluster is None:
        pytest.skip(f"needs a PostgreSQL server: {why}")
    if not cluster.owned:
        pytest.skip("needs a server this suite started (its logins are known)")
    database = cluster.database("window")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("2024年报告\n\n国内生产总值增长5.2%，国防预算增长7%。\n", encoding="utf-8")
    (docs / "b.md").write_text("# 國防\n\n國防預算達到6,007億元。\n", encoding="utf-8")
    add_source(database, docs, names=False)
    import psycopg

    url = cluster.role("editor", "newsroom-pw", database)
    user = urlsplit(url).username
    with psycopg.connect(database, autocommit=True) as con:
        con.execute(f'GRANT USAGE ON SCHEMA fact_browser TO "{user}"')
        con.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA fact_browser TO "{user}"')
    return url, cluster


@pytest.mark.parametrize("remember", [True, False])
def test_a_server_library_opens_from_the_file_menu_and_its_password_stays_out_of_the_settings(
    open_window, server_library, tmp_path, qtbot, monkeypatch, remember
):
    from desktop.core.library import pg_url
    from desktop.ui.library.server_dialog import ServerDialog
    from desktop.ui.services import settings as keys

    url, cluster = server_library
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setattr(pg_url, "_keyring", lambda: None)
    monkeypatch.setattr(pg_url, "_HELD", {})

    def fill_and_accept(dialog) -> int:
        dialog.host.setText(str(cluster.folder))
        dialog.database.setText(url.split("/")[3].split("?")[0])
        dialog.user.setText(urlsplit(url).username)
        dialog.password.setText("newsroom-pw")
        dialog.remember.setChecked(remember)
        assert "newsroom-pw" not in dialog.preview.text()
        return ServerDialog.Accepted

    monkeypatch.setattr(ServerDialog, "exec", fill_and_accept)
    window = open_window()
    window.library.choose_server()
    library_window = window.library.windows[-1]
    # Not handed to qtbot: the test closes it below, and a closed library window is deleted
    # (WA_DeleteOnClose); qtbot's teardown would close the deleted window a second time.
    assert library_window.documents_model.rowCount() == 2
    assert "window_" in library_window.windowTitle() and "on " in library_window.windowTitle()
    # Search and compare run in a worker on a connection of its own, logged in like the window's.
    search = library_window.search_tab
    search.field.setText("國防")
    with qtbot.waitSignal(search.answered, timeout=REACT_MS):
        search.run_search()
    assert search.model.rowCount() == 2 and search.last.query == "國防"
    with qtbot.waitSignal(library_window.compare_tab.answered, timeout=REACT_MS):
        library_window.compare_tab.compare("国防 预算")
    assert library_window.compare_tab.series is not None and library_window.compare_tab.model.rows()
    recent = window.settings.get(keys.RECENT_LIBRARIES)
    assert recent[0].startswith(f"postgresql://{urlsplit(url).username}@/") and "newsroom-pw" not in " ".join(recent)
    settings_files = (
        [p for p in (tmp_path / "settings").rglob("*") if p.is_file()] if (tmp_path / "settings").exists() else []
    )
    assert all(b"newsroom-pw" not in p.read_bytes() for p in settings_files)
    if remember:
        assert (tmp_path / "pgpass").stat().st_mode & 0o777 == 0o600
        assert "newsroom-pw" in (tmp_path / "pgpass").read_text(encoding="utf-8")
    else:
        assert not (tmp_path / "pgpass").exists() and pg_url.held_password(recent[0]) == "newsroom-pw"
    # Recent Libraries names it "database on host" and opens it again.
    window.library._fill_recent()
    assert " on " in window.library.recent.actions()[0].text()
    gone = []
    library_window.destroyed.connect(lambda *_: gone.append(True))
    library_window.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=REACT_MS)  # closed is deleted, nothing kept open behind it
    again = window.library.open_library(recent[0])
    qtbot.addWidget(again)
    assert again.documents_model.rowCount() == 2
    assert os.environ.get("PGPASSWORD") is None  # the session's password never leaks into the environment
