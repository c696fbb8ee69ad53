"""The loader against hostile files (issue 14, items 1, 2, 3, 6): only regular files, bounded
reads, stray bytes shown as U+FFFD with a count, real binary still refused."""

from __future__ import annotations

import os
import threading

import pytest

from desktop.core.ingest.builder import load_path, undecodable_warning
from desktop.core.ingest.loading import MAX_FILE_BYTES, read_file
from desktop.core.ingest.text import LoadError

SENTENCE = "观音桥商圈实现社零总额545.3亿元，同比增长8.6％。\n"


def _in_thread(fn, timeout=10):
    """``fn()``'s outcome, or a failure if it blocks (a FIFO once hung open() for ever)."""
    out = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as err:  # noqa: BLE001 - reported to the test
            out["error"] = err

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), "reading blocked"
    return out


def test_a_fifo_is_refused_at_once_without_blocking(tmp_path):
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    out = _in_thread(lambda: read_file(fifo))
    assert isinstance(out.get("error"), LoadError) and out["error"].kind == "not_regular"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_without_being_read(device):
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    out = _in_thread(lambda: read_file(device))
    assert isinstance(out.get("error"), LoadError) and out["error"].kind == "not_regular"


def test_a_symlink_loop_is_one_sentence(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    os.symlink(b, a)
    os.symlink(a, b)
    with pytest.raises(LoadError, match="cannot be read"):
        read_file(a)


def test_a_symlink_to_a_regular_file_opens(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text(SENTENCE, encoding="utf-8")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    assert "社零总额" in read_file(link).text


def test_at_most_the_limit_plus_one_byte_is_read(tmp_path, monkeypatch):
    import builtins

    path = tmp_path / "at-limit.txt"
    path.write_bytes(b"a" * 100)
    sizes = []
    real_fdopen = os.fdopen

    def spy(fd, *args, **kwargs):
        fh = real_fdopen(fd, *args, **kwargs)
        read = fh.read
        fh_read = lambda n=-1: (sizes.append(n), read(n))[1]  # noqa: E731 - a spy that records each size asked for
        return type(
            "Spy", (), {"read": staticmethod(fh_read), "__enter__": lambda s: s, "__exit__": lambda s, *e: fh.close()}
        )()

    monkeypatch.setattr(os, "fdopen", spy)
    read_file(path)
    assert sizes == [MAX_FILE_BYTES + 1]
    assert builtins  # the spy replaced only os.fdopen


def test_five_stray_bytes_open_as_replacement_characters_with_a_count(tmp_path):
    data = bytearray(("标题\n" + SENTENCE * 100).encode())
    for i in (400, 1500, 3000, 4500, 6000):
        data[i] = 0xFF
    path = tmp_path / "stray.txt"
    path.write_bytes(bytes(data))
    article = load_path(path)
    assert article.undecodable_bytes == article.text.count("\ufffd") > 0
    assert article.text.count("社零总额") >= 95  # the rest reads as it was
    assert f"{article.undecodable_bytes} bytes could not be decoded" in undecodable_warning(article)


def test_a_file_half_utf8_half_gb18030_opens_with_both_halves_readable(tmp_path):
    path = tmp_path / "half.txt"
    path.write_bytes(("第一段：人民满意。\n" * 50).encode() + ("第二段：观音桥商圈。\n" * 50).encode("gb18030"))
    article = load_path(path)
    assert "第一段：人民满意。" in article.text and "第二段：观音桥商圈。" in article.text
    assert article.undecodable_bytes == 0 and "\ufffd" not in article.text


@pytest.mark.parametrize("data", [bytes(range(256)) * 64, os.urandom(20_000), b"\x89PNG\r\n\x1a\n" + os.urandom(5000)])
def test_real_binary_is_still_refused(tmp_path, data):
    path = tmp_path / "bin.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="binary|decoded"):
        load_path(path)


def test_a_bom_with_nothing_after_it_is_empty(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf \n")
    with pytest.raises(LoadError, match="empty"):
        load_path(path)


def test_pasted_text_over_the_limit_is_refused_like_a_file():
    from desktop.core.ingest.builder import load_pasted

    with pytest.raises(LoadError, match="largest document") as info:
        load_pasted("字" * (MAX_FILE_BYTES // 3 + 10))
    assert info.value.kind == "paste_too_large"
