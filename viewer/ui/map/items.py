"""Scene items of the island map: islands and historical lines, and their styles (the
labels are in ``labels``)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

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
_MEANINGS = {
    "transfer": "to be transferred to Japan (after a peace treaty)",
    "return": "to be returned to Japan",
    "retained": "remains with the Soviet Union / Russia",
    "undetermined": "left open or not determined",
}
CLAIMS: dict[str, tuple[QColor, str, str]] = {
    key: (QColor(CLAIM_COLOURS[key]), key.capitalize(), meaning)
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
