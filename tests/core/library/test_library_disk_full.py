"""The disk fills up while a library is built: what was indexed stays, the library stays sound, the next
run continues — on a small tmpfs (a real full disk) and under a file-size limit (``ulimit -f``)."""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.library import Library

ROOT = Path(__file__).resolve().parents[3]
RECORDS = 90
FULL = "The disk is full; {n} documents were indexed and kept; free space and run again to continue."


def _text(i: int) -> str:
    # Distinct text per record (so nothing compresses into nothing), about 2,700 characters each.
    return "".join(
        f"第{i}篇第{j}段：国内生产总值增长{(i * 31 + j) % 97 / 10}%，城镇新增就业{i * 7 + j}万人，"
        f"国防预算达到{i * 13 + j * 3},{j:03d}亿元。"
        for j in range(20)
    )


def _source(tmp_path: Path, kind: str) -> Path:
    if kind == "corpus":
        path = tmp_path / "news.jsonl"
        path.write_text(
            "".join(
                json.dumps({"id": i, "title": f"第{i}篇", "content": _text(i)}, ensure_ascii=False) + "\n"
                for i in range(RECORDS)
            ),
            encoding="utf-8",
        )
        return path
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(RECORDS):
        (folder / f"{i:03d}.txt").write_text(f"第{i}篇\n\n{_text(i)}", encoding="utf-8")
    return folder


def _add(source: Path, db: Path, preexec=None, wrap: list[str] | None = None):
    argv = [sys.executable, "-m", "desktop", "library", "add", str(source), "--library", str(db), "--no-names"]
    return subprocess.run(
        [*(wrap or []), *argv], capture_output=True, text=True, cwd=ROOT, preexec_fn=preexec, timeout=600
    )


def _limit(size: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return apply


def _tmpfs_wrapper(mount: Path) -> list[str]:
    """Run the command in a mount namespace with a 1.5 MB tmpfs on ``mount`` (root only)."""
    script = 'mount -t tmpfs -o size=1500k tmpfs "$0" && exec "$@"'
    if (
        not shutil.which("unshare")
        or subprocess.run(["unshare", "-m", "sh", "-c", script, str(mount), "true"], capture_output=True).returncode
        != 0
    ):
        pytest.skip("a small tmpfs needs root and a mount namespace (unshare -m), which this machine refuses")
    return ["unshare", "-m", "sh", "-c", script, str(mount)]


def _check_full_then_continue(result, db: Path, source: Path, full_db: Path | None = None) -> None:
    assert result.returncode == 1, result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and line.startswith("fact-browser: The disk is full; "), line
    kept_n = int(line.split("; ")[1].split()[0])
    assert line == "fact-browser: " + FULL.format(n=kept_n)
    with Library(full_db or db) as lib:
        assert lib.integrity() == "ok"
        assert lib.count() == kept_n and 0 < kept_n < RECORDS
    if full_db is not None:  # the tmpfs is gone with its namespace: continue from a copy of what it held
        shutil.copy(full_db, db)
    again = _add(source, db)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["unchanged"] == kept_n and report["added"] == RECORDS - kept_n and report["documents"] == RECORDS
    with Library(db) as lib:
        assert lib.integrity() == "ok" and lib.count() == RECORDS


@pytest.mark.parametrize("kind", ["corpus", "folder"])
def test_a_file_size_limit_stops_the_add_with_what_was_kept(tmp_path, kind):
    source = _source(tmp_path, kind)
    db = tmp_path / "lib.sqlite"
    result = _add(source, db, preexec=_limit(1024 * 1024))
    _check_full_then_continue(result, db, source)


@pytest.mark.parametrize("kind", ["corpus", "folder"])
def test_a_full_disk_stops_the_add_with_what_was_kept(tmp_path, kind):
    source = _source(tmp_path, kind)
    mount = tmp_path / "small-disk"
    mount.mkdir()
    # The library is written on the tmpfs and, before the namespace ends, copied out for the checks.
    db_on_tmpfs = mount / "lib.sqlite"
    out = tmp_path / "out"
    out.mkdir()
    script = f'"$@"; status=$?; cp "{db_on_tmpfs}"* "{out}/" 2>/dev/null; exit $status'
    wrap = _tmpfs_wrapper(mount) + ["sh", "-c", script, "sh"]
    result = _add(source, db_on_tmpfs, wrap=wrap)
    _check_full_then_continue(result, tmp_path / "lib.sqlite", source, full_db=out / "lib.sqlite")
