"""What the reading view shows, derived from the corpus model (not from the walk under test):
every missing paragraph, every passage absent from a language, every status mark."""

from __future__ import annotations

from viewer.corpus.citation import passage_label
from viewer.corpus.model import PASSAGE_IDS

NAMES = {"en": "English", "ru": "Russian", "ja": "Japanese"}
FROM = {"fr": "French", "ru": "Russian", "ja": "Japanese"}
WORDS = {"partial": "[unverified: fragment]", "collated": "[unverified: editorial collation]",
         "translation": "[unverified: editorial translation", "missing": "[not available]"}


def _several(corpus, pid: str) -> bool:
    return any(len(p.paragraphs) > 1 for t in corpus.texts.values()
               if (p := t.passage(pid)) is not None)


def expected_gaps(corpus, lang: str) -> list[str]:
    """'Russian text not available: art. 9, para. 1' for each paragraph without text, and
    'Russian text not available: art. 10' for a passage the language lacks altogether."""
    out = []
    for pid in PASSAGE_IDS:
        if not any(t.passage(pid) for t in corpus.texts.values()):
            continue
        passage = corpus.passage(lang, pid)
        if passage is None:
            out.append(f"{NAMES[lang]} text not available: {passage_label(pid)}")
            continue
        for p in passage.paragraphs:
            if not p.text:
                para = p.n if _several(corpus, pid) else None
                out.append(f"{NAMES[lang]} text not available: {passage_label(pid, para)}")
    return out


def expected_marks(corpus, lang: str) -> list[str]:
    """The mark of each paragraph with text that is not verified, in order."""
    out = []
    for passage in corpus.texts[lang].passages:
        for p in passage.paragraphs:
            if p.text and p.status != "verified":
                mark = WORDS[p.status]
                if p.status == "translation":
                    mark += f" from the {FROM[p.translated_from]}]" if p.translated_from \
                        else "]"
                out.append(mark)
    return out
