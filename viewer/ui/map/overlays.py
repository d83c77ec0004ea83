"""What the map view draws over and under the scene, in viewport pixels: the graticule
and its degree labels, the scale bar, the north arrow, the neatline with the paper beyond
the data's clipped box, and the keyboard ring. A mixin of MapView (it uses the view's
transform, viewport and the place labels it keeps)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF, QRegion

from viewer.ui.map.items import GRATICULE, SEA
from viewer.ui.map.projection import km_per_unit_x, project, unproject

PAPER = QColor("#f3f1ea")  # outside the data's box


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


class MapOverlays:
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
        self._draw_neatline(painter, vp)
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

    def map_frame(self) -> QRectF:
        """The part of the viewport that shows the data (the rest is the paper margin)."""
        vp = QRectF(self.viewport().rect())
        if self.data_box is None:
            return vp
        return vp.intersected(self.mapFromScene(self.data_box).boundingRect().toRectF())

    def _draw_neatline(self, painter: QPainter, vp) -> None:  # noqa: ANN001
        if self.data_box is None:
            return
        frame = self.map_frame()
        if frame == QRectF(vp):
            return
        outside = QRegion(vp).subtracted(QRegion(frame.toAlignedRect()))
        painter.save()
        painter.setClipRegion(outside)
        painter.fillRect(vp, PAPER)
        painter.restore()
        pen = QPen(QColor("#7d7d7d"), 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame.adjusted(0.5, 0.5, -0.5, -0.5))

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
