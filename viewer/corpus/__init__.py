"""The shipped content as a typed model. Plain Python: never imports Qt."""

from viewer.corpus.load import CorpusError, load_corpus
from viewer.corpus.model import Corpus

__all__ = ["Corpus", "CorpusError", "load_corpus"]
