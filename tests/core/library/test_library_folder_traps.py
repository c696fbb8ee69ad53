"""A library folder full of traps (issue 21, item 5): FIFOs, devices, links to them or to nothing, a link
back up the tree, sockets, a huge sparse file, names that are not UTF-8. The add never hangs, never
fails over one name, lists what it skipped and why, and indexes the rest."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.library import Library, open_article
from desktop.core.library.file_names import real, shown, stored

ROOT = Path(__file__).resolve().parents[3]
GOOD = "2024年报告\n\n国内生产总值增长5.2%，国防预算增长7%。\n"


def _traps(folder: Path) -> dict[str, str]:
    """Make the traps; returns name -> a word its skip reason must hold."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    expected = {}
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "not a regular file"
    for name, target in (("zero.txt", "/dev/zero"), ("random.md", "/dev/urandom")):
        os.symlink(target, folder / name)
        expected[name] = "not a regular file"
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    expected["dangling.txt"] = "does not exist"
    os.symlink(folder, folder / "loop")  # a link back up: never followed
    expected["loop"] = "link to a folder"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.html"))
    sock.close()
    expected["sock.html"] = "cannot be read"  # a socket cannot even be opened
    with open(folder / "huge.txt", "wb") as fh:  # sparse: 50 MB of nothing on disk
        fh.truncate(50 * 1024 * 1024)
    expected["huge.txt"] = "the largest document"
    if os.geteuid() == 0:
        os.mknod(folder / "device.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # like /dev/zero
        expected["device.txt"] = "not a regular file"
    os.symlink(folder / "good.txt", folder / "alias.txt")  # a link to a regular file is a document
    odd = os.fsdecode(folder.as_posix().encode() + b"/caf\xe9-\xff.txt")
    Path(odd).write_text("第二份文件\n\n居民收入增长5.1%。\n", encoding="utf-8")
    odd_folder = Path(os.fsdecode(folder.as_posix().encode() + b"/\xb1\xa8\xb8\xe6"))  # 报告 in GBK
    odd_folder.mkdir()
    (odd_folder / "inner.md").write_text("# 第三份\n\n城镇新增就业1244万人。\n", encoding="utf-8")
    return expected


def test_a_folder_full_of_traps_is_added_without_hanging_and_says_what_it_skipped(tmp_path):
    folder = tmp_path / "docs"
    expected = _traps(folder)
    db = tmp_path / "lib.sqlite"
    argv = [sys.executable, "-m", "desktop", "library", "add", str(folder), "--library", str(db), "--no-names"]
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, timeout=300)  # hang guard: a FIFO once hung for ever
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    report = json.loads(result.stdout.decode("utf-8"))
    skipped = {Path(f["path"]).name: f["reason"] for f in report["failed"]}
    assert set(skipped) == set(expected), skipped
    for name, words in expected.items():
        assert words in skipped[name], (name, skipped[name])
    assert (
        report["added"] == 4
    )  # good, alias (a link to it), the file whose name is not UTF-8, inner.md in such a folder
    with Library(db) as lib:
        names = sorted(Path(d.shown_path).name for d in lib.documents())
        assert names == sorted(["good.txt", "alias.txt", "caf\ufffd-\ufffd.txt", "inner.md"])
        odd = next(d for d in lib.documents() if "caf" in d.path)
        assert real(odd.path).exists() and stored(real(odd.path)) == odd.path and odd.path.startswith("bytes:")
        assert shown(odd.path).endswith("caf\ufffd-\ufffd.txt")
        article = open_article(lib, odd.id)  # opened again from its real, non-UTF-8 name
        assert "居民收入增长5.1%" in article.text
        inner = next(d for d in lib.documents() if d.shown_path.endswith("inner.md"))
        assert "\ufffd\ufffd" in inner.shown_path and real(inner.path).exists()
    again = subprocess.run(argv, cwd=ROOT, capture_output=True, timeout=300)
    assert again.returncode == 0 and json.loads(again.stdout)["unchanged"] == 4
    listing = subprocess.run(
        [sys.executable, "-m", "desktop", "library", "list", "--library", str(db)],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert listing.returncode == 0 and "caf\ufffd-\ufffd.txt" in listing.stdout.decode("utf-8")


@pytest.mark.parametrize("name", [b"\xff\xfe.txt", b"\xe4\xb8.md", b"a\\x41\xe9.txt"])
def test_names_that_are_not_utf8_round_trip(tmp_path, name):
    path = Path(os.fsdecode(tmp_path.as_posix().encode() + b"/" + name))
    assert real(stored(path)) == path and stored(path).encode("utf-8")
    assert "\ufffd" in shown(stored(path))
