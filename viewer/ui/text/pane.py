"""The declaration text: one to three languages side by side, with hyperlinked notes."""

from __future__ import annotations

import bisect
import html
import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import LANG_NAMES, LANGS, Corpus
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.common.field_keys import keep_escape
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.text.render import (
    DEFAULT_HIGHLIGHT,
    MARK_BG,
    NOTICE_BLOCK,
    ON_LIGHT_LINK,
    ON_LIGHT_TEXT,
    Span,
    Theme,
    find_quote,
    render_document,
)

if TYPE_CHECKING:
    from viewer.ui.annotations.service import AnnotationService
    from viewer.ui.text.note_view import NoteView

# Modules needed only when the reader does something (a note, the editor, a dialog, a
# link) are imported where they are used: start-up does not pay for them.
log = logging.getLogger("viewer.text")
PARA_ANCHOR_RE = re.compile(r"^(en|ru|ja)-([a-z0-9-]+)\.([0-9a-z]+)$")
DISPUTED_UNNAMED = ("kunashir", "iturup")
FIND_BG = "#9fd3ff"
MARK_LINE = "#7a4d00"  # the selection's underline: the map's edge for marked islands
# Highlights drawn per passage and language (the most recently changed): thousands of
# overlapping ones cannot be read, and would cost seconds to lay out.
HIGHLIGHT_LIMIT = 50
PICK_TEXT = "Select some text within one passage first, then choose Annotate."
PICK_ANNOTATION = "Select one of your annotations first: click its highlight in the text."
ANNOTATION_GONE = ("<p><i>This annotation is not in your store any more: it was deleted "
                   "(Edit > Undo brings a deletion back).</i></p>")


