"""Citations formatted from CSL-JSON fields only: nothing missing is ever made up. No Qt.

The bibliographic conventions (et al., ed., vol., pp.) stay as in the citation style; the
status words are the interface's and are translated.
"""

from __future__ import annotations

from typing import Any

from viewer.corpus.model import Source
from viewer.shorten import shorten
from viewer.translations import QT_TRANSLATE_NOOP, translate

VERIFICATION_LABELS = {"verified": QT_TRANSLATE_NOOP("status", "verified"),
                       "partial": QT_TRANSLATE_NOOP("status", "partly verified"),
                       "unverified": QT_TRANSLATE_NOOP("status", "unverified")}
#: The status words of data/SCHEMA.md as the interface shows them (translated when shown).
STATUS_WORDS = {"verified": QT_TRANSLATE_NOOP("status", "verified"),
                "partial": QT_TRANSLATE_NOOP("status", "partial"),
                "collated": QT_TRANSLATE_NOOP("status", "collated"),
                "translation": QT_TRANSLATE_NOOP("status", "translation"),
                "missing": QT_TRANSLATE_NOOP("status", "missing"),
                "not-seen": QT_TRANSLATE_NOOP("status", "not seen"),
                "unverified": QT_TRANSLATE_NOOP("status", "unverified")}


def verification_label(status: str) -> str:
    """A source's verification, in the interface language."""
    return translate("status", VERIFICATION_LABELS.get(status, "unverified"))


def status_word(status: str) -> str:
    """A status word (data/SCHEMA.md) in the interface language; unknown words as they are."""
    return translate("status", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def issued_year(csl: dict[str, Any]) -> str:
    issued = csl.get("issued") or {}
    parts = issued.get("date-parts") or []
    if parts and parts[0] and parts[0][0] not in (None, ""):
        return str(parts[0][0])
    return str(issued.get("literal") or issued.get("raw") or "")


def _family(person: dict[str, Any]) -> str:
    return str(person.get("family") or person.get("literal") or person.get("given") or "")


def _full_name(person: dict[str, Any]) -> str:
    if person.get("literal"):
        return str(person["literal"])
    family, given = person.get("family") or "", person.get("given") or ""
    return f"{family}, {given}" if family and given else str(family or given)


def short_citation(source: Source | None, locator: str | None = None,
                   fallback_id: str = "") -> str:
    """'Hara 1995, p. 12' — author family names (or a short title) and year, as far as known."""
    if source is None:
        label = fallback_id
    else:
        csl = source.csl
        names = [n for n in (_family(a) for a in csl.get("author") or []) if n]
        if len(names) == 1:
            who = names[0]
        elif len(names) == 2:
            who = f"{names[0]} and {names[1]}"
        elif names:
            who = f"{names[0]} et al."
        else:
            who = shorten(str(csl.get("title-short") or source.title or source.id), 40)
        label = " ".join(x for x in (who, issued_year(csl)) if x)
    return f"{label}, {locator}" if locator else label


def plain_citation(csl: dict[str, Any]) -> str:
    """A plain-text reference: authors. (year). title. container. place: publisher. URL.

    Only fields present in the record are used; an absent field is left out, not guessed.
    """
    authors = [n for n in (_full_name(a) for a in csl.get("author") or []) if n]
    editors = [n for n in (_full_name(a) for a in csl.get("editor") or []) if n]
    parts: list[str] = []
    if authors:
        parts.append("; ".join(authors))
    elif editors:
        parts.append("; ".join(editors) + (" (eds.)" if len(editors) > 1 else " (ed.)"))
    year = issued_year(csl)
    if year:
        parts.append(f"({year})")
    if csl.get("title"):
        parts.append(str(csl["title"]))
    for key in ("container-title", "collection-title"):
        if csl.get(key):
            parts.append(str(csl[key]))
    if csl.get("volume"):
        parts.append(f"vol. {csl['volume']}")
    if csl.get("page"):
        parts.append(f"pp. {csl['page']}")
    publisher = ": ".join(str(csl[k]) for k in ("publisher-place", "publisher") if csl.get(k))
    if publisher:
        parts.append(publisher)
    if csl.get("DOI"):
        parts.append(f"doi:{csl['DOI']}")
    if csl.get("URL"):
        parts.append(str(csl["URL"]))
    text = ". ".join(p.rstrip(".") for p in parts)
    return text if csl.get("URL") or not text else text + "."
