"""The map's QGraphicsView: zoom, pan, click, the keyboard ring (what it draws over and
under the scene is in ``overlays``)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from viewer.ui.map.items import IslandItem
from viewer.ui.map.labels import LabelItem
from viewer.ui.map.overlays import MapOverlays

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.15, 80.0
CLICK_SLOP = 4  # pixels a press may move and still be a click


class MapView(MapOverlays, QGraphicsView):
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
        self._wheeling = False
        self.user_moved = False  # set by the reader's own zoom/pan; stops auto re-centring
        self.focus_order: list[str] = []  # keyboard order of place ids
        self.focus_rects: dict[str, QRectF] = {}  # place id -> scene rect for the ring
        self.focus_id: str | None = None
        self.place_labels: list[LabelItem] = []  # the degree labels give way to these
        # The box the coastline data was clipped to: outside it the map is blank paper,
        # so a coast cut by the clip (the mainland at 139° E) is read as the map's edge.
        self.data_box: QRectF | None = None
        # For the accessible items (see access): a place's name, description, selected?
        self.place_name: Callable[[str], str] | None = None
        self.place_description: Callable[[str], str] | None = None
        self.is_selected: Callable[[str], bool] | None = None
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
            self._wheeling = True  # a burst of wheel steps: labels placed when it pauses
            try:
                self.zoom_by(ZOOM_STEP ** steps)
            finally:
                self._wheeling = False
        event.accept()

    # --- mouse: a press and release without a drag is a click --------------------------------

    def place_at(self, pos: QPoint) -> str | None:
        for item in self.items(pos):
            if isinstance(item, LabelItem) and item.place_id and item.isVisible():
                return item.place_id
            if isinstance(item, IslandItem):
                return item.place.id
        return None

    def dragging(self) -> bool:
        """A mouse button is down on the map (a pan may be under way), or the wheel turns."""
        return self._press is not None or self._wheeling

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

    def move_ring(self, pid: str) -> None:
        """Put the ring on `pid` (the selection's place) without scrolling to it."""
        if pid in self.focus_order and pid != self.focus_id:
            self.focus_id = pid
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

