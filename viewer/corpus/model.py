"""Typed objects for the shipped content (data/). Plain Python: no Qt here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from viewer.corpus.status import SEEN, TEXT_STATUSES, Status

LANGS: tuple[str, ...] = ("en", "ru", "ja")
LANG_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "ja": "日本語"}
PASSAGE_IDS: tuple[str, ...] = (
    "title", "preamble", *(f"art-{n}" for n in range(1, 11)), "closing", "signatures",
)
STATUSES: tuple[str, ...] = tuple(TEXT_STATUSES)  # the text's words (status.py has them all)
CLAIM_KEYS: tuple[str, ...] = ("habomai", "shikotan", "kunashir", "iturup")
CLAIM_VALUES: tuple[str, ...] = ("transfer", "return", "retained", "undetermined")
NOTE_KINDS: tuple[str, ...] = ("person", "place", "term", "wording", "text")
PARAGRAPH_SEP = "\n\n"
IRI_PREFIX = "urn:declaration-viewer:"


def quote_starts(text: str, exact: str, prefix: str = "", suffix: str = "") -> list[int]:
    """Where `exact` occurs in `text` with the given adjacent prefix and suffix."""
    starts: list[int] = []
    if not exact:
        return starts
    start = text.find(exact)
    while start != -1:
        end = start + len(exact)
        if text[:start].endswith(prefix) and text[end:].startswith(suffix):
            starts.append(start)
        start = text.find(exact, start + 1)
    return starts


PASSAGE_IRI_PREFIX = IRI_PREFIX + "jd1956:"
PLACE_IRI_PREFIX = IRI_PREFIX + "place:"
INTERP_IRI_PREFIX = IRI_PREFIX + "interp:"


def passage_iri(lang: str, passage_id: str) -> str:
    """The IRI of one passage of one language version (shipped notes and user annotations)."""
    return f"{PASSAGE_IRI_PREFIX}{lang}:{passage_id}"


def parse_passage_iri(iri: str) -> tuple[str, str] | None:
    """``urn:declaration-viewer:jd1956:en:art-9`` -> ``("en", "art-9")``; else None."""
    if not isinstance(iri, str) or not iri.startswith(PASSAGE_IRI_PREFIX):
        return None
    lang, sep, pid = iri[len(PASSAGE_IRI_PREFIX):].partition(":")
    if not sep or lang not in LANGS or not pid or ":" in pid:
        return None
    return lang, pid


@dataclass(frozen=True)
class Supplied:
    """Where a reader's supplied wording comes from (their database, never data/)."""

    id: str
    edition: str
    page: str
    remark: str
    supplier: str
    created: str
    label: str  # "supplied from <edition>, p. N, by this copy's user"


@dataclass(frozen=True)
class Paragraph:
    n: str
    text: str
    status: Status  # or "supplied" when a reader's supply stands in (never in data/)
    sources: tuple[str, ...]
    provenance: str
    translated_from: str | None = None
    supplied: Supplied | None = None
    # With a supply: the shipped paragraph first, then older supplies, one click away.
    alternatives: tuple[Paragraph, ...] = ()


@dataclass(frozen=True)
class Variant:
    label: str
    text: str
    status: Status
    sources: tuple[str, ...]
    provenance: str


@dataclass(frozen=True)
class Passage:
    id: str
    lang: str
    label: str
    paragraphs: tuple[Paragraph, ...]
    variants: tuple[Variant, ...] = ()

    @property
    def text(self) -> str:
        """The anchoring text: non-empty paragraphs joined (see data/SCHEMA.md)."""
        return PARAGRAPH_SEP.join(p.text for p in self.paragraphs if p.text)

    def paragraph(self, n: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.n == n), None)

    def paragraph_spans(self) -> list[tuple[Paragraph, int, int]]:
        """(paragraph, start, end) offsets of each non-empty paragraph in `text`."""
        spans, pos = [], 0
        for p in self.paragraphs:
            if not p.text:
                continue
            spans.append((p, pos, pos + len(p.text)))
            pos += len(p.text) + len(PARAGRAPH_SEP)
        return spans

    @property
    def unverified(self) -> bool:
        return any(p.status != "verified" for p in self.paragraphs)


@dataclass(frozen=True)
class DeclarationText:
    lang: str
    edition: str
    authentic: bool
    passages: tuple[Passage, ...]

    def passage(self, pid: str) -> Passage | None:
        return next((p for p in self.passages if p.id == pid), None)