class FindBar(QWidget):
    """Ctrl+F: a search field with a match count and next/previous."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in text")
        self.field.setAccessibleName("Find in text")
        self.field.setClearButtonEnabled(True)
        self.count = QLabel("")
        self.count.setAccessibleDescription("Matches")
        self.prev_button = QToolButton(text="▲")
        self.prev_button.setToolTip("Previous match (Shift+F3)")
        self.prev_button.setAccessibleName("Previous match")
        self.next_button = QToolButton(text="▼")
        self.next_button.setToolTip("Next match (F3)")
        self.next_button.setAccessibleName("Next match")
        close = QToolButton(text="×")
        close.setToolTip("Close (Esc)")
        close.setAccessibleName("Close find bar")
        close.clicked.connect(self.close_bar)
        keep_escape(self.field, self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.field, self.count, self.prev_button, self.next_button, close):
            layout.addWidget(w)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()


class TextPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 lang: str | None = None, annotations: AnnotationService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.annotations = annotations
        self.setAccessibleName("Declaration text")
        self.setAccessibleDescription("The Joint Declaration in English, Russian and Japanese, "
                                      "aligned article by article")
        saved = str(prefs.value("text/langs", "en,ru,ja"))
        self.langs = [lang] if lang else [x for x in saved.split(",") if x in LANGS] or ["en"]
        self.marks: dict[tuple[str, str], list[Span]] = {}
        self.banner_text = ""
        self._build_toolbar()
        self._build_actions()

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setAccessibleDescription("Selection note")
        self.theme = self._palette_theme()
        self._style_banner()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Declaration text")
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.installEventFilter(self)  # keep the reading position across re-wraps
        self._scroll_target: tuple | None = None  # where the selection asked us to be
        self._scrolling = False
        self.browser.verticalScrollBar().valueChanged.connect(self._user_scrolled)
        self.browser.highlighted.connect(self._on_hover)
        self._find_bar: FindBar | None = None  # both made on first use
        self._note_view: NoteView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel("<b>Joint Declaration, 19 October 1956</b>")
        title.setAccessibleName("Text pane title")
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.browser, 1)
        self._zoom = 0
        self._html = ""  # the document as last rendered
        self._links: tuple[list[int], list[int]] | None = None  # its links' positions
        self.set_zoom(int(prefs.value("text/zoom", 0)))
        self.render()
        selection.changed.connect(self._on_selection)
        prefs.naming_changed.connect(self._update_banner)
        if annotations is not None:
            annotations.changed.connect(self._on_annotations_changed)

    @property
    def find_bar(self) -> FindBar:
        """Ctrl+F's bar under the text, made when first wanted."""
        if self._find_bar is None:
            bar = FindBar(self)
            bar.hide()
            bar.field.textChanged.connect(self._find_changed)
            bar.field.returnPressed.connect(self.find_next)
            bar.next_button.clicked.connect(self.find_next)
            bar.prev_button.clicked.connect(self.find_previous)
            bar.closed.connect(self._find_closed)
            self.layout().insertWidget(self.layout().indexOf(self.browser) + 1, bar)
            self._find_bar = bar
        return self._find_bar

    @property
    def note_view(self) -> NoteView:
        """The note shown under the text (a note, an annotation, provenance), made when
        first wanted."""
        if self._note_view is None:
            from viewer.ui.text.note_view import NoteView

            view = NoteView(self.corpus, self.selection, self.prefs)
            view.hide()
            self.layout().addWidget(view)
            self._note_view = view
        return self._note_view

    # --- toolbar and actions --------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar("Languages")
        self.toolbar.setAccessibleName("Text languages")
        self.lang_actions: dict[str, QAction] = {}
        for n, code in enumerate(LANGS, start=1):
            action = QAction(LANG_NAMES[code], self, checkable=True)
            action.setChecked(code in self.langs)
            action.setToolTip(f"Show the {LANG_NAMES[code]} text (Ctrl+Shift+{n})")
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
            action.toggled.connect(lambda on, c=code: self._toggle_lang(c, on))
            self.toolbar.addAction(action)
            self.lang_actions[code] = action
        self.toolbar.addSeparator()
        self.annotate_action = QAction("&Annotate…", self)
        self.annotate_action.setToolTip("Annotate the selected text (Ctrl+Shift+A)")
        self.annotate_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.annotate_action.triggered.connect(lambda: self.annotate())
        self.toolbar.addAction(self.annotate_action)
        about = QAction("About this &text", self)
        about.setToolTip("Editions, sources and what could be checked")
        about.triggered.connect(self.show_about_text)
        self.toolbar.addAction(about)
        self.about_text_action = about

    def _build_actions(self) -> None:
        def act(text: str, slot, keys) -> QAction:  # noqa: ANN001
            action = QAction(text, self)
            keys = keys if isinstance(keys, list) else [QKeySequence(keys)]
            # a platform's standard key may repeat one given: the same key twice on one
            # action is an "ambiguous shortcut" to Qt, and neither fires
            unique = dict.fromkeys(k.toString() for k in keys if not k.isEmpty())
            action.setShortcuts([QKeySequence(k) for k in unique])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            return action

        self.find_action = act("&Find in text…", self.open_find, QKeySequence.StandardKey.Find)
        self.find_next_action = act("Find ne&xt", self.find_next,
                                    QKeySequence.StandardKey.FindNext)
        self.find_prev_action = act("Find pre&vious", self.find_previous,
                                    QKeySequence.StandardKey.FindPrevious)
        self.zoom_in_action = act("&Larger text", lambda: self.set_zoom(self._zoom + 1),
                                  [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"),
                                   QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.zoom_out_action = act("Small&er text", lambda: self.set_zoom(self._zoom - 1),
                                   [QKeySequence("Ctrl+-"),
                                    QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.zoom_reset_action = act("Reset text si&ze", lambda: self.set_zoom(0), "Ctrl+0")
        # The map has its own zoom keys: these apply while the text pane has the focus.
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_citation_action = act("Copy passage &citation",
                                        lambda: self.copy_citation(), "Ctrl+Shift+C")
        self.copy_link_action = act("Copy passage &link", lambda: self.copy_link(),
                                    "Ctrl+Shift+L")
        self.edit_annotation_action = act("&Edit annotation…", lambda: self.edit_annotation(),
                                          "Ctrl+Shift+E")
        self.delete_annotation_action = act("&Delete annotation",
                                            lambda: self.delete_annotation(), "Ctrl+Shift+Del")
        for action in self.view_actions() + self.file_actions():
            self.addAction(action)

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

    # --- rendering ------------------------------------------------------------------------

    def _palette_theme(self) -> Theme:
        palette = self.palette()
        if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return Theme()
        return Theme.dark(palette.color(QPalette.ColorRole.Link).name(),
                          palette.color(QPalette.ColorRole.PlaceholderText).name())

    def _style_banner(self) -> None:
        self.banner.setStyleSheet(f"background:{self.theme.banner_bg}; "
                                  f"color:{self.theme.banner_text}; padding:4px;")

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "browser"):
            theme = self._palette_theme()
            if theme != self.theme:
                self.theme = theme
                self._style_banner()
                self.render()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if watched is self.browser and event.type() == QEvent.Type.Resize:
            # The text re-wraps at the new width. (0, 0) lies in the document margin, which
            # hit-tests as position 0, hence (12, 12).
            top = self.browser.cursorForPosition(QPoint(12, 12)).position()
            QTimer.singleShot(0, lambda: self._after_rewrap(top))
        return super().eventFilter(watched, event)

    def _after_rewrap(self, top: int) -> None:
        """Back to the selection's place if the reader has not scrolled since (also the
        first layout, when --goto ran before the window had its size); otherwise keep the
        first visible character on top."""
        if self._scroll_target is not None:
            self._scroll_to_target()
        elif self.browser.verticalScrollBar().value() > 0:
            self._scroll_to_position(top)
        # else: at the very top, which stays the top; nothing to measure (measuring lays
        # out the whole document, where a paint needs only the passages it shows)

    def _scroll_to_target(self) -> None:
        """Scroll to what the selection points at: a paragraph anchor or the first mark."""
        target = self._scroll_target
        if target is None:
            return
        self._scrolling = True
        try:
            self._finish_layout()  # before measuring
            if target[0] == "passage":
                _kind, pid, para = target
                self.browser.scrollToAnchor(pid)  # the passage's row, all languages
                starts = [pos for lang in self.langs
                          if (pos := self._para_pos.get((lang, pid, para))) is not None]
                if para and starts:  # the paragraph, in whichever column it starts highest
                    self._scroll_by(min(self._top_of(pos) for pos in starts) - 3)
            elif (first := self.first_mark()) is not None:  # resolved now: the document
                self.scroll_to_mark(*first)  # may have been rebuilt since the selection
        finally:
            self._scrolling = False

    def _user_scrolled(self, _value: int) -> None:
        if not self._scrolling:
            self._scroll_target = None

    def _scroll_to_position(self, position: int) -> None:
        self._scrolling = True
        try:
            self._finish_layout()  # before measuring
            self._scroll_by(self._top_of(position) - 12)
        finally:
            self._scrolling = False

    def _finish_layout(self) -> None:
        """Lay out the whole document now, and size the scroll bar for it (Qt tells the
        view about a size reached by lazy layout only on its next event-loop turn)."""
        layout = self.browser.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def render(self, lazy: bool = False) -> None:
        """Rebuild the document (languages, palette or the user's highlights changed).
        Selection marks are not part of it: they are extra selections, cheap to change.
        Nothing is done if the document would come out the same (an empty store opened).
        A rebuild while shown is laid out whole at once (scroll offsets are pixels), as
        the one table of old was; the first paint, though, lays out only the passages it
        shows, the rest after it, and so does a `lazy` rebuild at the top of the text."""
        spans, crowded = self._all_spans()
        html_text = render_document(self.corpus, self.langs, spans, self.theme, crowded)
        if html_text == self._html:
            return
        self._html = html_text
        bar = self.browser.verticalScrollBar()
        scroll = bar.value()
        self._scrolling = True  # not the reader's scrolling: keep any pending target
        try:
            self.browser.setHtml(html_text)
            self._links = None  # read again when first needed
            self._index_paragraphs()
            if self.browser.isVisible() and (scroll > 0 or not lazy):
                self._finish_layout()
            bar.setValue(scroll)
        finally:
            self._scrolling = False
        self._apply_extra_selections()

    def _index_paragraphs(self) -> None:
        """Document position of each shown paragraph, from the anchors render_document puts
        at the start of every paragraph."""
        self._para_pos: dict[tuple[str, str, str], int] = {}
        block = self.browser.document().begin()
        while block.isValid():
            if (where := _paragraph_of(block)) is not None:
                self._para_pos[where] = block.position()
            block = block.next()

    def doc_ranges(self, lang: str, pid: str, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges for [start, end) of a passage's anchoring text (one per paragraph
        it touches); nothing if that language is not shown."""
        passage = self.corpus.passage(lang, pid)
        out = []
        for para, p_start, p_end in passage.paragraph_spans() if passage else ():
            lo, hi = max(start, p_start), min(end, p_end)
            pos = self._para_pos.get((lang, pid, para.n))
            if lo < hi and pos is not None:
                out.append((pos + lo - p_start, pos + hi - p_start))
        return out

    def _mark_selections(self) -> list[QTextEdit.ExtraSelection]:
        if not self.marks:
            return []
        fmt = _char_format(MARK_BG)
        # Underlined (dotted) as well: a user's highlight may have the same pale colour.
        fmt.setUnderlineStyle(type(fmt).UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(MARK_LINE))
        selections = []
        for (lang, pid), spans in self.marks.items():
            for span in spans:
                for a, b in self.doc_ranges(lang, pid, span.start, span.end):
                    selections += self._range_selections(a, b, fmt)
        return selections

    def _range_selections(self, a: int, b: int, fmt) -> list[QTextEdit.ExtraSelection]:  # noqa: ANN001
        """[a, b) in `fmt` (dark text on a pale colour), and the links in it in link blue
        on the same colour, so a marked link still reads as a link."""
        doc = self.browser.document()
        out = [_extra_selection(doc, a, b, fmt)]
        link_fmt = None
        starts, ends = self._link_ranges()
        i = max(0, bisect.bisect_right(starts, a) - 1)  # the link a falls in, if any
        while i < len(starts) and starts[i] < b:
            lo, hi = max(a, starts[i]), min(b, ends[i])
            if lo < hi:
                if link_fmt is None:
                    link_fmt = type(fmt)(fmt)
                    link_fmt.setForeground(QColor(ON_LIGHT_LINK))
                out.append(_extra_selection(doc, lo, hi, link_fmt))
            i += 1
        return out

    def _link_ranges(self) -> tuple[list[int], list[int]]:
        """Start and end positions of the document's links, in order (read once per
        document: a find can mark thousands of matches)."""
        if self._links is None:
            starts: list[int] = []
            ends: list[int] = []
            block = self.browser.document().begin()
            while block.isValid():
                it = block.begin()
                while not it.atEnd():
                    frag = it.fragment()
                    if frag.charFormat().isAnchor():
                        starts.append(frag.position())
                        ends.append(frag.position() + frag.length())
                    it += 1
                block = block.next()
            self._links = (starts, ends)
        return self._links

    def _apply_extra_selections(self, found: list[QTextCursor] | None = None) -> None:
        """Selection marks under the find matches (both are extra selections); `found`:
        the matches, if already looked up."""
        self.browser.setExtraSelections(self._mark_selections()
                                        + self._find_selections(found))

    def _all_spans(self) -> tuple[dict[tuple[str, str], list[Span]],
                                  dict[tuple[str, str], tuple[int, int]]]:
        """The user's highlights, as links (selection marks are extra selections): at most
        HIGHLIGHT_LIMIT per passage, the most recently changed; and (shown, total) for the
        passages that have more (the text says so; all are in the annotations panel)."""
        spans: dict[tuple[str, str], list[Span]] = {}
        crowded: dict[tuple[str, str], tuple[int, int]] = {}
        if self.annotations is None or not self.annotations.is_open:
            return spans, crowded
        for lang in self.langs:
            for passage in self.corpus.texts[lang].passages:
                rows, total = self.annotations.recent_highlights(lang, passage.id,
                                                                 HIGHLIGHT_LIMIT)
                if total > len(rows):
                    crowded[(lang, passage.id)] = (len(rows), total)
                for aid, start, end, color in rows:
                    spans.setdefault((lang, passage.id), []).append(Span(
                        start, end, f"dv:annotation/{aid}", background=color or DEFAULT_HIGHLIGHT))
        return spans, crowded

    def _on_annotations_changed(self, _ids: list) -> None:
        self.render(lazy=True)

    def _toggle_lang(self, code: str, on: bool) -> None:
        langs = [c for c in LANGS if (c in self.langs or c == code) and (on or c != code)]
        if not langs:  # at least one language stays on
            self.lang_actions[code].setChecked(True)
            return
        if langs == self.langs:
            return
        self.langs = langs
        self.prefs.set_value("text/langs", ",".join(langs))
        self.render()

    def focus_note(self) -> None:
        """Ctrl+4: into the note under the text (Tab in the text walks its links first)."""
        if self._note_view is not None and self._note_view.isVisible():
            self._note_view.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self._status("No note is open: Enter on a link in the text opens one.")

    def focus_main(self) -> None:
        """Ctrl+1: the text itself (the pane's other controls follow it in Tab order)."""
        self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_zoom(self, steps: int) -> None:
        steps = max(-4, min(10, steps))
        self.browser.zoomIn(steps - self._zoom)
        self._zoom = steps
        self.prefs.set_value("text/zoom", steps)

    @property
    def zoom(self) -> int:
        return self._zoom

    # --- links ----------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("dv:provenance/"):  # explained here, not a selection
            lang, pid, n = (target.removeprefix("dv:provenance/").split("/") + ["", ""])[:3]
            self.show_provenance(lang, pid, n)
            return
        if target.startswith("dv:highlights/"):  # a crowded passage: list them all
            lang, pid = (target.removeprefix("dv:highlights/").split("/") + [""])[:2]
            if (self.annotations is not None and self.corpus.passage(lang, pid) is not None
                    and not self.annotations.show_passage(lang, pid)):
                self._status("View > Annotations panel (Ctrl+Shift+N) will list every "
                             "annotation of this passage.")
            return
        from viewer.ui.common import links

        links.handle_link(url, self.corpus, self.selection, self)

    def _on_hover(self, url: QUrl) -> None:
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
                QToolTip.showText(self._tooltip_pos(),
                                  f"<b>{html.escape(note.label)}</b><br>{html.escape(preview)}"
                                  "<br><i>Click to open the note</i>", self.browser)
        elif target.startswith("dv:annotation/") and self.annotations is not None:
            from viewer.escaping import safe_text

            a = self.annotations.get(target.removeprefix("dv:annotation/"))
            if a is not None:
                note = a.note if len(a.note) < 280 else a.note[:280] + " …"
                shown = ", ".join(a.tags[:10]) + (" …" if len(a.tags) > 10 else "")
                tags = f"<br><i>{safe_text(shown)}</i>" if a.tags else ""
                QToolTip.showText(self._tooltip_pos(),
                                  f"<b>Your note</b><br>{safe_text(note) or '(no text)'}"
                                  f"{tags}", self.browser)
        elif target.startswith("dv:highlights/"):
            QToolTip.showText(self._tooltip_pos(), "Open the Annotations panel with every "
                              "annotation of this passage.", self.browser)
        elif target.startswith("dv:provenance/"):
            QToolTip.showText(self._tooltip_pos(), "This wording could not be checked against "
                              "an edition. Click for details.", self.browser)

    def _tooltip_pos(self) -> QPoint:
        from PySide6.QtGui import QCursor

        return QCursor.pos()

    def show_provenance(self, lang: str, pid: str, n: str) -> None:
        passage = self.corpus.passage(lang, pid)
        para = passage.paragraph(n) if passage else None
        if passage is None or para is None:
            return
        from viewer.ui.text.about import provenance_html

        self.note_view.show_html("Where this wording comes from",
                                 provenance_html(self.corpus, passage, para))

    def show_about_text(self) -> None:
        from viewer.ui.text.about import about_text_html

        self.note_view.show_html("About this text", about_text_html(self.corpus))

    # --- selection ------------------------------------------------------------------------

    def _on_selection(self, ref: Ref | None) -> None:
        self.marks = self.marks_for(ref)
        self._update_banner()
        if ref is not None and ref.kind == "note" and ref.id in self.corpus.notes:
            self.note_view.show_note(self.corpus.notes[ref.id])
        elif ref is not None and ref.kind == "annotation" and self.annotations is not None:
            a = self.annotations.get(ref.id)
            if a is not None:
                self.note_view.show_annotation(a)
            elif self.annotations.is_open:
                self.note_view.show_html("Your annotation", ANNOTATION_GONE)
        self._apply_extra_selections()
        if ref is not None and ref.kind == "passage":
            self._scroll_target = ("passage", ref.id, ref.para)
        elif self.first_mark() is not None:
            self._scroll_target = ("first-mark",)
        else:
            self._scroll_target = None
        self._scroll_to_target()

    def scroll_to_mark(self, pid: str, positions: list[int]) -> None:
        """Show the passage heading above its first marks when they fit below it, else
        the marks from the highest one down (the columns' first marks are at different
        heights: a mention can come earlier in the Russian or Japanese text)."""
        self.browser.scrollToAnchor(pid)
        mark_top = min(self._top_of(pos) for pos in positions)
        if mark_top > self.browser.viewport().height() * 0.6:
            self._scroll_by(mark_top - 40)

    def _top_of(self, position: int) -> int:
        """The top of a document position, in viewport pixels."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(min(position, self.browser.document().characterCount() - 1))
        return self.browser.cursorRect(cursor).top()

    def _scroll_by(self, pixels: int) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + pixels)

    def _update_banner(self, *_args: object) -> None:
        self.banner_text = self.banner_for(self.selection.current)
        self.banner.setText(self.banner_text)
        self.banner.setVisible(bool(self.banner_text))

    def first_mark(self) -> tuple[str, list[int]] | None:
        """The first passage in reading order with a mark shown, and the document position
        of its first mark in each language shown."""
        order = {pid: i for i, pid in enumerate(p.id for p in self.corpus.texts["en"].passages)}
        keys = sorted((k for k in self.marks if k[0] in self.langs),
                      key=lambda k: (order.get(k[1], 99), self.langs.index(k[0])))
        first: tuple[str, list[int]] | None = None
        for lang, pid in keys:
            if first is not None and pid != first[0]:
                break
            for span in sorted(self.marks[(lang, pid)], key=lambda s: s.start):
                ranges = self.doc_ranges(lang, pid, span.start, span.end)
                if ranges:
                    first = first or (pid, [])
                    first[1].append(ranges[0][0])
                    break
        return first

    def banner_for(self, ref: Ref | None) -> str:
        if ref is None or ref.kind != "place":
            return ""
        place = self.corpus.places.get(ref.id)
        if place is None:
            return ""
        name = place_name(place, self.prefs.naming, native=True)
        if not self.marks:
            if place.id in DISPUTED_UNNAMED or place.group in DISPUTED_UNNAMED:
                return (f"{name} is not named in the declaration. Article 9 names only the "
                        "Habomai Islands and Shikotan; whether its silence about this island "
                        "settled or left open its status is what the readings dispute "
                        "(see the Readings pane).")
            return f"{name} is not named in the declaration."
        return f"Mentions of {name} are marked."

    def marks_for(self, ref: Ref | None) -> dict[tuple[str, str], list[Span]]:
        marks: dict[tuple[str, str], list[Span]] = {}
        if ref is None:
            return marks

        def add(lang: str, pid: str, start: int, end: int) -> None:
            marks.setdefault((lang, pid), []).append(Span(start, end, background=MARK_BG))

        def mark_passage(pid: str, para: str | None) -> None:
            for lang in LANGS:
                passage = self.corpus.passage(lang, pid)
                if passage is None:
                    continue
                for p, start, end in passage.paragraph_spans():
                    if para is None or p.n == para:
                        add(lang, pid, start, end)

        notes = []
        if ref.kind == "note" and ref.id in self.corpus.notes:
            notes = [self.corpus.notes[ref.id]]
        elif ref.kind == "place":
            place = self.corpus.places.get(ref.id)
            related = {ref.id}
            if place is not None:
                related |= set(place.members)
                if place.group in self.corpus.places:
                    related.add(place.group)
            notes = [n for n in self.corpus.notes.values()
                     if n.kind == "place" and related & set(n.places)]
        elif ref.kind == "interp" and ref.id in self.corpus.interpretations:
            for passage_ref in self.corpus.interpretations[ref.id].passages:
                pid, _, para = passage_ref.partition(".")
                mark_passage(pid, para or None)
        elif ref.kind == "passage" and ref.para:
            mark_passage(ref.id, ref.para)
        elif ref.kind == "annotation" and self.annotations is not None:
            a = self.annotations.get(ref.id)
            if a is not None and not a.orphan and a.start is not None:
                add(a.lang, a.passage, a.start, a.end)
        for note in notes:
            for t in note.targets:
                passage = self.corpus.passage(t.lang, t.passage)
                start = find_quote(passage.text, t.exact, t.prefix, t.suffix) if passage else -1
                if start >= 0:
                    add(t.lang, t.passage, start, start + len(t.exact))
        return marks

    # --- passages under the cursor: citation and link ------------------------------------

    def paragraph_at(self, cursor: QTextCursor | None = None) -> tuple[str, str, str] | None:
        """(lang, passage id, paragraph) of the paragraph holding `cursor` (default: caret)."""
        block = (self.browser.textCursor() if cursor is None else cursor).block()
        while block.isValid():
            if (where := _paragraph_of(block)) is not None:
                return where
            block = block.previous()
        return None

    def _current_passage(self, pos: QPoint | None = None) -> tuple[str, str, str] | None:
        if pos is not None:
            return self.paragraph_at(self.browser.cursorForPosition(pos))
        found = self.paragraph_at()
        if found is None and self.selection.current and self.selection.current.kind == "passage":
            ref = self.selection.current
            return self.langs[0], ref.id, ref.para or ""
        return found

    def copy_citation(self, where: tuple[str, str, str] | None = None) -> str | None:
        """Copy 'Joint Declaration, 19 October 1956, art. 9, para. 2, UNTS No. 3768, English
        text [verified]' (the language and status of the paragraph go along)."""
        from viewer.edition.status import cite_paragraph

        return self._copy_passage(cite_paragraph, where)

    def copy_link(self, where: tuple[str, str, str] | None = None) -> str | None:
        """Copy the passage's deep link with its status (dv:passage/art-9.2 [English:
        verified]), which --goto accepts."""
        from viewer.edition.status import link_paragraph

        return self._copy_passage(link_paragraph, where)

    def _copy_passage(self, describe, where: tuple[str, str, str] | None) -> str | None:  # noqa: ANN001
        where = where or self._current_passage()
        if where is None:
            return None
        lang, pid, para = where
        text = describe(self.corpus, lang, pid, para or None)
        QGuiApplication.clipboard().setText(text)
        return text

    def _context_menu(self, pos: QPoint) -> None:
        menu: QMenu = self.browser.createStandardContextMenu(pos)
        if self.annotations is not None and self.selected_range() is not None:
            menu.addSeparator()
            menu.addAction(self.annotate_action)
        where = self._current_passage(pos)
        if where is not None:
            lang, pid, para = where
            menu.addSeparator()
            menu.addAction("Select this passage",
                           lambda: self.selection.set(Ref("passage", pid, para or None)))
            menu.addAction("Copy citation", lambda: self.copy_citation(where))
            menu.addAction("Copy link", lambda: self.copy_link(where))
        menu.exec(self.browser.viewport().mapToGlobal(pos))

    # --- annotations ----------------------------------------------------------------------

    def selected_range(self) -> tuple[str, str, int, int] | None:
        """(lang, passage, start, end) of the selected text, in the passage's anchoring text;
        None unless the selection lies within one passage of one language."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return None
        ends = []
        for pos in (cursor.selectionStart(), cursor.selectionEnd()):
            c = QTextCursor(self.browser.document())
            c.setPosition(pos)
            where = self.paragraph_at(c)
            if where is None:
                return None
            lang, pid, n = where
            passage = self.corpus.passage(lang, pid)
            span = next(((s, e) for p, s, e in passage.paragraph_spans() if p.n == n), None)
            if span is None:
                return None
            offset = pos - c.block().position()
            ends.append((lang, pid, min(span[0] + max(0, offset), span[1])))
        (lang, pid, start), (lang2, pid2, end) = ends
        if (lang, pid) != (lang2, pid2) or end <= start:
            return None
        return lang, pid, start, end

    def open_editor(self, quote: str, existing=None) -> dict | None:  # noqa: ANN001
        """Show the editor (filled from `existing` when editing); the values on Save, None
        on Cancel. Tests replace this."""
        from viewer.ui.annotations.editor import AnnotationEditor, editor_for

        tags = self.annotations.store.all_tags() if self.annotations else []
        dialog = (editor_for(self.corpus, existing, naming=self.prefs.naming, tags=tags,
                             parent=self) if existing is not None else
                  AnnotationEditor(self.corpus, quote, naming=self.prefs.naming, tags=tags,
                                   parent=self))
        return dialog.values() if dialog.exec() else None

    def _refuse_write(self) -> bool:
        if self.annotations is None:
            return True
        if self.annotations.read_only:
            self._status("Annotations are read-only: see the message shown at start-up.")
            return True
        return False

    def annotate(self) -> bool:
        """Annotate the selected text: open the editor, then add (undoable)."""
        from viewer.annotations.model import new_annotation

        where = self.selected_range()
        if where is None:
            self._status(PICK_TEXT)
            return False
        if self._refuse_write():
            return False
        lang, pid, start, end = where
        text = self.corpus.passage(lang, pid).text
        while start < end and text[start].isspace():  # spaces at the ends are no quote
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            self._status(PICK_TEXT)
            return False
        values = self.open_editor(text[start:end])
        if values is None:
            return False
        try:
            annotation = new_annotation(lang, pid, text, start, end, **values)
        except ValueError as exc:
            self._status(f"Not annotated: {exc}")
            return False
        self.annotations.add(annotation)
        return True

    def _current_annotation_id(self) -> str | None:
        ref = self.selection.current
        return ref.id if ref is not None and ref.kind == "annotation" else None

    def edit_annotation(self, annotation_id: str | None = None) -> bool:
        annotation_id = annotation_id or self._current_annotation_id()
        if annotation_id is None:
            self._status(PICK_ANNOTATION)
            return False
        if self._refuse_write():
            return False
        a = self.annotations.get(annotation_id)
        if a is None:
            self._status("That annotation is not in your store any more.")
            return False
        values = self.open_editor(a.exact, existing=a)
        if values is None:
            return False
        self.annotations.update(annotation_id, **values)
        self.note_view.show_annotation(self.annotations.get(annotation_id))
        return True

    def delete_annotation(self, annotation_id: str | None = None) -> bool:
        annotation_id = annotation_id or self._current_annotation_id()
        if annotation_id is None:
            self._status(PICK_ANNOTATION)
            return False
        if self._refuse_write():
            return False
        self.annotations.delete(annotation_id)
        if self._note_view is not None:
            self._note_view.hide()
        self._status("Annotation deleted (Edit > Undo brings it back).")
        return True

    def _status(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    # --- find -----------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()
        self._highlight_matches()

    def _find_closed(self) -> None:
        self._apply_extra_selections()  # the marks stay, the matches go
        self.browser.setFocus()

    def _find_changed(self, _text: str) -> None:
        self._highlight_matches()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.find_next()

    def matches(self) -> list[QTextCursor]:
        needle = self.find_bar.field.text()
        found: list[QTextCursor] = []
        if not needle:
            return found
        doc = self.browser.document()
        cursor = doc.find(needle, 0)
        while not cursor.isNull() and len(found) < 5000:
            if not _in_notice(cursor):
                found.append(cursor)
            cursor = doc.find(needle, cursor)
        return found

    def _find_selections(self, found: list[QTextCursor] | None = None
                         ) -> list[QTextEdit.ExtraSelection]:
        if self._find_bar is None or not self._find_bar.isVisible():
            return []
        fmt = _char_format(FIND_BG)
        selections = []
        for cursor in self.matches() if found is None else found:
            selections += self._range_selections(cursor.selectionStart(), cursor.selectionEnd(),
                                                 fmt)
        return selections

    def _highlight_matches(self) -> None:
        found = self.matches()
        self._apply_extra_selections(found)
        count = len(found)
        needle = self.find_bar.field.text()
        self.find_bar.count.setText(f"{count} match{'es' if count != 1 else ''}"
                                    if needle else "")

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self.find_bar.field.text()
        if not needle:
            return False
        for _pass in range(2):  # from the caret on, then once more from the other end
            while self.browser.find(needle, flags):
                if not _in_notice(self.browser.textCursor()):
                    return True
            self.browser.moveCursor(QTextCursor.MoveOperation.End
                                    if flags & QTextDocument.FindFlag.FindBackward
                                    else QTextCursor.MoveOperation.Start)
        return False

    def current_match_index(self) -> int:
        caret = self.browser.textCursor()
        for i, cursor in enumerate(self.matches()):
            if cursor.selectionStart() == caret.selectionStart():
                return i
        return -1


def _in_notice(cursor: QTextCursor) -> bool:
    """Whether a match lies in one of the app's notices rather than in the text."""
    return cursor.block().userState() == NOTICE_BLOCK


def _char_format(background: str):  # noqa: ANN202 - a QTextCharFormat
    """Dark text on a pale background (marks and find matches)."""
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    fmt.setForeground(QColor(ON_LIGHT_TEXT))
    return fmt


def _extra_selection(doc, a: int, b: int, fmt) -> QTextEdit.ExtraSelection:  # noqa: ANN001
    cursor = QTextCursor(doc)
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    sel = QTextEdit.ExtraSelection()
    sel.cursor, sel.format = cursor, fmt
    return sel


def _paragraph_of(block) -> tuple[str, str, str] | None:  # noqa: ANN001 - a QTextBlock
    """(lang, passage, paragraph) if the block starts a paragraph: render_document puts the
    anchor `<lang>-<passage>.<n>` on its first character."""
    it = block.begin()
    if it.atEnd():
        return None
    for name in it.fragment().charFormat().anchorNames():
        if m := PARA_ANCHOR_RE.match(name):
            return m.group(1), m.group(2), m.group(3)
    return None
