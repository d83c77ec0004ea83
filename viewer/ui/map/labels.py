"""The map's label item: a name drawn in screen pixels (it ignores zoom), with an optional
claim badge, and a leader line to its island when it had to stand off. Three looks: a
place's name on a white box, a line's tag in its colour, a water's name in blue italics.
Where a label goes is decided by ``placement``."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

WATER_TEXT = QColor("#1f4e79")
LEADER = QColor("#333333")


class LabelItem(QGraphicsItem):
    """A map label. `anchors` are the scene points it may stand by (the first that fits the
    view and the rule is used); the placement step sets its position, `offset` and
    `leader`."""

    def __init__(self, key: str, anchor: QPointF, priority: float, *, place_id: str | None,
                 small: bool = False, bold: bool = False, border: QColor | None = None,
                 water: bool = False) -> None:
        super().__init__()
        self.key, self.place_id, self.priority, self.small = key, place_id, priority, small
        self.water = water
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.anchors: list[QPointF] = [QPointF(anchor)]
        self.setPos(anchor)
        self.setZValue(20)
        self.font = QFont()
        self.font.setPointSizeF(8.5 if small else 9.5)
        self.font.setBold(bold)
        self.font.setItalic(water)
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
        self.on_line = border is not None  # a line's tag sits on its line
        self.leaders = not water  # may stand off, with a leader line
        self.offset = QPointF()
        self.size = QSizeF(0, 0)
        self.leader: QPointF | None = None  # the leader's far end, in item pixels
        self.extent: QRectF | None = None  # scene rect of what it names
        self.own: frozenset[str] = frozenset({place_id} if place_id else ())  # its islands
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
        """Offsets beside what it names; `extent` is that in view pixels relative to the
        anchor, so side positions sit beside the island rather than over it."""
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

    def place(self, anchor: QPointF, offset: QPointF, leader: QPointF | None) -> None:
        """Stand by the scene point `anchor`, the box at `offset` pixels from it, and a
        leader line to `leader` (item pixels) if it stands off."""
        self.prepareGeometryChange()
        if self.pos() != anchor:
            self.setPos(anchor)
        self.offset, self.leader = offset, leader

    def set_offset(self, offset: QPointF) -> None:
        self.place(self.pos(), offset, None)

    def box(self) -> QRectF:
        return QRectF(self.offset, self.size)

    def boundingRect(self) -> QRectF:  # noqa: N802
        rect = self.box()
        if self.leader is not None:
            rect = rect.united(QRectF(self.leader, QSizeF(1, 1)).adjusted(-3, -3, 3, 3))
        return rect

    def shape(self) -> QPainterPath:  # the box is what a click hits, never the leader
        path = QPainterPath()
        path.addRect(self.box())
        return path

    def view_rect(self, viewport_transform: QTransform) -> QRectF:
        """Where its box is drawn, in viewport pixels (it ignores the view's zoom)."""
        return QRectF(viewport_transform.map(self.pos()) + self.offset, self.size)

    def leader_line(self) -> tuple[QPointF, QPointF] | None:
        """The leader, box edge to what it names, in item pixels; None if none."""
        if self.leader is None:
            return None
        rect = self.box()
        near = QPointF(min(max(self.leader.x(), rect.left()), rect.right()),
                       min(max(self.leader.y(), rect.top()), rect.bottom()))
        return near, self.leader

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:  # noqa: ARG002
        rect = self.box()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.leader_line()
        if line is not None:
            painter.setPen(QPen(LEADER, 1))
            painter.drawLine(*line)
            painter.setBrush(LEADER)
            painter.drawEllipse(line[1], 1.6, 1.6)
        if self.water:
            background = QColor(207, 227, 240, 170)  # the sea's colour: a halo, not a box
        else:
            background = QColor(self.highlight or QColor(255, 255, 255, 215))
        painter.setPen(QPen(self.border, 1.5) if self.border else Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        fm = QFontMetricsF(self.font)
        painter.setFont(self.font)
        painter.setPen(WATER_TEXT if self.water else QColor("#1b1b1b"))
        lines = self.lines()
        for i, text in enumerate(lines):
            painter.drawText(QPointF(rect.left() + 4, rect.top() + 1 + fm.ascent()
                                     + i * fm.height()), text)
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
