"""The passage under the caret or the mouse: its citation and deep link for the clipboard,
and the text's context menu (Select this passage, Copy citation, Copy link, Annotate)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from viewer.corpus.model import Corpus
from viewer.corpus.refs import Ref
from viewer.translations import translate
from viewer.ui.common.selection import Selection
from viewer.ui.text.columns import TextColumns

Where = tuple[str, str, str]  # (lang, passage id, paragraph)


class PassageActions:
    """Citations and links of the passage in view, and the context menu that offers them."""

    def __init__(self, corpus: Corpus, selection: Selection, columns: TextColumns,
                 langs: Callable[[], list[str]]) -> None:
        self.corpus, self.selection, self.columns = corpus, selection, columns
        self._langs = langs

    def current(self, pos: QPoint | None = None) -> Where | None:
        """The paragraph at `pos` in the viewport, else at the caret, else the selection's."""
        if pos is not None:
            return self.columns.paragraph_at_point(pos)
        found = self.columns.paragraph_at()
        if found is None and self.selection.current and self.selection.current.kind == "passage":
            ref = self.selection.current
            return self._langs()[0], ref.id, ref.para or ""
        return found

    def copy_citation(self, where: Where | None = None) -> str | None:
        """Copy 'Joint Declaration, 19 October 1956, art. 9, para. 2, UNTS No. 3768, English
        text [verified]' (the language and status of the paragraph go along)."""
        from viewer.edition.status import cite_paragraph

        return self._copy(cite_paragraph, where)

    def copy_link(self, where: Where | None = None) -> str | None:
        """Copy the passage's deep link with its status (dv:passage/art-9.2 [English:
        verified]), which --goto accepts."""
        from viewer.edition.status import link_paragraph

        return self._copy(link_paragraph, where)

    def _copy(self, describe, where: Where | None) -> str | None:  # noqa: ANN001
        where = where or self.current()
        if where is None:
            return None
        lang, pid, para = where
        text = describe(self.corpus, lang, pid, para or None)
        QGuiApplication.clipboard().setText(text)
        return text

    def context_menu(self, pos: QPoint, annotate: QAction | None,
                     supply: Callable[[Where], None] | None = None) -> None:
        """The browser's own menu (Copy, Select all), then Annotate if `annotate` is given,
        then what concerns the passage under the mouse (with `supply`: supplying its
        wording from an edition, where the paragraph is not verified)."""
        browser = self.columns.browser
        menu: QMenu = browser.createStandardContextMenu(pos)
        if annotate is not None:
            menu.addSeparator()
            menu.addAction(annotate)
        where = self.current(pos)
        if where is not None:
            _lang, pid, para = where
            menu.addSeparator()
            menu.addAction(translate("TextPane", "Select this passage"),
                           lambda: self.selection.set(Ref("passage", pid, para or None)))
            menu.addAction(translate("TextPane", "Copy citation"),
                           lambda: self.copy_citation(where))
            menu.addAction(translate("TextPane", "Copy link"), lambda: self.copy_link(where))
            if supply is not None:
                from viewer.ui.annotations.supply_dialog import suppliable

                if suppliable(self.corpus, *where):
                    menu.addSeparator()
                    menu.addAction(QCoreApplication.translate(
                        "PassageActions", "Supply text from an edition…"),
                        lambda: supply(where))
        menu.exec(browser.viewport().mapToGlobal(pos))
