"""The user annotation record and small helpers (no Qt, no SQL)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from .anchor import TextPositionSelector, TextQuoteSelector, describe

COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
LINK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def new_id() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def now_iso() -> str:
    """Current time, ISO 8601 in UTC with an explicit ``+00:00`` offset."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def normalise_time(value: str) -> str:
    """Parse ISO 8601 (``Z`` or offset; naive = UTC) to UTC ``+00:00``; ValueError if bad."""
    value = value.strip()
    if value[-1:] in ("Z", "z"):  # Python 3.10's fromisoformat does not accept "Z"
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Strip whitespace, drop empties and duplicates, keep order."""
    out: dict[str, None] = {}
    for t in tags:
        t = " ".join(str(t).split())
        if t:
            out.setdefault(t, None)
    return list(out)


def check_color(color: str) -> str:
    """'' (no colour) or ``#rrggbb`` (lower-cased); ValueError otherwise."""
    color = (color or "").strip()
    if color and not COLOR_RE.match(color):
        raise ValueError(f"colour must be #rrggbb, got {color[:40]!r}")
    return color.lower()


def check_link_ids(ids: Iterable[str], what: str) -> list[str]:
    out = []
    for i in ids:
        if not isinstance(i, str) or not LINK_ID_RE.match(i):
            raise ValueError(f"{what} id must match [a-z0-9-]+, got {str(i)[:40]!r}")
        if i not in out:
            out.append(i)
    return out


@dataclass
class Annotation:
    """One user annotation. ``start``/``end`` are code-point offsets in the passage's
    anchoring text; ``orphan`` is recomputed at every re-anchoring."""

    id: str
    lang: str  # "" when unknown (an orphan imported from elsewhere)
    passage: str  # "" when unknown
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""  # Markdown, stored as text; never rendered as raw HTML
    tags: list[str] = field(default_factory=list)
    color: str = ""  # "" or #rrggbb
    places: list[str] = field(default_factory=list)  # place ids
    interpretations: list[str] = field(default_factory=list)  # interpretation ids
    created: str = ""
    modified: str = ""
    orphan: bool = False
    origin: str | None = None  # source IRI it was imported from, if not ours

    @property
    def quote(self) -> TextQuoteSelector:
        return TextQuoteSelector(self.exact, self.prefix, self.suffix)

    @property
    def position(self) -> TextPositionSelector | None:
        if self.start is None or self.end is None:
            return None
        return TextPositionSelector(self.start, self.end)

    def copy(self, **changes) -> Annotation:
        changes.setdefault("tags", list(self.tags))
        changes.setdefault("places", list(self.places))
        changes.setdefault("interpretations", list(self.interpretations))
        return replace(self, **changes)


def new_annotation(
    lang: str, passage: str, text: str, start: int, end: int, *,
    note: str = "", tags: Iterable[str] = (), color: str = "",
    places: Iterable[str] = (), interpretations: Iterable[str] = (),
) -> Annotation:
    """A fresh annotation on ``text[start:end]`` of passage (lang, passage)."""
    quote, pos = describe(text, start, end)
    if not quote.exact:
        raise ValueError("cannot annotate an empty selection")
    now = now_iso()
    return Annotation(
        id=new_id(), lang=lang, passage=passage, exact=quote.exact, prefix=quote.prefix,
        suffix=quote.suffix, start=pos.start, end=pos.end, note=note,
        tags=normalise_tags(tags), color=check_color(color),
        places=check_link_ids(places, "place"),
        interpretations=check_link_ids(interpretations, "interpretation"),
        created=now, modified=now,
    )
