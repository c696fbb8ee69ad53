"""Install the launcher, AppStream metadata and icon for the current user (freedesktop).

    python -m desktop.integration install [--prefix ~/.local]
    python -m desktop.integration uninstall [--prefix ~/.local]

Files go under ``$XDG_DATA_HOME`` (default ``~/.local/share``), or
``PREFIX/share`` with ``--prefix``: ``applications/``, ``metainfo/`` and
``icons/hicolor/scalable/apps/``, each named after the app ID so Wayland
compositors can match the running window to its launcher and icon. This
module never imports Qt: it runs from ``make install-desktop`` and packaging
scripts.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from .core.paths import RESOURCES_DIR

APP_ID = "io.github.factbrowser.FactBrowser"
DESKTOP_SOURCE = RESOURCES_DIR / "fact-browser.desktop"
METAINFO_SOURCE = RESOURCES_DIR / f"{APP_ID}.metainfo.xml"
ICON_SOURCE = RESOURCES_DIR / "icons" / "fact-browser.svg"
COMMAND = "fact-browser"


def data_home(prefix: Path | None = None) -> Path:
    """``PREFIX/share`` when a prefix is given, else ``$XDG_DATA_HOME`` or ``~/.local/share``."""
    if prefix is not None:
        return Path(prefix).expanduser() / "share"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    # The spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def installed_paths(data_dir: Path) -> dict[str, Path]:
    return {
        "desktop": data_dir / "applications" / f"{APP_ID}.desktop",
        "metainfo": data_dir / "metainfo" / f"{APP_ID}.metainfo.xml",
        "icon": data_dir / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }


def launcher_command() -> list[str]:
    """How the launcher starts the app: ``fact-browser`` when it is on PATH, else an absolute path.

    ``make install-desktop`` runs from a virtual environment that is usually
    not on the desktop session's PATH, so a bare ``fact-browser`` would not start.
    """
    if shutil.which(COMMAND):
        return [COMMAND]
    beside_python = Path(sys.executable).with_name(COMMAND)
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return [str(beside_python)]
    return [sys.executable, "-m", "desktop"]


def desktop_entry(command: list[str]) -> str:
    """The bundled ``.desktop`` text with ``Exec``/``TryExec`` pointing at ``command``."""
    lines = []
    for line in DESKTOP_SOURCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_desktop_quote(arg) for arg in command) + " %F"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def _desktop_quote(arg: str) -> str:
    # Desktop Entry spec: quote arguments with reserved characters; escape " ` $ \ inside.
    if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'


def install(data_dir: Path, command: list[str] | None = None) -> list[Path]:
    """Copy the three files into ``data_dir``; returns the paths written."""
    targets = installed_paths(data_dir)
    for path in targets.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    targets["desktop"].write_text(desktop_entry(command or launcher_command()), encoding="utf-8")
    shutil.copyfile(METAINFO_SOURCE, targets["metainfo"])
    shutil.copyfile(ICON_SOURCE, targets["icon"])
    _refresh_caches(data_dir)
    return list(targets.values())


def uninstall(data_dir: Path) -> list[Path]:
    """Remove what :func:`install` wrote; returns the paths removed (missing ones are skipped)."""
    removed = []
    for path in installed_paths(data_dir).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(data_dir)
    return removed


def _refresh_caches(data_dir: Path) -> None:
    """Let menus see the change now; both tools are optional and their failure is harmless."""
    for tool, target in (
        ("update-desktop-database", data_dir / "applications"),
        ("gtk-update-icon-cache", data_dir / "icons" / "hicolor"),
    ):
        exe = shutil.which(tool)
        if exe is None or not target.is_dir():
            continue
        args = [exe, "-q", str(target)] if tool == "update-desktop-database" else [exe, "-q", "-t", "-f", str(target)]
        try:
            subprocess.run(args, check=False, timeout=30, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.integration",
        description="Add Fact Browser to the desktop's application menu for this user.",
    )
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument(
        "--prefix", type=Path, help="install under PREFIX/share (default: $XDG_DATA_HOME or ~/.local/share)"
    )
    args = parser.parse_args(argv)
    data_dir = data_home(args.prefix)
    try:
        paths = install(data_dir) if args.action == "install" else uninstall(data_dir)
    except OSError as err:
        print(f"fact-browser: could not {args.action} the desktop files: {err}", file=sys.stderr)
        return 1
    verb = "installed" if args.action == "install" else "removed"
    for path in paths:
        print(f"{verb} {path}")
    if args.action == "install":
        print("Exec: " + shlex.join(launcher_command()))
    elif not paths:
        print(f"nothing to remove under {data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
