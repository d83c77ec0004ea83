"""The island map: coastlines from data/places.geojson, clickable islands."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import Corpus, Place
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.preferences import Preferences
from viewer.ui.selection import Selection

SCALE = 120.0  # scene units per degree of latitude
LAT0 = 45.0
LAND = QColor("#e8e1cf")
SEA = QColor("#cfe3f0")
SELECTED = QColor("#f2b84b")


def project(lon: float, lat: float) -> QPointF:
    """Equirectangular projection true to scale at 45° N (good enough for this small area)."""
    return QPointF(lon * math.cos(math.radians(LAT0)) * SCALE, -lat * SCALE)


class IslandItem(QGraphicsPathItem):
    def __init__(self, place: Place) -> None:
        path = QPainterPath()
        for polygon in place.polygons:
            for ring in polygon:
                path.moveTo(project(*ring[0]))
                for lon, lat in ring[1:]:
                    path.lineTo(project(lon, lat))
                path.closeSubpath()
        super().__init__(path)
        self.place = place
        self.setBrush(QBrush(LAND))
        self.setPen(QPen(QColor("#6b6450"), 0))
        self.setAcceptHoverEvents(True)


class MapPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.setAccessibleName("Map")
        self.setAccessibleDescription("Map of the islands")
        self.scene = QGraphicsScene(self)  # parented: an orphan scene can be collected
        self.scene.setBackgroundBrush(SEA)
        self.view = QGraphicsView(self.scene, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.caption = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel("<b>Map</b>"))
        layout.addWidget(self.view)
        layout.addWidget(self.caption)
        self.items: dict[str, IslandItem] = {}
        for place in corpus.places.values():
            if place.kind == "island" and place.polygons:
                item = IslandItem(place)
                self.scene.addItem(item)
                self.items[place.id] = item
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-50, -50, 50, 50))
        selection.changed.connect(self._on_selection)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.fit(["kunashir", "iturup", "shikotan"])

    def fit(self, ids: list[str]) -> None:
        rect = QRectF()
        for pid in ids:
            if pid in self.items:
                rect = rect.united(self.items[pid].sceneBoundingRect())
        if not rect.isEmpty():
            self.view.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        super().mousePressEvent(event)

    def _on_selection(self, ref: Ref | None) -> None:
        for item in self.items.values():
            item.setBrush(QBrush(LAND))
        if ref is None or ref.kind != "place":
            return
        place = self.corpus.places.get(ref.id)
        ids = list(place.members) if place and place.members else [ref.id]
        for pid in ids:
            if pid in self.items:
                self.items[pid].setBrush(QBrush(SELECTED))
        self.caption.setText(place_name(place, self.prefs.naming, native=True) if place else "")
