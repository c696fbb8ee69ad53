"""Desktop integration: the launcher, metainfo and icon install into XDG dirs and validate."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import integration

ROOT = Path(__file__).resolve().parents[1]


def _entry(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)
    return {k: v for k, v in pairs}


def test_install_puts_app_id_named_files_under_prefix_share(tmp_path):
    written = integration.install(integration.data_home(tmp_path), ["fact-browser"])
    share = tmp_path / "share"
    app_id = "io.github.factbrowser.FactBrowser"
    assert set(written) == {
        share / "applications" / f"{app_id}.desktop",
        share / "metainfo" / f"{app_id}.metainfo.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg",
    }
    entry = _entry(share / "applications" / f"{app_id}.desktop")
    assert entry["Exec"] == "fact-browser %F"
    assert entry["Icon"] == app_id  # must match the installed icon's stem
    assert entry["MimeType"] == "text/plain;text/markdown;text/html;"
    assert ET.parse(share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg").getroot().tag.endswith("svg")


def test_uninstall_removes_what_install_wrote_and_tolerates_a_second_call(tmp_path):
    data = integration.data_home(tmp_path)
    written = integration.install(data, ["fact-browser"])
    assert sorted(integration.uninstall(data)) == sorted(written)
    assert not any(p.exists() for p in written)
    assert integration.uninstall(data) == []


def test_default_location_follows_xdg_data_home_and_ignores_a_relative_one(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert integration.data_home() == tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert integration.data_home() == tmp_path / "home" / ".local" / "share"


def test_a_launcher_path_with_spaces_is_quoted_for_the_desktop_spec(tmp_path):
    integration.install(tmp_path, ["/opt/My Apps/bin/fact-browser"])
    entry = _entry(integration.installed_paths(tmp_path)["desktop"])
    assert entry["Exec"] == '"/opt/My Apps/bin/fact-browser" %F'


def test_install_works_without_update_desktop_database(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert integration.main(["install", "--prefix", str(tmp_path)]) == 0
    assert integration.installed_paths(tmp_path / "share")["desktop"].is_file()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed (desktop-file-utils)"
)
def test_installed_desktop_file_validates(tmp_path):
    integration.install(tmp_path, [sys.executable, "-m", "desktop"])
    result = subprocess.run(
        ["desktop-file-validate", str(integration.installed_paths(tmp_path)["desktop"])], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_names_licences_and_the_installed_launcher():
    root = ET.parse(integration.METAINFO_SOURCE).getroot()
    assert root.findtext("id") == integration.APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == integration.installed_paths(Path("/x"))["desktop"].name
    assert root.find("description/p") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed (appstream)")
def test_metainfo_passes_appstream_validation():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(integration.METAINFO_SOURCE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_integration_module_does_not_import_qt():
    code = "import sys, desktop.integration; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
