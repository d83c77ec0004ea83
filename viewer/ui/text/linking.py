"""What a link in the text does: on click (a note, a place, a status's provenance, a crowded
passage's highlights) and on hover (an escaped preview, never the link's own rich text)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtWidgets import QToolTip, QWidget

from viewer.corpus.model import Corpus
from viewer.translations import translate
from viewer.ui.common.selection import Selection

if TYPE_CHECKING:
    from viewer.ui.annotations.service import AnnotationService
    from viewer.ui.text.note_view import NoteView

# Modules needed only when the reader follows a link or opens a note are imported where they
# are used: start-up does not pay for them.


class TextLinks:
    """Clicks and hovers on the text's links."""

    def __init__(self, corpus: Corpus, selection: Selection,
                 annotations: AnnotationService | None, browser: QWidget, owner: QWidget, *,
                 note_view: Callable[[], NoteView], status: Callable[[str], None]) -> None:
        self.corpus, self.selection, self.annotations = corpus, selection, annotations
        self.browser, self.owner = browser, owner  # owner: the parent of any dialog
        self._note_view, self._status = note_view, status
        self._at: QPoint | None = None  # where a tooltip goes, if not at the mouse

    def on_link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("dv:provenance/"):  # explained here, not a selection
            lang, pid, n = (target.removeprefix("dv:provenance/").split("/") + ["", ""])[:3]
            self.show_provenance(lang, pid, n)
            return
        if target.startswith("dv:highlights/"):  # a crowded passage: list them all
            lang, pid = (target.removeprefix("dv:highlights/").split("/") + [""])[:2]
            if (self.annotations is not None and self.corpus.passage(lang, pid) is not None
                    and not self.annotations.show_passage(lang, pid)):
                self._status(translate("TextPane", "View > Annotations panel (Ctrl+Shift+N) "
                                       "will list every annotation of this passage."))
            return
        from viewer.ui.common import links

        links.handle_link(url, self.corpus, self.selection, self.owner)

    def on_focus(self, target: str) -> None:
        """A link reached with Tab: the preview a hover shows, by the link, and a status
        mark's words in the text's accessible description (for screen readers)."""
        label = self.status_label(target) if target.startswith("dv:provenance/") else ""
        self.browser.setAccessibleDescription(
            translate("TextPane", "Status mark: {label}. Enter shows where the wording comes "
                      "from.").format(label=label) if label else "")
        cursor_rect = self.browser.cursorRect(self.browser.textCursor())
        self._at = self.browser.viewport().mapToGlobal(cursor_rect.bottomLeft())
        try:
            self.on_hover(QUrl(target))
        finally:
            self._at = None

    def on_hover(self, url: QUrl) -> None:
        target = url.toString()
        if not target:
            QToolTip.hideText()
            return
        if target.startswith("dv:note/"):
            note = self.corpus.notes.get(target.removeprefix("dv:note/"))
            if note:
                from viewer.ui.common.markdown_view import CITE_RE

                text = CITE_RE.sub("", note.body).strip()
                preview = text if len(text) < 280 else text[:280].rsplit(" ", 1)[0] + " …"
                self._tip(f"<b>{html.escape(note.label)}</b><br>{html.escape(preview)}"
                          + translate("TextPane", "<br><i>Click to open the note</i>"))
        elif target.startswith("dv:annotation/") and self.annotations is not None:
            from viewer.escaping import safe_text

            a = self.annotations.get(target.removeprefix("dv:annotation/"))
            if a is not None:
                note = a.note if len(a.note) < 280 else a.note[:280] + " …"
                shown = ", ".join(a.tags[:10]) + (" …" if len(a.tags) > 10 else "")
                tags = f"<br><i>{safe_text(shown)}</i>" if a.tags else ""
                self._tip(translate("TextPane", "<b>Your note</b>") + "<br>"
                          + (safe_text(note) or translate("TextPane", "(no text)")) + tags)
        elif target.startswith("dv:highlights/"):
            self._tip(translate("TextPane", "Open the Annotations panel with every annotation "
                                "of this passage."))
        elif target.startswith("dv:provenance/") and (para := self._para(target)) \
                and para.supplied is not None:  # a reader's supply: its label, not ours
            from viewer.ui.text.supplied_view import supply_tip

            self._tip(supply_tip(para))
        elif target.startswith("dv:provenance/"):
            self._tip(self.status_words(target) + translate(
                "TextPane", "This wording could not be checked against an edition. Click for "
                "details."))

    def status_label(self, target: str) -> str:
        """The full words a status mark's link stands for ('unverified: editorial
        translation'; also in the legend at the top), or ''."""
        from viewer.ui.text.render import STATUS_LABELS

        para = self._para(target)
        if para is not None and para.supplied is not None:
            return para.supplied.label  # "supplied from <edition>, p. N, by …"
        words = STATUS_LABELS.get(para.status, "") if para else ""
        return translate("render", words) if words else ""

    def _para(self, target: str):  # noqa: ANN202 - a Paragraph or None
        lang, pid, n = (target.removeprefix("dv:provenance/").split("/") + ["", ""])[:3]
        passage = self.corpus.passage(lang, pid)
        return passage.paragraph(n) if passage else None

    def status_words(self, target: str) -> str:
        """'<b>Unverified: editorial translation.</b> ' for a status mark's link."""
        label = self.status_label(target)
        return f"<b>{html.escape(label[:1].upper() + label[1:])}.</b> " if label else ""

    def _tip(self, rich_text: str) -> None:
        QToolTip.showText(self._tooltip_pos(), rich_text, self.browser)

    def _tooltip_pos(self) -> QPoint:
        from PySide6.QtGui import QCursor

        return self._at if self._at is not None else QCursor.pos()

    def show_provenance(self, lang: str, pid: str, n: str) -> None:
        passage = self.corpus.passage(lang, pid)
        para = passage.paragraph(n) if passage else None
        if passage is None or para is None:
            return
        if para.supplied is not None:  # the shipped wording or gap, one click away
            from viewer.ui.text.supplied_view import SUPPLY_TITLE, supply_html

            self._note_view().show_html(SUPPLY_TITLE(), supply_html(self.corpus, passage, para))
            return
        from viewer.ui.text.about import provenance_html

        self._note_view().show_html(translate("TextPane", "Where this wording comes from"),
                                    provenance_html(self.corpus, passage, para))

    def on_note_link(self, url: QUrl) -> None:
        """A supply's Edit… or Withdraw in the note: asked of the supply glue
        (ui/annotations/supplied.py) through the annotation service."""
        target = url.toString()
        if target.startswith("dv:supply/") and self.annotations is not None:
            action, _, ident = target.removeprefix("dv:supply/").partition("/")
            self.annotations.supply_requested.emit(action, ident)

    def show_about_text(self) -> None:
        from viewer.ui.text.about import about_text_html

        self._note_view().show_html(translate("TextPane", "About this text"),
                                    about_text_html(self.corpus))