@dataclass(frozen=True)
class NoteTarget:
    lang: str
    passage: str
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Note:
    """An editorial note: a W3C Web Annotation shipped in data/notes/."""

    id: str  # short id, e.g. "habomai"
    iri: str
    label: str
    kind: str
    body: str  # Markdown, English
    targets: tuple[NoteTarget, ...]
    places: tuple[str, ...] = ()
    interpretations: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    id: str
    kind: str  # "island" or "group"
    name_en: str
    name_ja: str
    name_ja_latn: str
    name_ru: str
    name_ru_latn: str
    group: str
    area_km2: float | None
    administered_by: str | None
    claimed_by: tuple[str, ...]
    members: tuple[str, ...] = ()
    ref_point: tuple[float, float] | None = None
    # Polygons as lists of rings of (lon, lat); empty for groups.
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...] = ()
    note: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.id, self.name_en, self.name_ja, self.name_ja_latn,
                                 self.name_ru, self.name_ru_latn) if n)


@dataclass(frozen=True)
class HistoricalLine:
    id: str
    year_from: int
    year_to: int | None
    label_en: str
    description: str
    sources: tuple[str, ...]
    paths: tuple[tuple[tuple[float, float], ...], ...]
    properties: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def in_force(self, year: int) -> bool:
        """Both ends count: a line with year_from 1945 and year_to 1945 is drawn for 1945."""
        return self.year_from <= year and (self.year_to is None or year <= self.year_to)


@dataclass(frozen=True)
class Quote:
    text: str
    lang: str
    source: str
    verified: bool
    provenance: str


@dataclass(frozen=True)
class SourceRef:
    id: str
    locator: str | None = None


@dataclass(frozen=True)
class Interpretation:
    id: str
    party: str
    title: str
    proponent: str
    date: str
    summary: str
    argument: str
    passages: tuple[str, ...]
    claims: dict[str, str] = field(compare=False, hash=False)
    claim_notes: dict[str, str] = field(compare=False, hash=False)
    sources: tuple[SourceRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[str, ...] = ()


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    name_ja: str
    name_ru: str
    kind: str


@dataclass(frozen=True)
class Event:
    id: str
    date: str
    title: str
    summary: str
    sources: tuple[str, ...]
    interpretations: tuple[str, ...]
    places: tuple[str, ...]
    map_year: int | None
    status: Status = Status.VERIFIED
    # The cited source whose seen page gives the date; set exactly when status is verified.
    date_source: str | None = None
    provenance: str = ""

    @property
    def verified(self) -> bool:
        return self.status == Status.VERIFIED

    @property
    def year(self) -> int:
        return int(self.date[:4])


@dataclass(frozen=True)
class Source:
    """A CSL-JSON bibliography item; `csl` keeps the full record."""

    id: str
    title: str
    verification: Status  # verified | partial | not-seen (status.SOURCE_STATUSES)
    checked: str
    csl: dict[str, Any] = field(compare=False, hash=False)
    seen: str = ""  # the page(s) or edition seen; empty exactly when not seen
    weak: str = ""  # why it is a weak witness; empty if it is not one

    @property
    def is_seen(self) -> bool:
        return self.verification in SEEN

    @property
    def is_weak(self) -> bool:
        return bool(self.weak)


@dataclass
class Corpus:
    texts: dict[str, DeclarationText]
    notes: dict[str, Note]
    places: dict[str, Place]
    lines: dict[str, HistoricalLine]
    interpretations: dict[str, Interpretation]
    parties: dict[str, Party]
    events: dict[str, Event]
    sources: dict[str, Source]
    # data/map_labels.json (a map_labels.MapLabels): the waters' names, the lines' kinds
    map_labels: Any = field(default=None, compare=False)

    def passage(self, lang: str, pid: str) -> Passage | None:
        text = self.texts.get(lang)
        return text.passage(pid) if text else None

    def passage_texts(self) -> dict[tuple[str, str], str]:
        """(lang, passage id) -> anchoring text, the mapping the annotation layer uses."""
        return {(lang, p.id): p.text for lang, t in self.texts.items() for p in t.passages}

    def status_counts(self) -> dict[str, dict[str, int]]:
        """How many entries carry each status word, per kind (for Help > About this text).

        "text" counts paragraphs of all languages, "source" bibliography entries (and
        "weak" how many of them are weak witnesses), "event" the timeline."""
        text: dict[str, int] = {}
        for t in self.texts.values():
            for p in t.passages:
                for para in p.paragraphs:
                    text[para.status] = text.get(para.status, 0) + 1
        source: dict[str, int] = {}
        for s in self.sources.values():
            source[s.verification] = source.get(s.verification, 0) + 1
        event: dict[str, int] = {}
        for e in self.events.values():
            event[e.status] = event.get(e.status, 0) + 1
        weak = sum(1 for s in self.sources.values() if s.is_weak)
        return {"text": text, "source": source, "event": event, "weak": {"source": weak}}

    def counts(self) -> dict[str, Any]:
        return {
            "passages": {lang: len(self.texts[lang].passages) if lang in self.texts else 0
                         for lang in LANGS},
            "notes": len(self.notes),
            "places": len(self.places),
            "interpretations": len(self.interpretations),
            "parties": len(self.parties),
            "sources": len(self.sources),
            "events": len(self.events),
            "unverified_passages": sum(
                1 for t in self.texts.values() for p in t.passages if p.unverified),
        }
