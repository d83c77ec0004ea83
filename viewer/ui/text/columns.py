"""The columns: the browser that shows the rendered declaration, and where things are in it
(each paragraph's and each link's document position, a position's height on screen)."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.corpus.model import Corpus
from viewer.ui.text import hyphens
from viewer.ui.text.render import GUTTER_PX, NOTICE_BLOCK, Theme

PARA_ANCHOR_RE = re.compile(r"^(en|ru|ja)-([a-z0-9-]+)\.([0-9a-z]+)$")
PASSAGE_ANCHOR_RE = re.compile(r"^[a-z][a-z0-9-]*$")  # a passage's id, on its first heading


def palette_theme(widget: QWidget) -> Theme:
    """The text's colours for the widget's palette (light, dark or high-contrast)."""
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return Theme()
    return Theme.dark(palette.color(QPalette.ColorRole.Link).name(),
                      palette.color(QPalette.ColorRole.PlaceholderText).name())


class TextBrowser(QTextBrowser):
    """The text's browser: what it copies or drags has no soft hyphens (they are only drawn);
    `link_focused` says which link Tab or Shift+Tab moved to (a mouse hover is
    `highlighted`; Qt says nothing of the keyboard's)."""

    link_focused = Signal(str)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        if moved and cursor.hasSelection() and cursor.charFormat().isAnchor():
            self.link_focused.emit(cursor.charFormat().anchorHref())
        return moved

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        data = super().createMimeDataFromSelection()
        out = QMimeData()
        out.setText(hyphens.strip(data.text()))
        if data.hasHtml():
            out.setHtml(hyphens.strip(data.html()).replace("&shy;", "").replace("&#173;", ""))
        return out


class TextColumns(QObject):
    """The browser and its document: shows rendered HTML, maps passages to positions."""

    def __init__(self, corpus: Corpus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.browser = TextBrowser()
        self.browser.setOpenLinks(False)
        # a status mark hangs in the gutter; a tab after it brings the first line back
        option = self.browser.document().defaultTextOption()
        option.setTabStopDistance(GUTTER_PX)
        self.browser.document().setDefaultTextOption(option)
        self.browser.setAccessibleName(self.tr("Declaration text"))
        # The declaration is always taller than the view: with the bar there from the start,
        # the first layout is at the final width, not redone when the bar appears (issue 23).
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.html = ""  # the document as last rendered
        self._links: tuple[list[int], list[int]] | None = None  # its links' positions
        self.para_pos: dict[tuple[str, str, str], int] = {}
        self._zoom = 0
        self.hyphenate = True  # Russian and English words break at syllables (hyphens)

    def show_document(self, html_text: str, lazy: bool) -> None:
        """Set the document, keeping the scroll offset. A document set while shown is laid
        out whole at once (scroll offsets are pixels); the first paint, though, lays out
        only the passages it shows, the rest after it, and so does a `lazy` one at the top."""
        self.html = html_text
        bar = self.browser.verticalScrollBar()
        scroll = bar.value()
        self.browser.setHtml(html_text)
        self._links = None  # read again when first needed
        self._index_paragraphs()
        if self.browser.isVisible() and (scroll > 0 or not lazy):
            self.finish_layout()
        bar.setValue(scroll)

    def _index_paragraphs(self) -> None:
        """Document position of each shown paragraph, from the anchors render_document puts
        at the start of every paragraph."""
        self.para_pos = {}
        block = self.browser.document().begin()
        while block.isValid():
            if (start := paragraph_start(block)) is not None:
                self.para_pos[start[0]] = start[1]
            block = block.next()

    def doc_ranges(self, lang: str, pid: str, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges for [start, end) of a passage's anchoring text (one per paragraph
        it touches); nothing if that language is not shown."""
        passage = self.corpus.passage(lang, pid)
        out = []
        for para, p_start, p_end in passage.paragraph_spans() if passage else ():
            lo, hi = max(start, p_start), min(end, p_end)
            pos = self.para_pos.get((lang, pid, para.n))
            if lo < hi and pos is not None:
                soft = self.soft_hyphens(lang, para.text)
                out.append((pos + hyphens.to_drawn(soft, lo - p_start),
                            pos + hyphens.to_drawn(soft, hi - p_start, end=True)))
        return out

    def soft_hyphens(self, lang: str, text: str) -> tuple[int, ...]:
        """Where the drawn paragraph has soft hyphens (offsets in `text`)."""
        return hyphens.points(lang, text) if self.hyphenate else ()

    def text_offset(self, where: tuple[str, str, str], position: int) -> int | None:
        """The offset in paragraph `where`'s own text of document `position` (clamped to
        the paragraph), or None if that paragraph is not shown."""
        lang, pid, n = where
        passage = self.corpus.passage(lang, pid)
        para = passage.paragraph(n) if passage else None
        start = self.para_pos.get(where)
        if para is None or start is None:
            return None
        offset = hyphens.to_text(self.soft_hyphens(lang, para.text), max(0, position - start))
        return min(offset, len(para.text))

    def paragraph_at(self, cursor: QTextCursor | None = None) -> tuple[str, str, str] | None:
        """(lang, passage id, paragraph) of the paragraph holding `cursor` (default: caret)."""
        block = (self.browser.textCursor() if cursor is None else cursor).block()
        while block.isValid():
            if (start := paragraph_start(block)) is not None:
                return start[0]
            block = block.previous()
        return None

    def paragraph_at_point(self, pos: QPoint) -> tuple[str, str, str] | None:
        return self.paragraph_at(self.browser.cursorForPosition(pos))

    def link_ranges(self) -> tuple[list[int], list[int]]:
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

    # --- geometry ---------------------------------------------------------------------------

    def finish_layout(self) -> None:
        """Lay out the whole document now, and size the scroll bar for it (Qt tells the
        view about a size reached by lazy layout only on its next event-loop turn)."""
        layout = self.browser.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def top_of(self, position: int) -> int:
        """The top of a document position, in viewport pixels."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(min(position, self.browser.document().characterCount() - 1))
        return self.browser.cursorRect(cursor).top()

    def scroll_by(self, pixels: int) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + pixels)

    def set_zoom(self, steps: int) -> int:
        steps = max(-4, min(10, steps))
        self.browser.zoomIn(steps - self._zoom)
        self._zoom = steps
        return steps

    @property
    def zoom(self) -> int:
        return self._zoom


def in_notice(cursor: QTextCursor) -> bool:
    """Whether a position lies in one of the app's notices rather than in the text."""
    return cursor.block().userState() == NOTICE_BLOCK


def paragraph_start(block) -> tuple[tuple[str, str, str], int] | None:  # noqa: ANN001
    """((lang, passage, paragraph), position of its text) if the block is a paragraph of the
    text: render_document puts the anchor `<lang>-<passage>.<n>` on its first character,
    after the status mark in the margin, if any."""
    it = block.begin()
    for _fragment in range(3):  # the mark, the tab, the text
        if it.atEnd():
            return None
        fragment = it.fragment()
        for name in fragment.charFormat().anchorNames():
            if m := PARA_ANCHOR_RE.match(name):
                return (m.group(1), m.group(2), m.group(3)), fragment.position()
        it += 1
    return None


def passage_anchor(block) -> str | None:  # noqa: ANN001 - a QTextBlock
    """The passage id if the block is the heading render_document anchors the passage on."""
    it = block.begin()
    if it.atEnd():
        return None
    for name in it.fragment().charFormat().anchorNames():
        if PASSAGE_ANCHOR_RE.match(name):
            return name
    return None
