"""A start-up cache of the loaded corpus (issue 9): parsing and checking every data file costs
~17 ms at each start; reading back the checked result costs ~2 ms.

The cache is a pickle in the user's cache folder, written only after a complete, successful
`load_corpus`, together with a key listing everything the result depends on: the app version,
the Python version, the data folder's path, and the name, size and modification time of every
file in it and of this package's modules. A cache whose key differs from the current one is
never used; a cache that cannot be read is ignored and rewritten. `data check` never uses it.
The file is the user's own (like their settings); it is not a place for input from others.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from pathlib import Path

from viewer import __version__
from viewer.corpus.model import Corpus

log = logging.getLogger("viewer.corpus")

CACHE_NAME = "corpus.pickle"


def cache_key(data: Path) -> str:
    """Everything a loaded corpus depends on, as one string (stat calls only, no reading)."""
    parts = [__version__, sys.version, str(Path(data).resolve())]
    code = Path(__file__).resolve().parent
    for root in (Path(data), code):
        if not root.is_dir():  # a frozen bundle has no .py files: its version stands in
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith((".pyc", ".part")):
                    continue
                path = os.path.join(dirpath, name)
                st = os.stat(path)
                parts.append(f"{os.path.relpath(path, root)}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


def load_corpus_cached(data: Path, cache_dir: Path) -> Corpus:
    """`load_corpus(data)`, read from the cache when it holds this exact data; otherwise
    loaded (raising CorpusError as usual) and then cached for the next start."""
    key = cache_key(data)
    path = Path(cache_dir) / CACHE_NAME
    try:
        with open(path, "rb") as fh:
            cached_key, corpus = pickle.load(fh)
        if cached_key == key and isinstance(corpus, Corpus):
            return corpus
        log.info("the corpus cache %s is for other data or code: rebuilding it", path)
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - any unreadable cache is rebuilt, never fatal
        log.warning("ignoring the corpus cache %s: %s", path, exc)
    from viewer.corpus.load import load_corpus  # the loader only when the cache cannot serve

    corpus = load_corpus(data)
    _write(path, key, corpus)
    return corpus


def _write(path: Path, key: str, corpus: Corpus) -> None:
    from viewer.paths import replace_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replace_atomically(path) as tmp:
            tmp.write_bytes(pickle.dumps((key, corpus), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:  # a read-only or full disk: start without a cache
        log.info("could not write the corpus cache %s: %s", path, exc)
