"""The declaration text: one to three languages side by side, with hyperlinked notes."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QTextBrowser,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import LANG_NAMES, LANGS, Corpus
from viewer.corpus.refs import Ref
from viewer.ui.preferences import Preferences
from viewer.ui.selection import Selection
from viewer.ui.text_render import MARK_BG, Span, find_quote, render_document

log = logging.getLogger("viewer.text")


class TextPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.setAccessibleName("Declaration text")
        self.setAccessibleDescription("The Joint Declaration in English, Russian and Japanese")
        saved = str(prefs.value("text/langs", "en,ru,ja" if lang is None else lang))
        self.langs = [x for x in saved.split(",") if x in LANGS] or ["en"]
        if lang is not None:
            self.langs = [lang]
        self.toolbar = QToolBar("Languages")
        self.lang_actions: dict[str, QAction] = {}
        for code in LANGS:
            action = QAction(LANG_NAMES[code], self, checkable=True)
            action.setChecked(code in self.langs)
            action.toggled.connect(lambda on, c=code: self._toggle_lang(c, on))
            self.toolbar.addAction(action)
            self.lang_actions[code] = action
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet("background:#fdf0d5; padding:4px;")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Declaration text")
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.highlighted.connect(self._on_hover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel("<b>Joint Declaration, 19 October 1956</b>"))
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.browser)
        self.marks: dict[tuple[str, str], list[Span]] = {}
        self.render()
        selection.changed.connect(self._on_selection)

    # --- rendering ------------------------------------------------------------------------

    def render(self) -> None:
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(render_document(self.corpus, self.langs, self.marks))
        self.browser.verticalScrollBar().setValue(scroll)

    def _toggle_lang(self, code: str, on: bool) -> None:
        langs = [c for c in LANGS if (c in self.langs or c == code) and (on or c != code)]
        if not langs:  # at least one language stays on
            self.lang_actions[code].setChecked(True)
            return
        self.langs = langs
        self.prefs.set_value("text/langs", ",".join(langs))
        self.render()

    # --- links ----------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("dv:note/"):
            self.selection.set(Ref("note", target.removeprefix("dv:note/")))
        elif target.startswith("dv:place/"):
            self.selection.set(Ref("place", target.removeprefix("dv:place/")))

    def _on_hover(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("dv:note/"):
            note = self.corpus.notes.get(target.removeprefix("dv:note/"))
            if note:
                preview = note.body if len(note.body) < 300 else note.body[:300] + "…"
                QToolTip.showText(self.cursor().pos(),
                                  f"<b>{html.escape(note.label)}</b><br>{html.escape(preview)}",
                                  self.browser)

    # --- selection ------------------------------------------------------------------------

    def _on_selection(self, ref: Ref | None) -> None:
        self.marks = self.marks_for(ref)
        self.render()
        first = next((s.anchor for spans in self.marks.values() for s in spans if s.anchor),
                     None)
        if ref is not None and ref.kind == "passage":
            self.browser.scrollToAnchor(f"{self.langs[0]}-{ref.id}.{ref.para}" if ref.para
                                        else ref.id)
        elif first:
            self.browser.scrollToAnchor(first)

    def marks_for(self, ref: Ref | None) -> dict[tuple[str, str], list[Span]]:
        marks: dict[tuple[str, str], list[Span]] = {}
        if ref is None:
            return marks
        notes = []
        if ref.kind == "note" and ref.id in self.corpus.notes:
            notes = [self.corpus.notes[ref.id]]
        elif ref.kind == "place":
            place = self.corpus.places.get(ref.id)
            related = {ref.id, *(place.members if place else ()), place.group if place else ""}
            notes = [n for n in self.corpus.notes.values() if related & set(n.places)]
        for note in notes:
            for t in note.targets:
                passage = self.corpus.passage(t.lang, t.passage)
                start = find_quote(passage.text, t.exact, t.prefix, t.suffix) if passage else -1
                if start >= 0:
                    marks.setdefault((t.lang, t.passage), []).append(
                        Span(start, start + len(t.exact), background=MARK_BG,
                             anchor=f"mark-{t.lang}-{t.passage}-{start}"))
        return marks
