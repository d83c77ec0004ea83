"""What the current selection means on the map: which islands are filled, outlined,
badged or highlighted, which year an event asks for, and where the view should go.

No drawing here: `marks_for` answers in place ids and colours; the pane applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from viewer.corpus.model import CLAIM_KEYS, Corpus
from viewer.corpus.refs import Ref
from viewer.translations import translate
from viewer.ui.map.items import CLAIMS, MARKED_FILL, SELECTED_FILL
from viewer.ui.map.scene import MapScene

DECLARATION_YEAR = 1956  # a passage, its notes and annotations are about the 1956 lines


@dataclass
class Marks:
    fills: dict[str, QColor] = field(default_factory=dict)
    outlines: dict[str, str] = field(default_factory=dict)
    badges: dict[str, tuple[str, QColor]] = field(default_factory=dict)
    highlight: dict[str, QColor] = field(default_factory=dict)
    marked: list[str] = field(default_factory=list)
    target: tuple[QRectF, str] | None = None
    year: int | None = None  # the year the selection asks the map to show
    year_is_event: bool = False  # asked by an event (always followed), not by the text


def places_in_passage(corpus: Corpus, ref: Ref) -> list[str]:
    """The islands a passage (paragraph) names: its place notes, and names found in it.

    Only `place` notes count: a wording note may discuss islands the text does not name.
    """
    found: list[str] = []
    for note in corpus.notes.values():
        if note.kind != "place":
            continue
        for t in note.targets:
            if t.passage != ref.id:
                continue
            if ref.para:
                passage = corpus.passage(t.lang, ref.id)
                para = passage.paragraph(ref.para) if passage else None
                if para is None or t.exact not in para.text:
                    continue
            found.extend(note.places)
            break
    texts = []
    for lang in ("en", "ru", "ja"):
        passage = corpus.passage(lang, ref.id)
        if passage is None:
            continue
        para = passage.paragraph(ref.para) if ref.para else None
        texts.append(para.text if para else passage.text)
    joined = "\n".join(texts).casefold()
    for key in CLAIM_KEYS:
        place = corpus.places.get(key)
        if place is None:
            continue
        names = [n.strip() for n in place.name_en.split("/")] + [
            place.name_ja, place.name_ru.removeprefix("острова ").removeprefix("остров ")]
        names = [n.removesuffix(" Islands") for n in names if n]
        if any(n.casefold() in joined for n in names if len(n) >= 2):
            found.append(key)
    return list(dict.fromkeys(p for p in found if p in corpus.places))


def marks_for(ref: Ref | None, corpus: Corpus, scene: MapScene,
              annotations=None) -> Marks:  # noqa: ANN001 - the annotation service
    m = Marks()
    if ref is not None and ref.kind == "place" and ref.id in corpus.places:
        ids = scene.members(ref.id)
        m.outlines.update(dict.fromkeys(ids, "selected"))
        m.highlight[ref.id] = SELECTED_FILL
        m.marked = ids
        m.target = (scene.rect_of(ids), "centre")
    elif ref is not None and ref.kind == "interp" and ref.id in corpus.interpretations:
        interp = corpus.interpretations[ref.id]
        for key in CLAIM_KEYS:
            value = interp.claims.get(key)
            if value not in CLAIMS:
                continue
            colour, word, _ = CLAIMS[value]
            for pid in scene.members(key):
                m.fills[pid] = colour
            m.badges[key] = (translate("claims", word), colour)
        if ref.place and ref.place in corpus.places:
            ids = scene.members(ref.place)
            m.outlines.update(dict.fromkeys(ids, "selected"))
            m.highlight[ref.place] = SELECTED_FILL
            m.marked = ids
            m.target = (scene.rect_of(ids), "centre")
        else:
            m.target = (scene.disputed_rect(), "fit")
    elif ref is not None and ref.kind in ("passage", "note", "event", "annotation"):
        if ref.kind == "passage":
            places = places_in_passage(corpus, ref)
        elif ref.kind == "annotation":
            a = annotations.get(ref.id) if annotations is not None else None
            places = list(a.places) if a else []
        elif ref.kind == "note":
            note = corpus.notes.get(ref.id)
            places = list(note.places) if note else []
        else:
            event = corpus.events.get(ref.id)
            places = list(event.places) if event else []
            if event is not None and event.map_year:
                m.year, m.year_is_event = event.map_year, True
        if ref.kind in ("passage", "note", "annotation"):
            m.year = DECLARATION_YEAR  # the text is about its own year's lines
        for pid in places:
            if pid in corpus.places:
                ids = scene.members(pid)
                m.outlines.update(dict.fromkeys(ids, "marked"))
                m.highlight[pid] = MARKED_FILL
                m.marked.extend(ids)
        if m.marked:
            m.target = (scene.rect_of(m.marked), "centre")
    return m
