"""The text pane's toolbar and its actions: languages, Annotate, About this text, and the
menu entries (find, zoom, citations, editing annotations) with their keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from viewer.translations import translate

Slot = Callable[[], object]


class TextActions:
    """Every action of the text pane, grouped by the menu that shows it, and the toolbar.
    `slots` names what each does: annotate, about, find, find_next, find_previous,
    zoom_in, zoom_out, zoom_reset, copy_citation, copy_link, edit_annotation,
    delete_annotation."""

    def __init__(self, owner: QWidget, lang_actions: list[QAction],
                 slots: dict[str, Slot]) -> None:
        self.annotate_action = QAction(translate("TextPane", "&Annotate…"), owner)
        self.annotate_action.setToolTip(translate("TextPane",
                                                  "Annotate the selected text (Ctrl+Shift+A)"))
        self.annotate_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.annotate_action.triggered.connect(lambda: slots["annotate"]())
        self.about_text_action = QAction(translate("TextPane", "About this &text"), owner)
        self.about_text_action.setToolTip(translate("TextPane",
                                                    "Editions, sources and what could be checked"))
        self.about_text_action.triggered.connect(lambda: slots["about"]())
        # The tool bar's own, shorter words (the menus keep the full ones).
        self.annotate_action.setIconText(translate("TextPane", "Annotate"))
        self.about_text_action.setIconText(translate("TextPane", "About this text"))
        self.toolbar = QToolBar(translate("TextPane", "Languages"))
        self.toolbar.setAccessibleName(translate("TextPane", "Text languages"))
        self.toolbar.addActions(lang_actions)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.annotate_action)
        self.toolbar.addAction(self.about_text_action)

        def act(text: str, slot: str, keys) -> QAction:  # noqa: ANN001
            action = QAction(text, owner)
            keys = keys if isinstance(keys, list) else [QKeySequence(keys)]
            # a platform's standard key may repeat one given: the same key twice on one
            # action is an "ambiguous shortcut" to Qt, and neither fires
            unique = dict.fromkeys(k.toString() for k in keys if not k.isEmpty())
            action.setShortcuts([QKeySequence(k) for k in unique])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda: slots[slot]())
            return action

        self.find_action = act(translate("TextPane", "&Find in text…"), "find",
                               QKeySequence.StandardKey.Find)
        self.find_next_action = act(translate("TextPane", "Find ne&xt"), "find_next",
                                    QKeySequence.StandardKey.FindNext)
        self.find_prev_action = act(translate("TextPane", "Find pre&vious"), "find_previous",
                                    QKeySequence.StandardKey.FindPrevious)
        self.zoom_in_action = act(translate("TextPane", "&Larger text"), "zoom_in",
                                  [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"),
                                   QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.zoom_out_action = act(translate("TextPane", "Small&er text"), "zoom_out",
                                   [QKeySequence("Ctrl+-"),
                                    QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.zoom_reset_action = act(translate("TextPane", "Reset text si&ze"), "zoom_reset",
                                     "Ctrl+0")
        # The map has its own zoom keys: these apply while the text pane has the focus.
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_citation_action = act(translate("TextPane", "Copy passage &citation"),
                                        "copy_citation", "Ctrl+Shift+C")
        self.copy_link_action = act(translate("TextPane", "Copy passage &link"), "copy_link",
                                    "Ctrl+Shift+L")
        for action in (self.copy_citation_action, self.copy_link_action):
            action.setProperty("edit_menu", True)  # the window puts them under Edit
        self.edit_annotation_action = act(translate("TextPane", "&Edit annotation…"),
                                          "edit_annotation", "Ctrl+Shift+E")
        self.delete_annotation_action = act(translate("TextPane", "&Delete annotation"),
                                            "delete_annotation", "Ctrl+Shift+Del")
        for action in self.view_actions() + self.file_actions():
            owner.addAction(action)

    def view_actions(self) -> list[QAction]:
        return [self.find_action, self.find_next_action, self.find_prev_action,
                self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action]

    def file_actions(self) -> list[QAction]:
        return [self.copy_citation_action, self.copy_link_action]

    def help_actions(self) -> list[QAction]:
        return [self.about_text_action]

    def edit_actions(self) -> list[QAction]:
        return [self.annotate_action, self.edit_annotation_action,
                self.delete_annotation_action]
