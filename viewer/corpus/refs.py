"""References into the corpus (`art-9.2`, `place:shikotan`, `interp:<id>`, `note:<id>`). No Qt."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from viewer.corpus.model import IRI_PREFIX, PASSAGE_IDS, Corpus, Place, parse_passage_iri

KINDS = ("passage", "place", "interp", "note", "annotation", "event", "source")
_PASSAGE_RE = re.compile(
    "^(" + "|".join(map(re.escape, PASSAGE_IDS)) + r")(?:\.([0-9a-z]+))?$")


class UnknownRef(ValueError):
    """A reference that names nothing in the corpus."""


@dataclass(frozen=True)
class Ref:
    kind: str  # one of KINDS
    id: str
    para: str | None = None  # paragraph, for passages only
    place: str | None = None  # an island in focus, for a reading (a matrix cell)
    # a search hit's words, for passages only: (lang, ((start, end), ...)) in the passage's
    # text; the text marks those words, not the whole paragraph
    hit: tuple[str, tuple[tuple[int, int], ...]] | None = None

    def __str__(self) -> str:
        if self.kind == "passage":
            return f"{self.id}.{self.para}" if self.para else self.id
        return f"{self.kind}:{self.id}" + (f"@{self.place}" if self.place else "")


def _fold(name: str) -> str:
    """Case-, accent- and suffix-insensitive form of a place name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()
    text = text.replace("ё", "е")
    for suffix in ("-to", " island", " islands", "-gunto", " group", "島", "群島"):
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
    for prefix in ("остров ", "острова ", "о. "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.strip()


def place_aliases(place: Place) -> set[str]:
    aliases = set()
    for name in place.names:
        for part in re.split(r"\s*/\s*|\s*\(\s*|\s*\)\s*", name):
            if part:
                aliases.add(_fold(part))
        aliases.add(_fold(name))
    aliases.discard("")
    return aliases


def find_place(corpus: Corpus, name: str) -> Place | None:
    """A place by id or any of its names in any convention, case-insensitively."""
    if name in corpus.places:
        return corpus.places[name]
    wanted = _fold(name)
    # Prefer groups (Habomai) and named islands over islets that share a name part.
    for place in sorted(corpus.places.values(), key=lambda p: p.kind != "group"):
        if wanted in place_aliases(place):
            return place
    return None


def parse_ref(corpus: Corpus, text: str) -> Ref:
    """Resolve REF from the command line or an app link; raise UnknownRef if it names nothing."""
    # A copied link may carry its status after it ("dv:passage/art-9.2 [Russian: …]").
    raw = re.sub(r"\s+\[[^\]]*\]$", "", text.strip())
    if raw.startswith("dv:"):  # an app link, as copied from the text pane
        kind, _, rest = raw.removeprefix("dv:").partition("/")
        raw = rest if kind == "passage" else f"{kind}:{rest}"
    # The ids written in data/ ("urn:declaration-viewer:note:moscow"), alone or after
    # their kind ("note:urn:declaration-viewer:note:moscow"), name the same thing.
    if (where := parse_passage_iri(raw)) is not None:
        raw = where[1]
    raw = raw.removeprefix(IRI_PREFIX)
    kind, sep, rest = raw.partition(":")
    if rest.startswith(f"{IRI_PREFIX}{kind.lower()}:"):
        rest = rest.removeprefix(f"{IRI_PREFIX}{kind.lower()}:")
    if not sep:
        m = _PASSAGE_RE.match(raw.lower())
        if not m:
            raise UnknownRef(f"unknown reference '{raw}'")
        pid, para = m.group(1), m.group(2)
        passage = corpus.passage("en", pid)
        if para and (passage is None or passage.paragraph(para) is None):
            raise UnknownRef(f"passage '{pid}' has no paragraph '{para}'")
        return Ref("passage", pid, para)
    kind = kind.lower()
    if kind == "place":
        place = find_place(corpus, rest)
        if place is None:
            raise UnknownRef(f"unknown place '{rest}'")
        return Ref("place", place.id)
    if kind == "interp" and "@" in rest:
        rest, _, place_name = rest.partition("@")
        place = find_place(corpus, place_name)
        if place is None or rest not in corpus.interpretations:
            raise UnknownRef(f"unknown reading or place in '{raw}'")
        return Ref("interp", rest, place=place.id)
    table = {"interp": corpus.interpretations, "note": corpus.notes, "event": corpus.events,
             "source": corpus.sources}.get(kind)
    if kind == "annotation" or (kind == "note" and rest.startswith("urn:uuid:")):
        return Ref("annotation", rest)  # a user's note: the store checks that it exists
    if table is None:
        raise UnknownRef(f"unknown reference kind '{kind}' in '{raw}'")
    if rest not in table:
        raise UnknownRef(f"unknown {kind} '{rest}'")
    return Ref(kind, rest)
