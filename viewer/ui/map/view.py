"""The map's QGraphicsView: zoom, pan, click, keyboard focus ring, graticule, scale bar, north."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from viewer.ui.map.items import GRATICULE, SEA, IslandItem, LabelItem
from viewer.ui.map.projection import km_per_unit_x, project, unproject

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.15, 80.0
CLICK_SLOP = 4  # pixels a press may move and still be a click


def _nice(value: float) -> float:
    """The largest 1, 2 or 5 × 10^n not above value."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for m in (5, 2, 1):
        if m * exp <= value:
            return m * exp
    return exp


def _text_box(baseline: QPointF, text: str, fm: QFontMetricsF) -> QRectF:
    """The box a text drawn at `baseline` occupies."""
    return QRectF(baseline.x(), baseline.y() - fm.ascent(), fm.horizontalAdvance(text),
                  fm.height())


class MapView(QGraphicsView):
    activated = Signal(str)  # a place id, clicked or chosen with Enter
    zoomed = Signal()
    focus_moved = Signal(str)
    resized = Signal()
    panned = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # A viewport made here already has its Python wrapper: the one Qt made would be
        # wrapped on the first viewport() call by a type lookup that loads every QWidget
        # subclass's enums (~8 ms at start-up). Set up as QGraphicsView sets up its own.
        viewport = QWidget()
        viewport.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        self.setViewport(viewport)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # The overlays are drawn in viewport pixels: scrolling must repaint, not blit.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        # The sea and graticule as a viewport pixmap: a pan redraws only the uncovered strip,
        # a repaint in place none of it (blending the translucent grid lines is slow).
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAccessibleName(self.tr("Map of the islands"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self._press: QPoint | None = None
        self.user_moved = False  # set by the reader's own zoom/pan; stops auto re-centring
        self.focus_order: list[str] = []  # keyboard order of place ids
        self.focus_rects: dict[str, QRectF] = {}  # place id -> scene rect for the ring
        self.focus_id: str | None = None
        self.place_labels: list[LabelItem] = []  # the degree labels give way to these
        self._resizing = False

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        self._resizing = True  # the scroll steps of a resize are not pans: one `resized`
        try:
            super().resizeEvent(event)
        finally:
            self._resizing = False
        self.resized.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        if not self._resizing:
            self.panned.emit()

    def overlay_rects(self) -> list[QRectF]:
        """Where the scale bar and the north arrow are drawn (labels keep clear)."""
        vp = self.viewport().rect()
        _, px = self.scale_bar()
        return [QRectF(0, vp.bottom() - 40, px + 40, 41), QRectF(vp.right() - 46, 0, 47, 52)]

    # --- zoom -------------------------------------------------------------------------------

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        if abs(factor - 1) > 1e-6:
            self.scale(factor, factor)
            self.zoomed.emit()

    def fit_rect(self, rect: QRectF, margin: float = 0.08) -> None:
        if rect.isEmpty():
            return
        dx, dy = rect.width() * margin, rect.height() * margin
        self.fitInView(rect.adjusted(-dx, -dy, dx, dy), Qt.AspectRatioMode.KeepAspectRatio)
        s = self.scale_factor()
        if s > MAX_SCALE or s < MIN_SCALE:
            self.zoom_by(max(MIN_SCALE, min(MAX_SCALE, s)) / s)
        self.centerOn(rect.center())
        self.zoomed.emit()

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.user_moved = True
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    # --- mouse: a press and release without a drag is a click --------------------------------

    def place_at(self, pos: QPoint) -> str | None:
        for item in self.items(pos):
            if isinstance(item, LabelItem) and item.place_id and item.isVisible():
                return item.place_id
            if isinstance(item, IslandItem):
                return item.place.id
        return None

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() > CLICK_SLOP:
            self.user_moved = True
            return
        pid = self.place_at(pos)
        if pid:
            self.activated.emit(pid)

    # --- keyboard ---------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab walks the islands, then leaves the map (no keyboard trap).
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if mods == Qt.KeyboardModifier.NoModifier:
                back = event.key() == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if self.step_focus(-1 if back else 1):
                    return True
                self.set_focus_id(None)
        return super().event(event)

    def step_focus(self, delta: int) -> bool:
        """Move the ring along focus_order; False at either end."""
        order = self.focus_order
        if not order:
            return False
        if self.focus_id not in order:
            index = 0 if delta > 0 else len(order) - 1
        else:
            index = order.index(self.focus_id) + delta
            if not 0 <= index < len(order):
                return False
        self.set_focus_id(order[index])
        return True

    def step_direction(self, dx: float, dy: float) -> None:
        """Move the ring to the nearest island in a direction (arrow keys)."""
        if self.focus_id not in self.focus_rects:
            self.step_focus(1)
            return
        here = self.focus_rects[self.focus_id].center()
        best, best_score = None, math.inf
        for pid in self.focus_order:
            if pid == self.focus_id or pid not in self.focus_rects:
                continue
            v = self.focus_rects[pid].center() - here
            along = v.x() * dx + v.y() * dy
            if along <= 1e-9:
                continue
            across = abs(v.x() * dy - v.y() * dx)
            score = along + 2 * across
            if score < best_score:
                best, best_score = pid, score
        if best:
            self.set_focus_id(best)

    def set_focus_id(self, pid: str | None) -> None:
        self.focus_id = pid
        if pid and pid in self.focus_rects:
            self.ensureVisible(self.focus_rects[pid], 30, 30)
            self.focus_moved.emit(pid)
        self.viewport().update()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.step_direction(*arrows[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.focus_id:
                self.activated.emit(self.focus_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.user_moved = True
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.user_moved = True
            self.zoom_by(1 / ZOOM_STEP)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        """From the keyboard (Ctrl+3, Tab) the ring starts on the first island at once, so
        Enter selects something and the reader sees where they are."""
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason \
                and self.focus_id not in self.focus_order:
            self.step_focus(1)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        super().focusOutEvent(event)
        self.viewport().update()

    # --- drawing: graticule behind, overlays in front ---------------------------------------

    def _grid_step(self) -> float:
        px_per_deg = self.scale_factor() * project(0, 1).y() * -1
        for step in (0.25, 0.5, 1.0, 2.0, 5.0):
            if step * px_per_deg >= 70:
                return step
        return 5.0

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # the cache's painter has none
        step = self._grid_step()
        lon0, lat1 = unproject(rect.topLeft())
        lon1, lat0 = unproject(rect.bottomRight())
        pen = QPen(GRATICULE, 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        lon = math.floor(lon0 / step) * step
        while lon <= lon1:
            x = project(lon, 0).x()
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            lon += step
        lat = math.floor(lat0 / step) * step
        while lat <= lat1:
            y = project(0, lat).y()
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            lat += step

    @staticmethod
    def _deg(value: float, pos: str, neg: str) -> str:
        text = f"{abs(value):.2f}".rstrip("0").rstrip(".")
        return f"{text}°{pos if value >= 0 else neg}"

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802, ARG002
        painter.save()
        painter.resetTransform()  # viewport pixels from here on
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        vp = self.viewport().rect()
        font = QFont()
        font.setPointSizeF(8)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        self._draw_degree_labels(painter, fm)
        self._draw_scale_bar(painter, vp, fm)
        self._draw_north_arrow(painter, vp)
        if self.focus_id in self.focus_rects and self.hasFocus():
            r = self.mapFromScene(self.focus_rects[self.focus_id]).boundingRect()
            r = QRectF(r).adjusted(-5, -5, 5, 5)
            pen = QPen(QColor("#0b57d0"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r, 4, 4)
        painter.restore()

    def degree_labels(self, fm: QFontMetricsF) -> list[tuple[QPointF, str]]:
        """The graticule's degree labels along the top and left edges, as (baseline point,
        text) in viewport pixels. A label that would overlap a place label, the scale bar
        or the north arrow is left out: those matter more than the grid's numbers."""
        vp = self.viewport().rect()
        step = self._grid_step()
        top_left = self.mapToScene(vp.topLeft())
        bottom_right = self.mapToScene(vp.bottomRight())
        lon0, lat1 = unproject(top_left)
        lon1, lat0 = unproject(bottom_right)
        wanted: list[tuple[QPointF, str]] = []
        # A degree of longitude is narrower than one of latitude: where the labels would
        # touch, only every second (or third …) line is labelled, the rounder values.
        spacing = abs(self.mapFromScene(project(lon0 + step, 0)).x()
                      - self.mapFromScene(project(lon0, 0)).x())
        widest = fm.horizontalAdvance(self._deg(-188.88, "E", "W"))
        every = max(1, math.ceil((widest + 10) / spacing)) if spacing > 0 else 1
        lon = math.ceil(lon0 / (step * every)) * step * every
        while lon <= lon1:
            x = self.mapFromScene(project(lon, 0)).x()
            if x > 44:  # leave the corner to the latitude labels
                wanted.append((QPointF(x + 2, fm.ascent() + 1), self._deg(lon, "E", "W")))
            lon += step * every
        lat = math.ceil(lat0 / step) * step
        while lat <= lat1:
            y = self.mapFromScene(project(0, lat)).y()
            if y > fm.height() + 4:
                wanted.append((QPointF(2, y - 2), self._deg(lat, "N", "S")))
            lat += step
        if not wanted:
            return wanted
        # Only what reaches into the strips along the top and left edges can be in the way.
        strips = (QRectF(0, 0, vp.width(), fm.height() + 2),
                  QRectF(0, 0, max(fm.horizontalAdvance(text) for _, text in wanted) + 4,
                         vp.height()))
        t = self.viewportTransform()
        taken = [r for r in (*(lab.view_rect(t) for lab in self.place_labels
                               if lab.isVisible()), *self.overlay_rects())
                 if r.intersects(strips[0]) or r.intersects(strips[1])]
        return [(at, text) for at, text in wanted
                if not any(_text_box(at, text, fm).intersects(r) for r in taken)]

    def _draw_degree_labels(self, painter: QPainter, fm: QFontMetricsF) -> None:
        halo = QColor(SEA)
        halo.setAlpha(210)  # the lines and coasts under a label stay faintly visible
        for at, text in self.degree_labels(fm):
            painter.fillRect(_text_box(at, text, fm).adjusted(-1, 0, 1, 0), halo)
            painter.setPen(QColor("#2d4a66"))
            painter.drawText(at, text)

    def scale_bar(self) -> tuple[float, float]:
        """(kilometres, pixels) of the scale bar for the latitude at the view's centre."""
        _, lat = unproject(self.mapToScene(self.viewport().rect().center()))
        km_per_px = km_per_unit_x(lat) / self.scale_factor()
        km = _nice(110 * km_per_px)
        return km, km / km_per_px

    def _draw_scale_bar(self, painter: QPainter, vp, fm: QFontMetricsF) -> None:  # noqa: ANN001
        km, px = self.scale_bar()
        x0, y0 = 12.0, vp.bottom() - 14.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        box = QRectF(x0 - 6, y0 - fm.height() - 8, px + 40, 20 + fm.height())
        painter.drawRoundedRect(box, 3, 3)
        half = px / 2
        painter.setPen(QPen(QColor("#222222"), 1))
        painter.setBrush(QColor("#222222"))
        painter.drawRect(QRectF(x0, y0 - 3, half, 6))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(x0 + half, y0 - 3, half, 6))
        painter.drawText(QPointF(x0 - 3, y0 - 7), "0")
        painter.drawText(QPointF(x0 + px - fm.horizontalAdvance(f"{km:g}") / 2, y0 - 7),
                         f"{km:g}")
        painter.drawText(QPointF(x0 + px + 6, y0 + 4), "km")

    def _draw_north_arrow(self, painter: QPainter, vp) -> None:  # noqa: ANN001
        cx, top = vp.right() - 22.0, 8.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawEllipse(QPointF(cx, top + 24), 17, 17)
        arrow = QPolygonF([QPointF(cx, top + 12), QPointF(cx + 7, top + 36),
                           QPointF(cx, top + 31), QPointF(cx - 7, top + 36)])
        painter.setBrush(QColor("#222222"))
        painter.drawPolygon(arrow)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(8)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(cx - 8, top - 2, 16, 14), Qt.AlignmentFlag.AlignCenter, "N")
