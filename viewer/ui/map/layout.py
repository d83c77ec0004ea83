"""The label layer: each label's text in the chosen naming mode, its badge and highlight
for the selection, and placing them all again when the view really changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor

from viewer.corpus.model import Corpus
from viewer.corpus.names import names_in, place_name
from viewer.ui.map.describe import tooltip, water_tooltip
from viewer.ui.map.placement import place_labels
from viewer.ui.map.scene import MapScene
from viewer.ui.map.view import MapView


class LabelLayer:
    def __init__(self, corpus: Corpus, scene: MapScene, view: MapView,
                 can_place: Callable[[], bool]) -> None:
        self.corpus, self.scene, self.view = corpus, scene, view
        self.can_place = can_place  # False while hidden or mid-move
        self.labels = scene.labels
        self._land: list | None = None  # (place id, scene rect, outline) of every island
        self.placed_for: tuple | None = None  # (transform, viewport size) last placed for
        self._touched: set[str] = set()

    def rename(self, mode: str) -> None:
        """Labels and tooltips in the naming mode `mode`."""
        for item in self.scene.islands.values():
            item.setToolTip(tooltip(self.corpus, item.place, mode))
        for label in self.labels.values():
            if label.place_id:
                place = self.corpus.places[label.place_id]
                label.set_text(place_name(place, mode))
                label.setToolTip(tooltip(self.corpus, place, mode) if place.kind == "group"
                                 else self.scene.islands[place.id].toolTip())
        for water in self.scene.waters:
            label = self.labels[f"water:{water.id}"]
            label.set_text(names_in(mode, water.name_ja, water.name_ja_latn, water.name_ru,
                                    water.name_ru_latn))
            label.setToolTip(water_tooltip(water))

    def relayout(self) -> None:
        """Place the labels for the current view (skipped while hidden or mid-move; the
        show and the end of the move place them)."""
        if not self.can_place():
            self.placed_for = None
            return
        transform = self.view.viewportTransform()
        size = self.view.viewport().size()
        if self._land is None:  # the islands never move: their outlines are made once
            self._land = [(pid, item.scene_rect(), item.path())
                          for pid, item in self.scene.islands.items()]
        place_labels(list(self.labels.values()), transform, self.view.map_frame(),
                     self.view.overlay_rects(), self._land)
        self.placed_for = (transform, size)

    def moved(self) -> None:
        """A zoom or pan: re-place the labels only if the view really changed."""
        if self.placed_for != (self.view.viewportTransform(), self.view.viewport().size()):
            self.relayout()

    def mark(self, badges: dict[str, tuple[str, QColor]], highlight: dict[str, QColor]) -> None:
        """Claim badges and highlights for the selection; the labels touched last time are
        reset."""
        keys = {f"place:{p}" for p in set(badges) | set(highlight)} & set(self.labels)
        for key in self._touched | keys:
            label = self.labels[key]
            pid = label.place_id or ""
            label.highlight = highlight.get(pid)
            label.forced = pid in badges or pid in highlight
            label.set_badge(badges.get(pid))
        self._touched = keys
