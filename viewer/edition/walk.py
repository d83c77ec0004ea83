"""One walk over the declaration for the chosen languages: each passage, aligned across the
languages by passage id, with each language's paragraphs in its own order (status, sources,
provenance, offsets in the anchoring text), every missing paragraph as a gap in its place,
a passage absent from a language as one gap for the whole passage, and the passage's variant
readings. Every writer (Markdown, TEI, PDF) reads the edition through this walk, so what one
shows, all show. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from viewer.corpus.model import LANGS, PASSAGE_IDS, Corpus, Supplied, Variant
from viewer.edition.status import gap_text, status_label, where


@dataclass(frozen=True)
class Item:
    """One paragraph of one language, or a gap where its text is not available."""

    lang: str
    passage_id: str
    n: str  # the paragraph's n; "" for a passage absent from this language as a whole
    where: str  # 'art. 9, para. 1'
    status: str
    text: str  # "" for a gap
    sources: tuple[str, ...] = ()
    provenance: str = ""
    translated_from: str | None = None
    start: int | None = None  # offsets in the passage's anchoring text (None for a gap)
    end: int | None = None
    supplied: Supplied | None = None  # a reader's supply standing in (status "supplied")
    shipped: str = ""  # with a supply: the shipped wording it stands beside ("" = a gap)

    @property
    def is_gap(self) -> bool:
        return not self.text

    @property
    def mark(self) -> str:
        """The status mark shown after the paragraph ("" for verified wording)."""
        if self.supplied is not None:
            return f"[{self.supplied.label}]"
        return status_label(self.status, self.translated_from)

    @property
    def gap_text(self) -> str:
        return self._gap

    @property
    def xml_id(self) -> str:
        """A stable id (an XML NCName): 'en-art-9.1'; 'ru-art-10' for a whole passage."""
        return f"{self.lang}-{self.passage_id}" + (f".{self.n}" if self.n else "")

    _gap: str = ""


@dataclass(frozen=True)
class LangPassage:
    lang: str
    passage_id: str
    label: str  # the heading in this language ('Статья 9'); the English label if absent
    present: bool  # False: the passage is not in this language's text at all
    items: tuple[Item, ...]
    variants: tuple[Variant, ...] = ()

    @property
    def gaps(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.is_gap)


@dataclass(frozen=True)
class Row:
    """One passage across the chosen languages."""

    passage_id: str
    label: str  # English heading ('Article 9')
    texts: tuple[LangPassage, ...]


def chosen_langs(corpus: Corpus, langs: Iterable[str] | None) -> list[str]:
    """The languages asked for, in the edition's order, that the corpus has."""
    wanted = set(langs) if langs is not None else set(LANGS)
    return [lang for lang in LANGS if lang in wanted and lang in corpus.texts]


def walk(corpus: Corpus, langs: Iterable[str] | None = None) -> Iterator[Row]:
    """The passages in document order, each with one LangPassage per chosen language."""
    chosen = chosen_langs(corpus, langs)
    present = {p.id for t in corpus.texts.values() for p in t.passages}
    order = [pid for pid in PASSAGE_IDS if pid in present]
    order += sorted(present - set(order))  # (the loader allows only PASSAGE_IDS)
    for pid in order:
        english = corpus.passage("en", pid)
        label = english.label if english else next(
            p.label for t in corpus.texts.values() if (p := t.passage(pid)) is not None)
        yield Row(pid, label, tuple(_lang_passage(corpus, lang, pid, label) for lang in chosen))


def _lang_passage(corpus: Corpus, lang: str, pid: str, fallback_label: str) -> LangPassage:
    passage = corpus.passage(lang, pid)
    if passage is None:  # the whole passage is absent from this text: one gap says so
        gap = Item(lang, pid, "", where(corpus, pid, None), "missing", "",
                   _gap=gap_text(corpus, lang, pid, None))
        return LangPassage(lang, pid, fallback_label, False, (gap,))
    offsets = {p.n: (s, e) for p, s, e in passage.paragraph_spans()}
    items = []
    for para in passage.paragraphs:
        start, end = offsets.get(para.n, (None, None))
        items.append(Item(
            lang, pid, para.n, where(corpus, pid, para.n),
            para.status if para.text else "missing", para.text, para.sources,
            para.provenance, para.translated_from, start, end, para.supplied,
            para.alternatives[0].text if para.alternatives else "",
            _gap="" if para.text else gap_text(corpus, lang, pid, para.n)))
    return LangPassage(lang, pid, passage.label, True, tuple(items), passage.variants)


def gaps(corpus: Corpus, langs: Iterable[str] | None = None) -> list[Item]:
    """Every gap of the chosen languages, in document order."""
    return [i for row in walk(corpus, langs) for t in row.texts for i in t.gaps]


def items(corpus: Corpus, langs: Iterable[str] | None = None) -> list[Item]:
    """Every paragraph and gap of the chosen languages, in document order."""
    return [i for row in walk(corpus, langs) for t in row.texts for i in t.items]
