"""The map for screen readers: each island (and the Habomai group) is an accessible item.

QGraphicsItems have no accessible interface of their own, so the map view gets one (a
list) whose children are one item per place, in the keyboard ring's order: its name in the
chosen convention, a description (both names, who administers and claims it, what the
selection says of it), its rectangle on screen, and its state (focused when the ring is on
it and the map has focus, selected when it is part of the selection, off-screen when
scrolled out of view). A screen reader can list them and move among them; Tab, the arrows
and Enter on the map move the ring and select, and the ring's moves are sent as focus
events for the item.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from viewer.ui.map.view import MapView


class PlaceAccessible(QAccessibleInterface):
    def __init__(self, parent: MapAccessible, pid: str) -> None:
        super().__init__()
        self._parent, self.pid = parent, pid

    def isValid(self) -> bool:  # noqa: N802
        return self._parent.isValid()

    def object(self) -> QObject | None:
        return None

    def window(self):  # noqa: ANN201
        return self._parent.window()

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def child(self, _index: int) -> None:
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802
        return -1

    def childAt(self, _x: int, _y: int) -> None:  # noqa: N802
        return None

    def text(self, kind: QAccessible.Text) -> str:
        view = self._parent.map_view
        if kind == QAccessible.Text.Name:
            return view.place_name(self.pid) if view.place_name else self.pid
        if kind == QAccessible.Text.Description and view.place_description:
            return view.place_description(self.pid)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:  # noqa: N802
        pass

    def rect(self) -> QRect:
        view = self._parent.map_view
        scene_rect = view.focus_rects.get(self.pid)
        if scene_rect is None:
            return QRect()
        local = view.mapFromScene(scene_rect).boundingRect()
        vp = view.viewport()
        return QRect(vp.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        view = self._parent.map_view
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.focused = view.focus_id == self.pid and view.hasFocus()
        state.selected = bool(view.is_selected and view.is_selected(self.pid))
        scene_rect = view.focus_rects.get(self.pid)
        if scene_rect is not None:
            shown = view.mapFromScene(scene_rect).boundingRect()
            state.offscreen = not view.viewport().rect().intersects(shown)
        return state


class MapAccessible(QAccessibleWidget):
    """The map view as a list of places."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view, QAccessible.Role.List, view.accessibleName())
        self.map_view = view
        self._items: dict[str, PlaceAccessible] = {}  # kept alive here (Python owns them)

    def item(self, pid: str) -> PlaceAccessible:
        if pid not in self._items:
            self._items[pid] = PlaceAccessible(self, pid)
        return self._items[pid]

    def childCount(self) -> int:  # noqa: N802
        return len(self.map_view.focus_order)

    def child(self, index: int) -> QAccessibleInterface | None:
        order = self.map_view.focus_order
        return self.item(order[index]) if 0 <= index < len(order) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        pid = getattr(child, "pid", None)
        order = self.map_view.focus_order
        return order.index(pid) if pid in order else -1

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        pid = self.map_view.focus_id
        return self.item(pid) if pid in self.map_view.focus_order else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        vp = self.map_view.viewport()
        pid = self.map_view.place_at(vp.mapFromGlobal(QPoint(x, y)))
        return self.item(pid) if pid in self.map_view.focus_order else None


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    return MapAccessible(obj) if isinstance(obj, MapView) else None


_installed = False


def install() -> None:
    """Let Qt ask us for the map view's accessible interface (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce_focus(view: MapView, pid: str) -> None:
    """Tell assistive technology that the ring's place has the focus now."""
    if not QAccessible.isActive():
        return
    iface = QAccessible.queryAccessibleInterface(view)
    if isinstance(iface, MapAccessible) and pid in view.focus_order:
        event = QAccessibleEvent(view, QAccessible.Event.Focus)
        event.setChild(view.focus_order.index(pid))
        QAccessible.updateAccessibility(event)


def plain(html_text: str) -> str:
    """A tooltip's rich text as one plain line (for an accessible description)."""
    text = re.sub(r"<br\s*/?>", "; ", html_text)
    return re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&lt;", "<") \
        .replace("&gt;", ">").replace("&quot;", '"').replace("&#x27;", "'")

