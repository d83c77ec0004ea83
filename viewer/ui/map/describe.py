"""What the map says in words: an island's tooltip (both names, who administers and claims
it), the legend's block for a selected reading, and the keyboard ring's announcement."""

from __future__ import annotations

import html

from viewer.corpus.map_labels import Water
from viewer.corpus.model import CLAIM_KEYS, Corpus, Place
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.map.items import CLAIMS


def party_name(corpus: Corpus, pid: str | None) -> str:
    if not pid:
        return "—"
    party = corpus.parties.get(pid)
    return party.name if party else pid


_KIND_WORDS = {"passage": "passage", "note": "note", "event": "event",
               "annotation": "annotation"}


def selection_note(corpus: Corpus, ref: Ref | None, place: Place, marked: bool) -> str:
    """What the current selection says of `place`, in a line ("" with no selection)."""
    if ref is None:
        return ""
    if ref.kind == "place":
        target = corpus.places.get(ref.id)
        name = place_name(target, "both") if target else ref.id
        return f"Selected ({name})" if marked else f"Not part of the selection ({name})"
    if ref.kind == "interp" and ref.id in corpus.interpretations:
        interp = corpus.interpretations[ref.id]
        who = f"{interp.title} ({party_name(corpus, interp.party)}, {interp.date[:4]})"
        value = interp.claims.get(place.id) or interp.claims.get(place.group)
        if value in CLAIMS:
            _colour, word, meaning = CLAIMS[value]
            return f"Reading {who}: {word} — {meaning}"
        return f"Reading {who}: says nothing of this island"
    kind = _KIND_WORDS.get(ref.kind)
    if kind is None:
        return ""
    return (f"Named in the selected {kind}" if marked
            else f"Not named in the selected {kind}")


def tooltip(corpus: Corpus, place: Place, mode: str, note: str = "") -> str:
    """Both names (native script and romanised), who administers and claims it, and what
    the selection says of it (`note`)."""
    e = html.escape
    if place.name_en:
        rows = [f"<b>{e(place_name(place, mode))}</b>"]
    else:
        group = corpus.places.get(place.group)
        rows = ["<b>Unnamed islet</b>"]
        if group is not None and group.name_en:
            rows.append(f"Part of: {e(place_name(group, mode))}")
    if place.name_ja:
        rows.append(f"Japanese: {e(place.name_ja)} ({e(place.name_ja_latn)})")
    if place.name_ru:
        rows.append(f"Russian: {e(place.name_ru)} ({e(place.name_ru_latn)})")
    if place.name_en:
        rows.append(f"English: {e(place.name_en)}")
    group = corpus.places.get(place.group)
    if place.name_en and group is not None and group.kind == "group":
        rows.append(f"Part of: {e(place_name(group, mode))}")
    if place.area_km2:
        rows.append(f"Area: {place.area_km2:,.1f} km² (from the drawn coastline)")
    rows.append(f"Administered by: {e(party_name(corpus, place.administered_by))}")
    claimed = ", ".join(party_name(corpus, p) for p in place.claimed_by) or "—"
    rows.append(f"Claimed by: {e(claimed)}")
    if note:
        rows.append(f"<i>{e(note)}</i>")
    return "<qt>" + "<br>".join(rows) + "</qt>"


def water_tooltip(water: Water) -> str:
    e = html.escape
    return (f"<qt><b>{e(water.name_en)}</b><br>Japanese: {e(water.name_ja)} "
            f"({e(water.name_ja_latn)})<br>Russian: {e(water.name_ru)} "
            f"({e(water.name_ru_latn)})<br>Names from: {e(', '.join(water.sources))}</qt>")


def claim_legend(corpus: Corpus, ref: Ref | None,
                 mode: str) -> tuple[str | None, dict[str, list[str]]]:
    """(title, claim value -> island names) of a selected reading; (None, {}) otherwise."""
    interp = corpus.interpretations.get(ref.id) if ref and ref.kind == "interp" else None
    if interp is None:
        return None, {}
    used: dict[str, list[str]] = {}
    for key in CLAIM_KEYS:
        value = interp.claims.get(key)
        place = corpus.places.get(key)
        if value in CLAIMS and place is not None:
            used.setdefault(value, []).append(place_name(place, mode))
    party = party_name(corpus, interp.party)
    return f"Reading: {interp.title} ({party}, {interp.date[:4]})", used


def ring_text(place: Place, current: Ref | None, mode: str) -> str:
    """What the keyboard ring's island is: its name, and whether it is the selection."""
    chosen = current is not None and current.kind == "place" and current.id in (
        place.id, place.group)
    return (f"{place_name(place, mode)} — "
            + ("selected" if chosen else "press Enter to select"))
