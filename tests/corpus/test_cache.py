"""The start-up corpus cache: used only for the very data it was made from."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from viewer.corpus import CorpusError, load_corpus
from viewer.corpus import cache as corpus_cache
from viewer.corpus import load as corpus_load
from viewer.corpus.cache import CACHE_NAME, load_corpus_cached
from viewer.paths import data_dir


@pytest.fixture
def data(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    return copy


def _count_loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = corpus_load.load_corpus

    def counting(root: Path):  # noqa: ANN202
        calls.append(root)
        return real(root)

    monkeypatch.setattr(corpus_load, "load_corpus", counting)
    return calls


def test_second_load_comes_from_the_cache_and_equals_a_full_load(
        data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_loads(monkeypatch)
    first = load_corpus_cached(data, tmp_path / "cache")
    assert (tmp_path / "cache" / CACHE_NAME).is_file() and len(calls) == 1
    second = load_corpus_cached(data, tmp_path / "cache")
    assert len(calls) == 1  # not parsed again
    assert second == first == load_corpus(data)


def test_a_changed_data_file_is_never_served_from_the_cache(
        data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_corpus_cached(data, tmp_path / "cache")
    events = data / "events.json"
    edited = events.read_text(encoding="utf-8").replace("Moscow", "Moskva", 1)
    assert edited != events.read_text(encoding="utf-8")
    events.write_text(edited, encoding="utf-8")
    stat = events.stat()
    os.utime(events, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    calls = _count_loads(monkeypatch)
    fresh = load_corpus_cached(data, tmp_path / "cache")
    assert len(calls) == 1
    assert fresh == load_corpus(data)


def test_broken_data_still_fails_and_is_not_cached(data: Path, tmp_path: Path) -> None:
    load_corpus_cached(data, tmp_path / "cache")
    (data / "parties.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(CorpusError):
        load_corpus_cached(data, tmp_path / "cache")
    with pytest.raises(CorpusError):  # the old cache is not a fallback for broken data
        load_corpus_cached(data, tmp_path / "cache")


@pytest.mark.parametrize("content", [b"", b"garbage", pickle.dumps(("key", "not a corpus")),
                                     pickle.dumps(["a", "list"])])
def test_an_unreadable_cache_is_rebuilt(data: Path, tmp_path: Path, content: bytes,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CACHE_NAME).write_bytes(content)
    calls = _count_loads(monkeypatch)
    assert load_corpus_cached(data, cache) == load_corpus(data)
    assert len(calls) == 1
    key, corpus = pickle.loads((cache / CACHE_NAME).read_bytes())
    assert key == corpus_cache.cache_key(data) and corpus == load_corpus(data)


def test_an_unwritable_cache_folder_only_costs_speed(data: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    assert load_corpus_cached(data, blocker) == load_corpus(data)


def test_a_cache_hit_does_not_import_the_loader(data: Path, tmp_path: Path) -> None:
    """Start-up cost: serving from the cache needs neither the loader nor json."""
    import subprocess
    import sys

    load_corpus_cached(data, tmp_path / "cache")
    code = ("import sys; from viewer.corpus.cache import load_corpus_cached as f; "
            f"c = f({str(data)!r}, {str(tmp_path / 'cache')!r}); "
            "print(len(c.places), 'viewer.corpus.load' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [str(len(load_corpus(data).places)), "False"]
