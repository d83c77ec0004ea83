"""Where the view looks: a target (a scene rect, fitted or centred) kept so that a resize
or a show re-applies it until the reader zooms or pans by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform

from viewer.ui.map.view import MapView


class Framing:
    def __init__(self, view: MapView, default_rect: Callable[[], QRectF],
                 placed: Callable[[], None],
                 context: Callable[[], QRectF] | None = None) -> None:
        self.view = view
        self.context = context  # land to take in where the pane's shape leaves empty sea
        self.default_rect = default_rect  # the disputed islands: the scale a place zooms to
        self.placed = placed  # called once a move is over (the labels are placed then)
        self.target: tuple[QRectF, str] | None = None
        self.hold = 0  # > 0 while a programmatic zoom/pan runs: labels placed once at its end

    def show(self, rect: QRectF, mode: str) -> None:
        if rect.isEmpty():
            return
        self.target = (rect, mode)
        self.view.user_moved = False
        self.apply()

    def fit_scale(self, rect: QRectF, margin: float = 0.08) -> float:
        vp = self.view.viewport().rect()
        w, h = rect.width() * (1 + 2 * margin), rect.height() * (1 + 2 * margin)
        return min(vp.width() / max(w, 1e-6), vp.height() / max(h, 1e-6))

    def with_context(self, rect: QRectF) -> QRectF:
        """A pane much taller than `rect` would show a band of empty sea above and below
        it: take in the context land instead (when it is near: at most doubling the rect)."""
        if self.context is None:
            return rect
        vp = self.view.viewport().rect()
        if vp.width() <= 0 or rect.width() <= 0:
            return rect
        if vp.height() / vp.width() < 1.25 * rect.height() / rect.width():
            return rect
        grown = rect.united(self.context())
        if grown.width() * grown.height() > 2.5 * rect.width() * rect.height():
            return rect
        return grown

    def apply(self) -> None:
        if self.target is None:
            return
        # fitInView/centerOn scroll in several steps, each emitting panned: place once, after.
        self.hold += 1
        try:
            self._move()
        finally:
            self.hold -= 1
        self.placed()

    def _move(self) -> None:
        rect, mode = self.target
        if mode == "fit":
            self.view.fit_rect(self.with_context(rect))
            return
        # "centre": a small place is zoomed to fill about 40 % of the view (at most 2.5 times
        # the disputed-islands view); the reader's own closer zoom is kept if the place fits.
        default = self.fit_scale(self.default_rect())
        fit = self.fit_scale(rect, 0.15)
        want = min(max(fit * 0.4, default), 2.5 * default, fit)
        current = self.view.scale_factor()
        scale = want if current < want else min(current, fit)
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(rect.center())
