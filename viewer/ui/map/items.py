"""Scene items of the island map: islands and historical lines, and their styles (the
labels are in ``labels``)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from viewer.corpus.model import HistoricalLine, Place
from viewer.translations import QT_TRANSLATE_NOOP
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
# The word and meaning are marked for lupdate (context "claims") and translated where shown.
_WORDS = {"transfer": QT_TRANSLATE_NOOP("claims", "Transfer"),
          "return": QT_TRANSLATE_NOOP("claims", "Return"),
          "retained": QT_TRANSLATE_NOOP("claims", "Retained"),
          "undetermined": QT_TRANSLATE_NOOP("claims", "Undetermined")}
_MEANINGS = {
    "transfer": QT_TRANSLATE_NOOP("claims", "to be transferred to Japan (after a peace treaty)"),
    "return": QT_TRANSLATE_NOOP("claims", "to be returned to Japan"),
    "retained": QT_TRANSLATE_NOOP("claims", "remains with the Soviet Union / Russia"),
    "undetermined": QT_TRANSLATE_NOOP("claims", "left open or not determined"),
}
CLAIMS: dict[str, tuple[QColor, str, str]] = {
    key: (QColor(CLAIM_COLOURS[key]), _WORDS[key], meaning)
    for key, meaning in _MEANINGS.items()}

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


def offset_polyline(points: list[QPointF], d: float) -> list[QPointF]:
    """The polyline moved `d` to its left (in the units of the points), vertex by vertex
    along the mean of the neighbouring segments' normals."""
    def normal(a: QPointF, b: QPointF) -> QPointF:
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1.0
        return QPointF(dy / length, -dx / length)

    out = []
    for i, p in enumerate(points):
        ns = [normal(points[j], points[j + 1]) for j in (i - 1, i) if 0 <= j < len(points) - 1]
        n = sum(ns, QPointF()) / max(1, len(ns))
        length = math.hypot(n.x(), n.y()) or 1.0
        out.append(p + n * (d / length))
    return out


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

    tip_source = None  # Callable[[Place], str]: the tooltip as of now (the selection's say)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.tip_source is not None:
            self.setToolTip(self.tip_source(self.place))
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

    offset_px = 0.0  # drawn this many pixels to the side: a line sharing another's course

    def boundingRect(self) -> QRectF:  # noqa: N802
        rect = super().boundingRect()
        return rect.adjusted(-30, -30, 30, 30) if self.offset_px else rect  # (0.3° of room)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self.offset_px:
            super().paint(painter, option, widget)
            return
        to_device = painter.worldTransform()
        painter.save()
        painter.resetTransform()  # offset in pixels, whatever the zoom
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for polygon in self.path().toSubpathPolygons():
            points = [to_device.map(p) for p in polygon]
            painter.drawPolyline(QPolygonF(offset_polyline(points, self.offset_px)))
        painter.restore()

    def shape(self) -> QPainterPath:  # an open path must not hit-test as a filled area
        stroker = QPainterPathStroker()
        stroker.setWidth(0.5)
        return stroker.createStroke(self.path())

    def midpoint(self) -> QPointF:
        longest = max(self.line.paths, key=len)
        return project(*longest[len(longest) // 2])

    def tag_points(self, most: int = 15) -> list[QPointF]:
        """Where its tag may sit: points along its longest part, from the middle outwards."""
        longest = max(self.line.paths, key=len)
        if len(longest) == 2:  # a straight line: its middle, then towards the ends
            (x0, y0), (x1, y1) = longest
            fractions = (0.5, 0.35, 0.65, 0.2, 0.8)
            return [project(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f) for f in fractions]
        mid, step = len(longest) // 2, max(1, len(longest) // most)
        order = [mid]
        for k in range(1, len(longest)):
            order += [i for i in (mid - k * step, mid + k * step) if 0 <= i < len(longest)]
            if len(order) >= most:
                break
        return [project(*longest[i]) for i in order]
