"""Where each map label goes: the placement rule.

A label's box never lies over land (its own island or another one: a name set on an island
hides the coast, a name set on the wrong island reads as that island's), never over another
label, a leader line or the scale bar and north arrow, and always wholly inside the frame.
Labels are placed greedily, the forced ones (the selection, a reading's claims) first, then
by priority. Each tries, in order: beside what it names (or on its line, for a line's tag);
the same, shifted back into the frame; then standing off on widening rings with a leader
line to its island (small islets, straits); for the most important labels, the nearest free
spot of sea anywhere in the frame, with a leader. A leader never crosses another island or a
label. A label that finds no room is hidden (the legend and tooltips still name it).

Works in viewport pixels, so it follows zoom and pan; `to_view` is viewportTransform().
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPainterPath, QRegion, QTransform

from viewer.ui.map.labels import LabelItem

Land = Sequence[tuple[str, QRectF, QPainterPath]]  # (place id, scene rect, scene outline)
RINGS = (14.0, 28.0, 48.0, 76.0, 110.0)
DIRECTIONS = 16
ANYWHERE_PRIORITY = 85  # labels this important may go to any free sea spot, with a leader


class LandIndex:
    """The islands in view pixels, for quick 'is this over land' questions."""

    def __init__(self, land: Land, to_view: QTransform, view: QRectF | None = None) -> None:
        self.to_view = to_view
        self.from_view = to_view.inverted()[0]
        self.items = [(pid, to_view.mapRect(rect), path) for pid, rect, path in land]
        if view is not None:  # only what is on screen can be under a label
            self.items = [item for item in self.items if item[1].intersects(view)]
        self.outline = {pid: path for pid, _rect, path in land}
        self.boxes = QRegion()  # every island's box: most candidates are far from all
        for _pid, box, _path in self.items:
            self.boxes = self.boxes.united(box.toAlignedRect())

    def hits(self, rect: QRectF) -> bool:
        """Whether the view rect lies over any island."""
        if not self.boxes.intersects(rect.toAlignedRect()):
            return False
        scene = None
        for _pid, box, path in self.items:
            if box.intersects(rect):
                scene = scene or self.from_view.mapRect(rect)
                if path.intersects(scene):
                    return True
        return False

    def touches(self, rect: QRectF, own: frozenset[str], gap: float = 7.0) -> bool:
        """Whether the view rect lies within `gap` pixels of one of the `own` islands."""
        if not own:
            return False
        near = rect.adjusted(-gap, -gap, gap, gap)
        scene = self.from_view.mapRect(near)
        return any(pid in own and box.intersects(near) and path.intersects(scene)
                   for pid, box, path in self.items)

    def coast(self, pid: str | None, bounds: QRectF, most: int = 160) -> list[QPointF]:
        """Points of an island's coast inside `bounds` (view pixels), at most `most`."""
        outline = self.outline.get(pid or "")
        if outline is None:
            return []
        points = []
        for i in range(outline.elementCount()):
            e = outline.elementAt(i)
            p = self.to_view.map(QPointF(e.x, e.y))
            if bounds.contains(p):
                points.append(p)
        step = max(1, len(points) // most)
        return points[::step]

    def land_at(self, point: QPointF, skip: frozenset[str]) -> bool:
        for pid, box, path in self.items:
            if pid not in skip and box.contains(point) and path.contains(
                    self.from_view.map(point)):
                return True
        return False

    def crosses(self, a: QPointF, b: QPointF, own: frozenset[str]) -> bool:
        """Whether the segment a–b (view pixels) passes over an island not in `own`."""
        steps = max(2, int(QLineF(a, b).length() / 3))
        return any(self.land_at(a + (b - a) * (i / steps), own) for i in range(steps + 1))


def _crossing(a: QPointF, b: QPointF, c: QPointF, d: QPointF) -> bool:
    kind = QLineF(a, b).intersects(QLineF(c, d))[0]
    return kind == QLineF.IntersectionType.BoundedIntersection


def _segment_hits(a: QPointF, b: QPointF, rect: QRectF) -> bool:
    if not QRectF(a, b).normalized().adjusted(-1, -1, 1, 1).intersects(rect):
        return False
    if rect.contains(a) or rect.contains(b):
        return True
    corners = [rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()]
    line = QLineF(a, b)
    return any(line.intersects(QLineF(corners[i], corners[(i + 1) % 4]))[0]
               == QLineF.IntersectionType.BoundedIntersection for i in range(4))


def _clamp(origin: QPointF, offset: QPointF, size: QSizeF, bounds: QRectF,
           most: float = 0.5) -> QPointF:
    """Shift a candidate back inside the view, by at most `most` of the label's size."""
    rect = QRectF(origin + offset, size)
    dx = max(0.0, bounds.left() - rect.left()) - max(0.0, rect.right() - bounds.right())
    dy = max(0.0, bounds.top() - rect.top()) - max(0.0, rect.bottom() - bounds.bottom())
    dx = max(-size.width() * most, min(size.width() * most, dx))
    dy = max(-size.height() * most, min(size.height() * most, dy))
    return offset + QPointF(dx, dy)


def _anchors(label: LabelItem, bounds: QRectF, land: LandIndex,
             scene_view: QRectF) -> Iterator[tuple[QPointF, QRectF | None]]:
    """(scene anchor, extent in view pixels) pairs to try, the best first."""
    t = land.to_view
    if label.extent is None:  # a water, a line's tag, a group's anchor: its points in view
        for point in label.anchors:
            if bounds.contains(t.map(point)) or label.forced:
                yield point, None
        return
    extent = t.mapRect(label.extent)
    if not extent.intersects(bounds):
        return
    anchor = label.anchors[0]
    if bounds.contains(extent) or (bounds.contains(t.map(anchor))
                                   and label.place_id not in land.outline):
        yield anchor, extent
        return
    # Partly out of view: stand by the part that is on screen (a point on its land there).
    outline = land.outline.get(label.place_id or "")
    if outline is None:
        if bounds.contains(t.map(anchor)):
            yield anchor, extent.intersected(bounds)
        return
    frame = QPainterPath()
    frame.addRect(scene_view)
    visible = outline.intersected(frame)
    box = visible.boundingRect()
    on_screen = t.mapRect(box)
    if box.isEmpty() or (not label.forced and on_screen.width() < 12
                         and on_screen.height() < 12):
        return  # a sliver of coast in a corner is not worth a name
    if bounds.contains(t.map(anchor)) and visible.contains(anchor):
        yield anchor, t.mapRect(box)
        return
    centre, best = box.center(), None
    for i in range(7):
        for j in range(7):
            p = QPointF(box.left() + box.width() * (i + 0.5) / 7,
                        box.top() + box.height() * (j + 0.5) / 7)
            d = QLineF(p, centre).length()
            if (best is None or d < best[0]) and visible.contains(p):
                best = (d, p)
    if best is not None:
        yield best[1], t.mapRect(box)


def _tries(label: LabelItem, origin: QPointF, extent: QRectF | None, bounds: QRectF,
           coast: list[QPointF] = ()) -> Iterator[tuple[QPointF, str]]:  # noqa: B006
    """(offset, kind) candidates, the best first. kind: "near" (beside what it names, no
    leader), "coast" (beside a point of its coast: kept only if it touches the coast),
    "off" (standing off: a leader unless it happens to touch its coast)."""
    w, h = label.size.width(), label.size.height()
    near = label.candidates(extent)
    if label.on_line:
        near.insert(0, QPointF(-w / 2, -h / 2))
    elif not label.small and extent is not None and not label.below_first and coast:
        # A large island: beside a point of its coast on screen, nearest its anchor first.
        coast = sorted(coast, key=lambda p: QLineF(origin, p).length())
        g = 3.0
        for p in coast:
            o = p - origin
            for offset in (QPointF(o.x() + g, o.y() - h / 2),
                           QPointF(o.x() - w - g, o.y() - h / 2),
                           QPointF(o.x() - w / 2, o.y() + g),
                           QPointF(o.x() - w / 2, o.y() - h - g)):
                yield offset, "coast"
        near = []  # beside its box is not beside its coast: the spots above cover that
    for offset in near:
        yield offset, "near"
    for offset in near:
        yield _clamp(origin, offset, label.size, bounds), "near"
    if not label.leaders:
        return
    e = extent if extent is not None else QRectF(0, 0, 0, 0)
    major = label.forced or label.priority >= 60 or label.water
    rings = RINGS if major else RINGS[:3]  # the minor ones: not far off
    for r in rings:
        for k in range(DIRECTIONS):
            a = math.pi * 2 * k / DIRECTIONS
            dx, dy = math.cos(a), math.sin(a)
            cx = e.center().x() + dx * (e.width() / 2 + r + w / 2)
            cy = e.center().y() + dy * (e.height() / 2 + r + h / 2)
            yield QPointF(cx - w / 2, cy - h / 2), "off"
    if label.on_line:
        return
    if label.forced or label.priority >= ANYWHERE_PRIORITY or label.water:
        # Any free spot, nearest first (the names that matter most; a strait's name).
        step = 14.0
        spots = [QPointF(x * step, y * step) - origin
                 for x in range(int(bounds.left() / step), int(bounds.right() / step) + 1)
                 for y in range(int(bounds.top() / step), int(bounds.bottom() / step) + 1)]
        spots.sort(key=lambda o: QLineF(QPointF(), o + QPointF(w / 2, h / 2)).length())
        for offset in spots[:400]:
            yield offset, "off"


def _find(label: LabelItem, index: LandIndex, bounds: QRectF, inner: QRectF,
          scene_view: QRectF, taken: QRegion, placed: list[QRectF],
          leaders: list[tuple[QPointF, QPointF]]) -> tuple | None:
    """The first candidate the rule allows: (scene anchor, offset, leader line, rect)."""
    for anchor, extent in _anchors(label, bounds, index, scene_view):
        origin = index.to_view.map(anchor)
        ext = extent.translated(-origin) if extent is not None else None
        coast = index.coast(label.place_id, bounds) if not label.small else []
        for offset, kind in _tries(label, origin, ext, bounds, coast):
            rect = QRectF(origin + offset, label.size)
            if not inner.contains(rect) or taken.intersects(rect.toAlignedRect()) \
                    or any(_segment_hits(a, b, rect) for a, b in leaders) \
                    or index.hits(rect):
                continue
            line = None
            if kind != "near" and not index.touches(rect, label.own):
                if kind == "coast":
                    continue
                near = QPointF(min(max(origin.x(), rect.left()), rect.right()),
                               min(max(origin.y(), rect.top()), rect.bottom()))
                if any(_segment_hits(near, origin, r) for r in placed) \
                        or any(_crossing(near, origin, a, b) for a, b in leaders) \
                        or (not label.on_line  # a tag's line may run over land
                            and index.crosses(near, origin, label.own)):
                    continue
                line = (near, origin)
            return anchor, offset, line, rect
    return None


def place_labels(labels: list[LabelItem], to_view: QTransform, bounds: QRectF,
                 reserved: list[QRectF] = (), land: Land = ()) -> None:  # noqa: B006 - read only
    """Place every wanted label by the rule above (hidden where it finds no room)."""
    index = LandIndex(land, to_view, bounds)
    scene_view = index.from_view.mapRect(bounds)
    inner = bounds.adjusted(1, 1, -1, -1)
    placed: list[QRectF] = list(reserved)
    taken = QRegion()  # the same, as one region: one call asks about all of them
    for r in reserved:
        taken = taken.united(r.toAlignedRect())
    leaders: list[tuple[QPointF, QPointF]] = []
    for label in sorted(labels, key=lambda lab: (not lab.forced, -lab.priority)):
        if not label.wanted or not label.text:
            label.setVisible(False)
            continue
        choice = None
        # One line; if there is no room, the important names try two ("Japanese /" over
        # "Russian"), which fit where one long line does not.
        tries = (False, True) if (label.forced or label.priority >= ANYWHERE_PRIORITY
                                  or label.water) and " / " in label.text else (False,)
        for stacked in tries:
            label.stack(False)
            label.stack(stacked or label.size.width() > bounds.width() - 8)  # wider: 2 lines
            choice = _find(label, index, bounds, inner, scene_view, taken, placed,
                           leaders)
            if choice is not None or label.stacked:
                break
        if choice is None:
            label.setVisible(False)
            continue
        anchor, offset, line, rect = choice
        label.place(anchor, offset, QPointF(0, 0) if line else None)
        label.setVisible(True)
        placed.append(rect.adjusted(-2, -1, 2, 1))
        taken = taken.united(placed[-1].toAlignedRect())
        if line:
            leaders.append(line)
