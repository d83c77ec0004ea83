"""A note opened from the text: its body, citations, and links to places and readings."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from viewer.corpus.model import Corpus, Note
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.escaping import safe_text
from viewer.ui.common import links
from viewer.ui.common.cite import short_citation, source_status
from viewer.ui.common.markdown_view import markdown_to_html
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection

SHOWN_TAGS = 50  # a pathological note may carry 100,000 tags: show the first ones
KIND_LABELS = {"person": QT_TRANSLATE_NOOP("NoteView", "Person"),
               "place": QT_TRANSLATE_NOOP("NoteView", "Place"),
               "term": QT_TRANSLATE_NOOP("NoteView", "Term"),
               "wording": QT_TRANSLATE_NOOP("NoteView", "Wording"),
               "text": QT_TRANSLATE_NOOP("NoteView", "About the text")}


# A note is shown up to this many characters (a page of text is ~3,000): the view lays
# out what it is given, and a note of a million characters took seconds (issue 21.3).
SHOWN_NOTE_CHARS = 20_000


def bounded(note: str, limit: int = SHOWN_NOTE_CHARS) -> tuple[str, bool]:
    """The part of `note` that is shown (cut at the last line break or space before the
    limit), and whether it was cut."""
    if len(note) <= limit:
        return note, False
    cut = max(note.rfind("\n", 0, limit), note.rfind(" ", 0, limit))
    return note[:cut if cut > limit // 2 else limit].rstrip() + " …", True


class NoteView(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.setAccessibleName(self.tr("Note"))
        self.title = QLabel()
        close = QToolButton(text="×")
        close.setToolTip(self.tr("Close the note"))
        close.setAccessibleName(self.tr("Close the note"))
        close.clicked.connect(self.hide)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(close)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Note text"))
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.browser)
        self.note: Note | None = None
        # The selection shown (a note or an annotation), or None for what the reader opened
        # apart from the selection (a status's provenance, About this text).
        self.ref: Ref | None = None

    def cite(self, sid: str, locator: str | None) -> str:
        return short_citation(self.corpus.sources.get(sid), locator, sid)

    def linked_html(self, places: list[str] | tuple[str, ...],
                    readings: list[str] | tuple[str, ...]) -> list[str]:
        """Links to the places (on the map) and readings a note names."""
        out = []
        for pid in places:
            place = self.corpus.places.get(pid)
            if place:
                out.append(f'<a href="dv:place/{html.escape(pid)}">'
                           f"{html.escape(place_name(place, self.prefs.naming, native=True))}"
                           "</a> " + self.tr("(map)"))
        for iid in readings:
            it = self.corpus.interpretations.get(iid)
            if it:
                out.append(f'<a href="dv:interp/{html.escape(iid)}">'
                           f"{html.escape(it.title)}</a> " + self.tr("(reading)"))
        return out

    def note_html(self, note: Note) -> str:
        parts = [markdown_to_html(note.body, self.cite)]
        related = self.linked_html(note.places, note.interpretations)
        for nid in note.see_also:
            other = self.corpus.notes.get(nid)
            if other:
                related.append(f'<a href="dv:note/{html.escape(nid)}">'
                               f"{html.escape(other.label)}</a>")
        if related:
            parts.append("<p><b>" + self.tr("See also:") + "</b> " + " · ".join(related)
                         + "</p>")
        if note.citations:
            items = []
            for sid in note.citations:
                src = self.corpus.sources.get(sid)
                if src is None:
                    continue
                items.append(f'<li><a href="dv:source/{html.escape(sid)}">'
                             f"{html.escape(src.title)}</a> "
                             f"<small>({html.escape(source_status(src))})"
                             "</small></li>")
            parts.append("<p><b>" + self.tr("Sources") + "</b></p><ul>" + "".join(items)
                         + "</ul>")
        langs = sorted({t.lang for t in note.targets})
        parts.append("<p><small>" + html.escape(self.tr("Anchored in: {languages}").format(
            languages=", ".join(langs))) + "</small></p>")
        return "".join(parts)

    def show_note(self, note: Note) -> None:
        self.note, self.ref = note, Ref("note", note.id)
        self.title.setText(f"<b>{html.escape(note.label)}</b> — "
                           + html.escape(QCoreApplication.translate(
                               "NoteView", KIND_LABELS.get(note.kind, note.kind))))
        self.browser.setHtml(self.note_html(note))
        self.show()

    def show_annotation(self, a) -> None:  # noqa: ANN001 - an Annotation
        """A user's note: the quote, the note (safe Markdown), tags, colour and links."""
        from viewer.ui.annotations.editor import color_name

        self.note, self.ref = None, Ref("annotation", a.id)
        self.title.setText("<b>" + self.tr("Your annotation") + "</b>"
                           + (" — <i>" + self.tr("orphan") + "</i>" if a.orphan else ""))
        parts = [f"<blockquote>“{safe_text(a.exact)}”</blockquote>"]
        if a.orphan:
            parts.append(self.tr("<p><i>This quote no longer matches the text; the annotation is "
                                 "kept and listed with the orphans.</i></p>"))
        note, cut = bounded(a.note)
        parts.append(markdown_to_html(note, self.cite)
                     or "<p><i>" + self.tr("(no note)") + "</i></p>")
        if cut:
            parts.append("<p><i>" + html.escape(self.tr(
                "The note is {length:,} characters long; the first {shown:,} are shown here. "
                "Edit > Edit annotation… shows it all, and the exports keep it all.").format(
                    length=len(a.note), shown=len(note))) + "</i></p>")
        meta = []
        if a.tags:
            more = len(a.tags) - SHOWN_TAGS
            meta.append(self.tr("Tags: ") + safe_text(", ".join(a.tags[:SHOWN_TAGS]))
                        + (self.tr(" … and {more:,} more").format(more=more) if more > 0 else ""))
        if a.color:
            meta.append(self.tr("Colour: ") + html.escape(color_name(a.color)))
        meta += self.linked_html(a.places, a.interpretations)
        if meta:
            parts.append("<p><small>" + " · ".join(meta) + "</small></p>")
        parts.append("<p><small>" + html.escape(self.tr(
            "Created {created} UTC · edited {modified} UTC · Edit > Edit annotation… "
            "(Ctrl+Shift+E)").format(created=a.created[:16].replace("T", " "),
                                     modified=a.modified[:16].replace("T", " ")))
            + "</small></p>")
        self.browser.setHtml("".join(parts))
        self.show()

    def show_html(self, title: str, body_html: str) -> None:
        """Show editorial HTML built by our own code (escaped there)."""
        self.note, self.ref = None, None
        self.title.setText(f"<b>{html.escape(title)}</b>")
        self.browser.setHtml(body_html)
        self.show()

    def _on_link(self, url: QUrl) -> None:
        if url.toString().startswith("dv:supply/"):  # a supply's actions: linking.py's
            return
        links.handle_link(url, self.corpus, self.selection, self)
