"""What the map draws, built once from the corpus: the islands, the historical lines with
their tags, the place labels with their priorities; and the geometry asked of them (an
island's members, the rect of a set of islands, the keyboard order)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QWidget

from viewer.corpus.map_labels import Water
from viewer.corpus.model import CLAIM_KEYS, Corpus, HistoricalLine, Place
from viewer.ui.map.items import LINE_COLOURS, SEA, IslandItem, LineItem
from viewer.ui.map.labels import LabelItem
from viewer.ui.map.projection import project

MARGIN_DEG = 0.6  # sea around the data, in degrees


def line_tag(line: HistoricalLine) -> str:
    """The short tag drawn on a line: its year, or the head of its label."""
    head = line.label_en.split(":")[0].split(" (")[0]
    return head.split()[0] if head[:4].isdigit() else head


class MapScene(QGraphicsScene):
    def __init__(self, corpus: Corpus, parent: QWidget | None = None,
                 waters: tuple[Water, ...] = ()) -> None:
        super().__init__(parent)
        self.corpus, self.waters = corpus, waters
        self.setBackgroundBrush(SEA)
        self.islands: dict[str, IslandItem] = {}
        self.lines: dict[str, LineItem] = {}
        self.labels: dict[str, LabelItem] = {}
        self._group_of: dict[str, list[str]] = {}
        self._build()

    def _build(self) -> None:
        for place in self.corpus.places.values():
            if place.kind == "island" and place.polygons:
                item = IslandItem(place)
                self.addItem(item)
                self.islands[place.id] = item
                self._group_of.setdefault(place.group, []).append(place.id)
        for i, line in enumerate(sorted(self.corpus.lines.values(),
                                        key=lambda ln: (ln.year_from, ln.id))):
            item = LineItem(line, QColor(LINE_COLOURS[i % len(LINE_COLOURS)]))
            self.addItem(item)
            self.lines[line.id] = item
            tag = LabelItem(f"line:{line.id}", item.midpoint(), 70, place_id=None, small=True,
                            border=item.colour)
            tag.anchors = item.tag_points()
            tag.set_text(line_tag(line))
            self.addItem(tag)
            self.labels[tag.key] = tag
        for place in self.corpus.places.values():
            if place.kind == "island" and place.name_en and place.id in self.islands:
                self._add_label(place)
            elif place.kind == "group" and place.members:
                self._add_label(place)
        for water in self.waters:
            self._add_water(water)
        self._offset_shared_courses()
        self.data_box = QRectF()  # the box the coastlines were clipped to
        for item in self.islands.values():
            self.data_box = self.data_box.united(item.path().boundingRect())
        rect = self.itemsBoundingRect()
        m = project(0, 0).y() - project(0, MARGIN_DEG).y()
        self.setSceneRect(rect.adjusted(-m, -m, m, m))

    def _offset_shared_courses(self) -> None:
        """Find the lines that share a course (the line of Soviet control in 1945, the line
        of administration, the 1951 reference line: the same median line)."""
        self.shared: list[list[str]] = []  # groups of line ids on one course
        for lid, item in self.lines.items():
            points = {p for path in item.line.paths for p in path}
            for group in self.shared:
                first = self.lines[group[0]].line
                if len(points & {p for path in first.paths for p in path}) >= 5:
                    group.append(lid)
                    break
            else:
                self.shared.append([lid])

    def spread_shared(self) -> None:
        """Lines drawn together on one course stand side by side, 5 px apart, centred on
        it: both stay readable (no candy stripe); a line drawn alone keeps its course."""
        for group in self.shared:
            shown = [lid for lid in group if self.lines[lid].isVisible()]
            for i, lid in enumerate(shown):
                item = self.lines[lid]
                offset = (i - (len(shown) - 1) / 2) * 5.0
                if offset != item.offset_px:
                    item.prepareGeometryChange()
                    item.offset_px = offset
                    item.update()

    def _add_water(self, water: Water) -> None:
        priority = 58.0 if water.kind != "strait" else 59.0  # after the disputed islets
        label = LabelItem(f"water:{water.id}", project(*water.points[0]), priority,
                          place_id=None, small=water.kind == "strait", water=True)
        label.anchors = [project(*p) for p in water.points]
        label.leaders = water.kind == "strait"  # a strait's name may point into it
        self.addItem(label)
        self.labels[label.key] = label

    def _add_label(self, place: Place) -> None:
        area = place.area_km2 or 0.0
        if place.kind == "group":
            members = self.members(place.id)
            biggest = max(members, key=lambda m: self.corpus.places[m].area_km2 or 0)
            ref = self.corpus.places[biggest].ref_point
            anchor = project(*ref) if ref else self.rect_of(members).center()
        else:
            ref = place.ref_point
            anchor = project(*ref) if ref else self.islands[place.id].scene_rect().center()
        if place.id in CLAIM_KEYS:  # the small Habomai group first: it has the least room
            priority = 101.0 if place.kind == "group" else 100.0
        elif place.id == "hokkaido":  # after the Habomai islets: they have less room
            priority = 60.1
        elif place.id == "urup":
            priority = 85.0
        elif place.group == "habomai":
            priority = 60 + min(area, 100) / 10
        elif place.group == "other-kurils":
            priority = 40 + min(area, 2000) / 100
        else:
            priority = 30.0
        label = LabelItem(f"place:{place.id}", anchor, priority, place_id=place.id,
                          small=place.kind == "island" and area < 600,
                          bold=place.id in CLAIM_KEYS)
        label.below_first = place.kind == "group"
        if place.kind == "island":
            label.extent = self.islands[place.id].scene_rect()
        else:  # a group: beside its islands, a leader to the largest
            label.extent = self.rect_of(self.members(place.id))
            label.own = frozenset(self.members(place.id))
        self.addItem(label)
        self.labels[label.key] = label

    # --- geometry ---------------------------------------------------------------------------

    def members(self, pid: str) -> list[str]:
        """The island items that make up a place: a group's islands, an island and its islets."""
        place = self.corpus.places.get(pid)
        if place is None:
            return []
        if place.kind == "group":
            return [m for m in place.members if m in self.islands]
        ids = [pid] if pid in self.islands else []
        return ids + [i for i in self._group_of.get(pid, []) if i != pid]

    def rect_of(self, ids: list[str]) -> QRectF:
        rect = QRectF()
        for pid in ids:
            if pid in self.islands:
                rect = rect.united(self.islands[pid].scene_rect())
        return rect

    def disputed_rect(self) -> QRectF:
        """The four disputed groups, with room below for the Habomai label."""
        rect = self.rect_of([m for key in CLAIM_KEYS for m in self.members(key)])
        return rect.adjusted(0, 0, 0, project(0, 0).y() - project(0, 0.25).y())

    def focus_order(self) -> list[str]:
        """Keyboard order: the disputed groups first, then the named islands south to north."""
        order = [pid for pid in CLAIM_KEYS if pid in self.corpus.places]
        first = set(order)
        rest = [p for p in self.corpus.places.values()
                if p.id not in first and p.name_en and (p.kind == "group" or p.id in self.islands)]
        habomai = [p for p in rest if p.group == "habomai"]
        others = [p for p in rest if p.group != "habomai"]
        habomai.sort(key=lambda p: -(p.area_km2 or 0))
        others.sort(key=lambda p: (p.ref_point or (0, 0))[1])
        order[1:1] = [p.id for p in habomai]  # the islets right after their group
        return order + [p.id for p in others]
