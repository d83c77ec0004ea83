"""What the map says in words: an island's tooltip (both names, who administers and claims
it), the legend's block for a selected reading, and the keyboard ring's announcement."""

from __future__ import annotations

import html

from viewer.corpus.map_labels import Water
from viewer.corpus.model import CLAIM_KEYS, Corpus, Place
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.translations import QT_TRANSLATE_NOOP, translate
from viewer.translations import party_name as interface_party_name
from viewer.ui.map.items import CLAIMS


def party_name(corpus: Corpus, pid: str | None) -> str:
    if not pid:
        return "—"
    party = corpus.parties.get(pid)
    return interface_party_name(party) if party else pid


# One sentence per kind of selection: the words around the kind differ in every language.
_NAMED = {"passage": (QT_TRANSLATE_NOOP("map", "Named in the selected passage"),
                      QT_TRANSLATE_NOOP("map", "Not named in the selected passage")),
          "note": (QT_TRANSLATE_NOOP("map", "Named in the selected note"),
                   QT_TRANSLATE_NOOP("map", "Not named in the selected note")),
          "event": (QT_TRANSLATE_NOOP("map", "Named in the selected event"),
                    QT_TRANSLATE_NOOP("map", "Not named in the selected event")),
          "annotation": (QT_TRANSLATE_NOOP("map", "Named in the selected annotation"),
                         QT_TRANSLATE_NOOP("map", "Not named in the selected annotation"))}


def selection_note(corpus: Corpus, ref: Ref | None, place: Place, marked: bool) -> str:
    """What the current selection says of `place`, in a line ("" with no selection)."""
    if ref is None:
        return ""
    if ref.kind == "place":
        target = corpus.places.get(ref.id)
        name = place_name(target, "both") if target else ref.id
        return (translate("map", "Selected ({name})") if marked
                else translate("map", "Not part of the selection ({name})")).format(name=name)
    if ref.kind == "interp" and ref.id in corpus.interpretations:
        interp = corpus.interpretations[ref.id]
        who = f"{interp.title} ({party_name(corpus, interp.party)}, {interp.date[:4]})"
        value = interp.claims.get(place.id) or interp.claims.get(place.group)
        if value in CLAIMS:
            _colour, word, meaning = CLAIMS[value]
            return translate("map", "Reading {who}: {word} — {meaning}").format(
                who=who, word=translate("claims", word), meaning=translate("claims", meaning))
        return translate("map", "Reading {who}: says nothing of this island").format(who=who)
    if ref.kind not in _NAMED:
        return ""
    return translate("map", _NAMED[ref.kind][0 if marked else 1])


def tooltip(corpus: Corpus, place: Place, mode: str, note: str = "") -> str:
    """Both names (native script and romanised), who administers and claims it, and what
    the selection says of it (`note`)."""
    e = html.escape
    if place.name_en:
        rows = [f"<b>{e(place_name(place, mode))}</b>"]
    else:
        group = corpus.places.get(place.group)
        rows = ["<b>" + e(translate("map", "Unnamed islet")) + "</b>"]
        if group is not None and group.name_en:
            rows.append(e(translate("map", "Part of: {group}").format(
                group=place_name(group, mode))))
    if place.name_ja:
        rows.append(e(translate("map", "Japanese: {name} ({romanised})").format(
            name=place.name_ja, romanised=place.name_ja_latn)))
    if place.name_ru:
        rows.append(e(translate("map", "Russian: {name} ({romanised})").format(
            name=place.name_ru, romanised=place.name_ru_latn)))
    if place.name_en:
        rows.append(e(translate("map", "English: {name}").format(name=place.name_en)))
    group = corpus.places.get(place.group)
    if place.name_en and group is not None and group.kind == "group":
        rows.append(e(translate("map", "Part of: {group}").format(
            group=place_name(group, mode))))
    if place.area_km2:
        rows.append(e(translate("map", "Area: {area:,.1f} km² (from the drawn coastline)").format(
            area=place.area_km2)))
    rows.append(e(translate("map", "Administered by: {party}").format(
        party=party_name(corpus, place.administered_by))))
    claimed = ", ".join(party_name(corpus, p) for p in place.claimed_by) or "—"
    rows.append(e(translate("map", "Claimed by: {parties}").format(parties=claimed)))
    if note:
        rows.append(f"<i>{e(note)}</i>")
    return "<qt>" + "<br>".join(rows) + "</qt>"


def water_tooltip(water: Water) -> str:
    e = html.escape
    return (f"<qt><b>{e(water.name_en)}</b><br>"
            + e(translate("map", "Japanese: {name} ({romanised})").format(
                name=water.name_ja, romanised=water.name_ja_latn)) + "<br>"
            + e(translate("map", "Russian: {name} ({romanised})").format(
                name=water.name_ru, romanised=water.name_ru_latn)) + "<br>"
            + e(translate("map", "Names from: {sources}").format(
                sources=", ".join(water.sources))) + "</qt>")


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
    return translate("map", "Reading: {title} ({party}, {year})").format(
        title=interp.title, party=party, year=interp.date[:4]), used


def ring_text(place: Place, current: Ref | None, mode: str) -> str:
    """What the keyboard ring's island is: its name, and whether it is the selection."""
    chosen = current is not None and current.kind == "place" and current.id in (
        place.id, place.group)
    return (f"{place_name(place, mode)} — "
            + (translate("map", "selected") if chosen
               else translate("map", "press Enter to select")))
