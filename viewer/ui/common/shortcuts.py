"""Keys shown once, and Help > Keyboard reference read from the actions themselves.

- ``shared_key_entries``: panes may give the same key to their own pane-scoped actions (the
  text's "Smaller text" and the map's "Zoom Map Out" are both Ctrl+-; which one runs depends
  on where the focus is). A menu listing both shows the key twice. One menu entry stands
  for such a group: it shows the key once, and runs the action of the pane with the focus.
- ``shortcut_rows`` / ``KeyboardReference``: every shortcut of the window, walked from its
  menus and its actions at the moment the dialog opens, so the list cannot go stale.

May import: PySide6 and the Python standard library.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer.translations import strip_mnemonic

NATIVE = QKeySequence.SequenceFormat.NativeText
PANE_SCOPED = Qt.ShortcutContext.WidgetWithChildrenShortcut
DISPLAY_ONLY = "dv_shortcut_display"  # property: keys a menu entry shows but does not hold


def key_texts(action: QAction) -> list[str]:
    return [k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty()]


def shown_keys(action: QAction) -> list[str]:
    """The keys a menu entry shows: its own, or those of the actions it stands for."""
    return key_texts(action) or list(action.property(DISPLAY_ONLY) or [])


def plain_text(text: str) -> str:
    """A menu text without its &-mnemonic and its tab-shown key (a Japanese one's "(&K)")."""
    return strip_mnemonic(text.split("\t")[0])


def shared_key_entries(owner: QWidget, panes: list[tuple[QWidget, list[QAction]]]
                       ) -> list[list[QAction]]:
    """Each pane's actions for one menu, in order, with each group of pane-scoped actions
    that share a key (in different panes) replaced by one entry at the first one's place."""
    scoped = [(pane, a, set(key_texts(a))) for pane, actions in panes for a in actions
              if a.shortcutContext() == PANE_SCOPED and key_texts(a)]
    groups: dict[int, list[tuple[QWidget, QAction]]] = {}
    common: dict[int, list[str]] = {}
    for i, (pane, action, keys) in enumerate(scoped):
        if id(action) in groups:
            continue
        members, shared = [(pane, action)], set(keys)
        for other_pane, other, other_keys in scoped[i + 1:]:
            if (id(other) not in groups and shared & other_keys
                    and all(other_pane is not p for p, _a in members)):
                members.append((other_pane, other))
                shared &= other_keys
        if len(members) > 1:
            for _p, a in members:
                groups[id(a)] = members
            common[id(action)] = [k for k in key_texts(action) if k in shared]
    out: list[list[QAction]] = []
    for _pane, actions in panes:
        out.append([])
        for action in actions:
            group = groups.get(id(action))
            if group is None:
                out[-1].append(action)
            elif group[0][1] is action:
                out[-1].append(_entry_for(owner, group, common[id(action)]))
    return out


def _entry_for(owner: QWidget, group: list[tuple[QWidget, QAction]],
               keys: list[str]) -> QAction:
    first = group[0][1].text().split("\t")[0]
    rest = [plain_text(a.text()) for _pane, a in group[1:]]
    label = " / ".join([first, *rest])
    entry = QAction(f"{label}\t{keys[0]}", owner)  # the key shown, not held: see below
    entry.setProperty(DISPLAY_ONLY, keys)
    entry.setToolTip("; ".join(
        QCoreApplication.translate("shortcuts", "{action} while the {pane} has the focus").format(
            action=plain_text(a.text()), pane=p.accessibleName().lower()) for p, a in group))

    def run() -> None:
        # The key itself stays with the panes' own actions (one per pane, as before): a
        # window-wide action holding it too would make the key ambiguous to Qt.
        focus = QApplication.focusWidget()
        for pane, action in group:
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                action.trigger()
                return
        group[0][1].trigger()

    entry.triggered.connect(run)
    return entry


# --- the keyboard reference -----------------------------------------------------------------

def _menu_rows(menu: QMenu, section: str, seen: set[int]) -> list[tuple[str, str, str]]:
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            sub = action.menu()
            rows += _menu_rows(sub, f"{section} ▸ {plain_text(sub.title())}", seen)
            continue
        keys = shown_keys(action)
        if action.isSeparator() or not keys or not action.isVisible():
            continue
        seen.add(id(action))
        rows.append((section, plain_text(action.text()), ", ".join(keys)))
    return rows


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every shortcut: the menus' entries first, by menu, then the
    keys that belong to one pane or list (named by its accessible name)."""
    seen: set[int] = set()
    rows: list[tuple[str, str, str]] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows += _menu_rows(top.menu(), plain_text(top.text()), seen)
    listed = {(what, keys) for _where, what, keys in rows}
    for action in window.findChildren(QAction):
        keys = ", ".join(key_texts(action))
        what = plain_text(action.text())
        if id(action) in seen or not keys or not what:
            continue
        owner = action.parent()
        if (what, keys) in listed and action.shortcutContext() != PANE_SCOPED:
            continue  # a stand-in or copy of a listed entry
        name = owner.accessibleName() if isinstance(owner, QWidget) else ""
        where = QCoreApplication.translate(
            "shortcuts", "While the {pane} has the focus").format(pane=name.lower()) if (
            name and action.shortcutContext() in (PANE_SCOPED,
                                                  Qt.ShortcutContext.WidgetShortcut)
        ) else (name or QCoreApplication.translate("shortcuts", "Window"))
        if (where, what, keys) not in rows:
            rows.append((where, what, keys))
    return rows


def reference_html(rows: list[tuple[str, str, str]]) -> str:
    out = ["<table cellspacing='0' cellpadding='3'>"]
    section = None
    for where, what, keys in rows:
        if where != section:
            section = where
            out.append(f"<tr><td colspan='2'><b>{html.escape(where)}</b></td></tr>")
        out.append(f"<tr><td style='padding-right:12px'>{html.escape(keys)}</td>"
                   f"<td>{html.escape(what)}</td></tr>")
    out.append("</table>")
    return "".join(out)


class KeyboardReference(QDialog):
    """Help > Keyboard reference: a list of every shortcut, built when it opens."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard reference"))
        self.rows = shortcut_rows(window)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(reference_html(self.rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(520, 600)
