"""Citations formatted from CSL-JSON fields only: nothing missing is ever made up. No Qt.

The bibliographic conventions (et al., ed., vol., pp.) stay as in the citation style; the
status words are the interface's and are translated (viewer.translations).
"""

from __future__ import annotations

from typing import Any

from viewer.corpus.model import Source
from viewer.corpus.status import Status, explain, label
from viewer.shorten import shorten
from viewer.translations import QT_TRANSLATE_NOOP, translate

#: The mark beside a weak witness (what one is: viewer.corpus.status.WEAK_WITNESS).
WEAK_WITNESS_LABEL = QT_TRANSLATE_NOOP("status", "weak witness")


def status_label(status: str) -> str:
    """A status word of the one vocabulary (viewer.corpus.status) in the interface language."""
    return translate("status", label(status))


def status_meaning(status: str, kind: str) -> str:
    """What a status word means for `kind` ("text", "source", "event"), translated; ""."""
    meaning = explain(status, kind)
    return translate("status", meaning) if meaning else ""


def weak_witness_text() -> str:
    """What a weak witness is (viewer.corpus.status.WEAK_WITNESS), translated."""
    from viewer.corpus.status import WEAK_WITNESS

    return translate("status", WEAK_WITNESS)


def verification_label(status: str) -> str:
    """A source's status word from the one vocabulary (viewer.corpus.status): "verified",
    "partly verified", "cited, not seen"; an unknown word is never shown as verified."""
    if status == Status.NOT_SEEN:  # the list names works we cite: say we did not see it
        return translate("status", "cited, {word}").format(word=status_label(status))
    return status_label(status)


def source_status(source: Source) -> str:
    """The status shown beside a source: its word, and "weak witness" when it is one."""
    word = verification_label(source.verification)
    return (f"{word} · {translate('status', WEAK_WITNESS_LABEL)}" if source.is_weak
            else word)


def source_status_explained(source: Source) -> str:
    """The status in full, for tooltips, accessible text and the detail view: the word and
    what it means for a source, then why it is a weak witness, if it is one."""
    meaning = status_meaning(source.verification, "source")
    out = verification_label(source.verification) + (f": {meaning}" if meaning else "")
    if source.is_weak:
        weak = translate("status", WEAK_WITNESS_LABEL)
        out += f"\n{weak[:1].upper()}{weak[1:]}: {source.weak}"
    return out


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
