"""How a passage of the declaration is cited and linked, and how a bibliography entry
(CSL-JSON) is cited: short ("Hara 1995, p. 12") or in full. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from viewer.shorten import shorten

if TYPE_CHECKING:
    from viewer.corpus.model import Source

TITLE = "Joint Declaration, 19 October 1956"
UNTS = "UNTS No. 3768"
NAMES = {"title": "title", "preamble": "preamble", "closing": "closing formula",
         "signatures": "signatures"}


def passage_label(pid: str, para: str | None = None) -> str:
    """'art. 9, para. 2', 'art. 3(a)', 'preamble, para. 2'."""
    if pid.startswith("art-"):
        base = f"art. {pid.removeprefix('art-')}"
        if para and para.isalpha():
            return f"{base}({para})"
    else:
        base = NAMES.get(pid, pid)
    return f"{base}, para. {para}" if para else base


def passage_citation(pid: str, para: str | None = None) -> str:
    """'Joint Declaration, 19 October 1956, art. 9, para. 2, UNTS No. 3768'."""
    return f"{TITLE}, {passage_label(pid, para)}, {UNTS}"


def passage_link(pid: str, para: str | None = None) -> str:
    """A deep link the app opens (`--goto` accepts it too)."""
    return f"dv:passage/{pid}.{para}" if para else f"dv:passage/{pid}"


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
