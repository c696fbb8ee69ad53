"""The translation cache: what it keeps, what it refuses, and surviving other processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop.core.translate import TranslationCache

ROOT = Path(__file__).resolve().parents[3]


def test_stores_and_finds_by_normalised_sentence(cache):
    assert cache.put("你好。", "Hello.", provider="google")
    assert cache.get(" 你好。\n", provider="google") == "Hello."
    assert cache.get("你好。", provider="libre") is None  # one row per provider
    assert cache.get("你好。", provider="google", target="fr") is None


def test_never_caches_empty_none_or_echoed_results(cache):
    assert not cache.put("你好。", "", provider="google")
    assert not cache.put("你好。", None, provider="google")
    assert not cache.put("你好。", " 你好。 ", provider="google")
    assert cache.put_many({"一。": "One.", "二。": "二。", "三。": "   "}, provider="google") == 1
    assert len(cache) == 1


def test_get_many_keys_by_the_text_passed_in(cache):
    cache.put_many({f"第{i}句。": f"Sentence {i}." for i in range(1200)}, provider="google")
    wanted = [f"第{i}句。" for i in range(0, 1300, 7)] + [" 第7句。"]
    got = cache.get_many(wanted, provider="google")
    assert got["第7句。"] == got[" 第7句。"] == "Sentence 7."
    assert "第1295句。" not in got
    assert len(got) == len([i for i in range(0, 1300, 7) if i < 1200]) + 1


def test_forget_clear_document_and_clear_all(cache):
    cache.put_many({"一。": "One.", "二。": "Two.", "三。": "Three."}, provider="google")
    cache.put("一。", "One!", provider="libre")
    assert cache.forget("一。", provider="google") == 1
    assert cache.get("一。", provider="libre") == "One!"
    assert cache.clear_document(["一。", "二。"]) == 2
    assert cache.get("三。", provider="google") == "Three."
    cache.clear_all()
    assert len(cache) == 0
    assert cache.size_bytes() > 0 and cache.integrity_ok()


def test_a_file_that_is_not_a_database_is_set_aside(tmp_path):
    path = tmp_path / "translations.sqlite3"
    path.write_bytes(b"this is not sqlite" * 300)
    c = TranslationCache(path)
    assert c.integrity_ok() and len(c) == 0
    assert c.put("你好。", "Hello.", provider="google")
    c.close()
    assert (tmp_path / "translations.sqlite3.broken").exists()


_WRITER = """
import sys
from desktop.core.translate import TranslationCache
cache = TranslationCache(sys.argv[1])
tag = sys.argv[2]
sys.stdin.readline()  # start together
for i in range(150):
    cache.put(f"{tag}第{i}句。", f"{tag} sentence {i}", provider="google")
print("done", flush=True)
"""

_ENDLESS_WRITER = """
import sys
from desktop.core.translate import TranslationCache
cache = TranslationCache(sys.argv[1])
batch = 0
while True:
    cache.put_many({f"批{batch}句{i}。" + "长" * 200: f"batch {batch} line {i}" for i in range(400)}, provider="google")
    print(batch, flush=True)
    batch += 1
"""


def _python(code, *args, **kw):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], env=env, text=True, **kw)


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite3"
    TranslationCache(path).close()
    procs = [
        _python(_WRITER, path, tag, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for tag in "AB"
    ]
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "done"
    c = TranslationCache(path)
    assert len(c) == 300
    assert c.get("B第149句。", provider="google") == "B sentence 149"
    assert c.integrity_ok()


def test_a_writer_killed_mid_write_leaves_a_sound_cache(tmp_path):
    path = tmp_path / "killed.sqlite3"
    p = _python(_ENDLESS_WRITER, path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    committed = -1
    while committed < 3:  # wait until several batches are committed; it keeps writing the next one
        line = p.stdout.readline()
        assert line, p.stderr.read()
        committed = int(line)
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    c = TranslationCache(path)
    assert c.integrity_ok()
    assert len(c) >= 4 * 400 and len(c) % 400 == 0  # whole batches only
    assert c.get("批3句399。" + "长" * 200, provider="google") == "batch 3 line 399"
    assert c.put("新。", "New.", provider="google")


def test_one_writer_thread_and_reader_threads_share_a_cache(cache):
    import threading

    errors: list[BaseException] = []
    done = threading.Event()

    def write():
        try:
            for i in range(100):
                cache.put_many({f"线程{i}句{j}。": f"thread {i} line {j}" for j in range(5)}, provider="google")
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)
        finally:
            done.set()

    def read():
        try:
            while not done.is_set():
                got = cache.get_many([f"线程{i}句0。" for i in range(100)], provider="google")
                assert all(v.startswith("thread ") for v in got.values())
        except BaseException as err:  # noqa: BLE001 - whatever a reader thread hits is the test's finding
            errors.append(err)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert len(cache) == 500
