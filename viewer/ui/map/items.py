"""Scene items of the island map: islands, historical lines, labels, and their styles."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from viewer.corpus.model import HistoricalLine, Place
from viewer.ui.common.claims import CLAIM_COLOURS
from viewer.ui.map.projection import project, project_all

LAND = QColor("#e8e1cf")
LAND_EDGE = QColor("#6b6450")
SEA = QColor("#cfe3f0")
GRATICULE = QColor(90, 120, 150, 90)
SELECTED_FILL = QColor("#f2b84b")
SELECTED_EDGE = QColor("#b0281a")
MARKED_FILL = QColor("#f7dc8f")
MARKED_EDGE = QColor("#7a4d00")

# A reading's claim: fill colour (the readings pane's, so a claim looks the same in both
# panes), the word shown on the map, and what it means (neutral, our words). Colour is
# never the only signal.
# The word and meaning are translated where shown (context "claims").
_WORDS_MEANINGS = {
    "transfer": (QT_TRANSLATE_NOOP("claims", "Transfer"),
                 QT_TRANSLATE_NOOP("claims", "to be transferred to Japan (after a peace treaty)")),
    "return": (QT_TRANSLATE_NOOP("claims", "Return"),
               QT_TRANSLATE_NOOP("claims", "to be returned to Japan")),
    "retained": (QT_TRANSLATE_NOOP("claims", "Retained"),
                 QT_TRANSLATE_NOOP("claims", "remains with the Soviet Union / Russia")),
    "undetermined": (QT_TRANSLATE_NOOP("claims", "Undetermined"),
                     QT_TRANSLATE_NOOP("claims", "left open or not determined")),
}
CLAIMS: dict[str, tuple[QColor, str, str]] = {
    key: (QColor(CLAIM_COLOURS[key]), word, meaning)
    for key, (word, meaning) in _WORDS_MEANINGS.items()}

LINE_COLOURS = ("#b2182b", "#5e3c99", "#8c510a", "#1a1a1a", "#2166ac", "#c51b7d",
                "#01665e", "#762a83")


def line_pen(colour: QColor, defined: bool, width: float = 2.5) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if not defined:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def line_defined(line: HistoricalLine) -> bool:
    """A line without an agreed course (`"defined": false`) is drawn dashed."""
    return line.properties.get("defined", True) is not False


class IslandItem(QGraphicsPathItem):
    """One island (or islet) polygon; styled by the pane, highlighted on hover."""

    def __init__(self, place: Place) -> None:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for polygon in place.polygons:
            for ring in polygon:
                path.addPolygon(project_all(ring))  # moveTo the first point, lineTo the rest
                path.closeSubpath()
        super().__init__(path)
        self.place = place
        self.hovered = False
        self.fill: QColor | None = None
        self.outline: str | None = None  # "selected" | "marked" | None
        self._scene_rect: QRectF | None = None
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1)
        # A coastline is thousands of antialiased segments: keep it as a pixmap, so that a
        # repaint (a selection elsewhere, a pan) does not redraw it; restyling redraws it.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.refresh()

    def scene_rect(self) -> QRectF:
        """sceneBoundingRect(), kept until the pen changes (Qt strokes the whole coastline
        to compute it)."""
        if self._scene_rect is None:
            self._scene_rect = self.sceneBoundingRect()
        return self._scene_rect

    def set_style(self, fill: QColor | None = None, outline: str | None = None) -> None:
        if (fill, outline) != (self.fill, self.outline):
            self.fill, self.outline = fill, outline
            self.refresh()

    def refresh(self) -> None:
        fill = QColor(self.fill or LAND)
        if self.outline == "selected" and self.fill is None:
            fill = QColor(SELECTED_FILL)
        elif self.outline == "marked" and self.fill is None:
            fill = QColor(MARKED_FILL)
        if self.hovered:
            fill = fill.darker(112)
        edge, width = LAND_EDGE, 0.8
        if self.outline == "selected":
            edge, width = SELECTED_EDGE, 3.0
        elif self.outline == "marked":
            edge, width = MARKED_EDGE, 2.2
        if self.hovered:
            width = max(width, 2.0)
            edge = edge if self.outline else QColor("#222222")
        pen = QPen(edge, width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)
        self._scene_rect = None  # the pen's width is part of the bounding rect
        self.setBrush(fill)
        self.setZValue(3 if self.outline == "selected" else 2 if self.outline else 1)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        self.hovered = True
        self.refresh()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.hovered = False
        self.refresh()
        super().hoverLeaveEvent(event)


class LineItem(QGraphicsPathItem):
    """A historical line; not clickable (the legend explains it)."""

    def __init__(self, line: HistoricalLine, colour: QColor) -> None:
        path = QPainterPath()
        for points in line.paths:
            path.moveTo(project(*points[0]))
            for lon, lat in points[1:]:
                path.lineTo(project(lon, lat))
        super().__init__(path)
        self.line = line
        self.colour = colour
        self.defined = line_defined(line)
        self.setPen(line_pen(colour, self.defined))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(10)

    def shape(self) -> QPainterPath:  # an open path must not hit-test as a filled area
        stroker = QPainterPathStroker()
        stroker.setWidth(0.5)
        return stroker.createStroke(self.path())

    def midpoint(self) -> QPointF:
        longest = max(self.line.paths, key=len)
        return project(*longest[len(longest) // 2])


class LabelItem(QGraphicsItem):
    """A map label in screen pixels (ignores zoom), with an optional claim badge line.

    `anchor` is its scene position; the placement step picks `offset` among candidates.
    """

    def __init__(self, key: str, anchor: QPointF, priority: float, *, place_id: str | None,
                 small: bool = False, bold: bool = False, border: QColor | None = None) -> None:
        super().__init__()
        self.key, self.place_id, self.priority, self.small = key, place_id, priority, small
        self.avoid_land = small  # never over another island if there is another spot
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(anchor)
        self.setZValue(20)
        self.font = QFont()
        self.font.setPointSizeF(8.5 if small else 9.5)
        self.font.setBold(bold)
        self.badge_font = QFont()
        self.badge_font.setPointSizeF(8.5)
        self.badge_font.setBold(True)
        self.text = ""
        self.stacked = False  # the names on two lines ("Japanese /" over "Russian")
        self.badge: tuple[str, QColor] | None = None
        self.border = border
        self.highlight: QColor | None = None
        self.wanted = True  # shown if placement finds room (or if forced)
        self.forced = False
        self.below_first = False  # groups: put the label under the cluster
        self.offset = QPointF()
        self.size = QSizeF(0, 0)
        self.extent: QRectF | None = None  # scene rect of what it names
        if place_id:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_text(self, text: str) -> None:
        self.text = text
        self._layout()

    def set_badge(self, badge: tuple[str, QColor] | None) -> None:
        self.badge = badge
        self._layout()

    def lines(self) -> list[str]:
        if self.stacked and " / " in self.text:
            first, rest = self.text.split(" / ", 1)
            return [f"{first} /", rest]
        return [self.text]

    def stack(self, stacked: bool) -> None:
        """Two lines instead of one, for a view narrower than the one-line label."""
        if stacked != self.stacked:
            self.stacked = stacked
            self._layout()

    def _layout(self) -> None:
        self.prepareGeometryChange()
        fm = QFontMetricsF(self.font)
        lines = self.lines()
        w = max(fm.horizontalAdvance(line) for line in lines) + 8
        h = fm.height() * len(lines) + 2
        if self.badge:
            bm = QFontMetricsF(self.badge_font)
            w = max(w, bm.horizontalAdvance(self.badge[0]) + 12)
            h += bm.height() + 4
        self.size = QSizeF(w, h)
        self.update()

    def candidates(self, extent: QRectF | None = None) -> list[QPointF]:
        """Offsets to try; `extent` is the island's rect in view pixels relative to the anchor,
        so side positions sit beside the island rather than over it."""
        w, h, g = self.size.width(), self.size.height(), 4.0
        e = extent if extent is not None else QRectF(0, 0, 0, 0)
        centre = QPointF(-w / 2, -h / 2)
        right, left = QPointF(e.right() + g, -h / 2), QPointF(e.left() - w - g, -h / 2)
        below, above = QPointF(-w / 2, e.bottom() + g), QPointF(-w / 2, e.top() - h - g)
        diagonals = [QPointF(e.right() + g, e.bottom() + g),
                     QPointF(e.right() + g, e.top() - h - g),
                     QPointF(e.left() - w - g, e.bottom() + g),
                     QPointF(e.left() - w - g, e.top() - h - g)]
        if self.below_first:
            return [below, QPointF(-w / 2, e.bottom() + 3 * g + h / 2), right, left, above,
                    *diagonals]
        if self.small:
            return [right, above, below, left, *diagonals]
        return [centre, below, above, right, left, *diagonals]

    def set_offset(self, offset: QPointF) -> None:
        if offset != self.offset:
            self.prepareGeometryChange()
            self.offset = offset

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self.offset, self.size)

    def view_rect(self, viewport_transform: QTransform) -> QRectF:
        """Where it is drawn, in viewport pixels (it ignores the view's zoom)."""
        return QRectF(viewport_transform.map(self.pos()) + self.offset, self.size)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:  # noqa: ARG002
        rect = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor(self.highlight or QColor(255, 255, 255, 215))
        painter.setPen(QPen(self.border, 1.5) if self.border else Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        fm = QFontMetricsF(self.font)
        painter.setFont(self.font)
        painter.setPen(QColor("#1b1b1b"))
        lines = self.lines()
        for i, line in enumerate(lines):
            painter.drawText(QPointF(rect.left() + 4, rect.top() + 1 + fm.ascent()
                                     + i * fm.height()), line)
        if self.badge:
            text, colour = self.badge
            bm = QFontMetricsF(self.badge_font)
            chip = QRectF(rect.left() + 2, rect.top() + fm.height() * len(lines) + 3,
                          rect.width() - 4, bm.height() + 1)
            painter.setPen(QPen(colour.darker(150), 1))
            painter.setBrush(colour)
            painter.drawRoundedRect(chip, 2, 2)
            painter.setFont(self.badge_font)
            painter.setPen(QColor("#000000"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)


def _clamp(origin: QPointF, offset: QPointF, size: QSizeF, bounds: QRectF,
           most: float = 0.5) -> QPointF:
    """Shift a candidate back inside the view, by at most `most` of the label's size."""
    rect = QRectF(origin + offset, size)
    dx = max(0.0, bounds.left() - rect.left()) - max(0.0, rect.right() - bounds.right())
    dy = max(0.0, bounds.top() - rect.top()) - max(0.0, rect.bottom() - bounds.bottom())
    dx = max(-size.width() * most, min(size.width() * most, dx))
    dy = max(-size.height() * most, min(size.height() * most, dy))
    return offset + QPointF(dx, dy)


Land = Sequence[tuple[str, QRectF, QPainterPath]]  # (place id, scene rect, scene outline)


def _misplaced(label: LabelItem, rect: QRectF, land: Land, own: QPainterPath | None) -> bool:
    """Whether a label's scene rect lies over an island other than its own (a name set on
    another island reads as that island's, and a Habomai islet's name over Hokkaido would
    put it on the wrong side of the line). A large island's label may do so where it also
    lies on its own island."""
    if not any(pid != label.place_id and box.intersects(rect) and outline.intersects(rect)
               for pid, box, outline in land):
        return False
    return label.avoid_land or own is None or not own.intersects(rect)


def place_labels(labels: list[LabelItem], to_view: QTransform, bounds: QRectF,
                 reserved: list[QRectF] = (), land: Land = ()) -> None:  # noqa: B006 - read only
    """Greedy placement: by priority, the first candidate inside `bounds` that collides with
    nothing placed (nor the `reserved` overlays) and, if it can, does not lie over another
    island's `land` (see _misplaced); else the first free one, except for the land around
    (not small, but `avoid_land`), whose label is then left out.

    A label with no room is hidden unless `forced` (a claim label, the selection), which is
    then put at its first candidate, moved inside the view. Works in viewport pixels, so it
    follows zoom and pan; `to_view` is the view's viewportTransform().
    """
    from_view = to_view.inverted()[0]
    outlines = {pid: outline for pid, _box, outline in land}
    placed: list[QRectF] = list(reserved)
    for label in sorted(labels, key=lambda lab: (not lab.forced, -lab.priority)):
        if not label.wanted or not label.text:
            label.setVisible(False)
            continue
        label.stack(False)
        if label.size.width() > bounds.width() - 8:  # wider than the view: two lines
            label.stack(True)
        origin = to_view.map(label.pos())
        if not label.forced and not bounds.contains(origin):
            label.setVisible(False)
            continue
        extent = None
        if label.extent is not None:
            extent = to_view.mapRect(label.extent).translated(-origin)
        candidates = label.candidates(extent)
        choice = None
        # Each candidate as it is, then shifted back into the view: a label pushed in from
        # the edge stays by its anchor instead of going to a far side of a large island.
        # A small island's label goes beside it, so a shift onto the island is no good.
        island = extent.translated(origin) if label.small and extent is not None else None
        tries = ((o, _clamp(origin, o, label.size, bounds)) for o in candidates)
        over_land = None  # the first free candidate that lies over another island
        for offset in itertools.chain.from_iterable(tries):
            rect = QRectF(origin + offset, label.size)
            if island is not None and rect.intersects(island):
                continue
            if bounds.contains(rect) and not any(rect.intersects(other) for other in placed):
                if _misplaced(label, from_view.mapRect(rect), land,
                              outlines.get(label.place_id)):
                    over_land = over_land or (offset, rect)
                    continue
                choice = (offset, rect)
                break
        if choice is None and (label.small or not label.avoid_land):  # a context label
            choice = over_land  # (the land around) is left out rather than set on an island
        if choice is None and label.forced:
            offset = _clamp(origin, candidates[0], label.size, bounds, most=1e9)
            choice = (offset, QRectF(origin + offset, label.size))
        if choice is None:
            label.setVisible(False)
            continue
        label.set_offset(choice[0])
        label.setVisible(True)
        placed.append(choice[1].adjusted(-2, -1, 2, 1))
