"""The shipped content as a typed model. Plain Python: never imports Qt."""

from __future__ import annotations

from typing import Any

from viewer.corpus.errors import CorpusError
from viewer.corpus.model import Corpus

__all__ = ["Corpus", "CorpusError", "load_corpus"]


def __getattr__(name: str) -> Any:
    # The loader (json, the checks) is imported when first used: a start-up that reads
    # the cached corpus does not need it.
    if name == "load_corpus":
        from viewer.corpus.load import load_corpus

        return load_corpus
    raise AttributeError(f"module 'viewer.corpus' has no attribute '{name}'")
