"""One search box (Ctrl+Shift+F) over the declaration in every language, the editorial notes,
the readings and the user's annotations.

The corpus index (SQLite FTS5, trigram) is built on the first search, not at start-up.
Results are grouped by kind with a count per group and escaped snippets whose matches are
bold; a click or Enter on a result sets the Selection. Typing is debounced (150 ms), and each
group is capped (GROUP_LIMIT) so a search stays fast with 100,000 annotations.
"""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeySequence,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations import fts
from viewer.corpus.model import LANG_NAMES, Corpus
from viewer.corpus.refs import Ref, find_place
from viewer.edition.status import text_status
from viewer.escaping import visible_bidi
from viewer.translations import (
    QT_TRANSLATE_NOOP,
    interface_passage,
    para_label,
    running_language,
    translate,
)
from viewer.ui.annotations.service import AnnotationService, excerpt
from viewer.ui.common.field_keys import keep_escape
from viewer.ui.common.markdown_view import markdown_to_plain
from viewer.ui.common.selection import Selection

log = logging.getLogger("viewer.search")

GROUP_LIMIT = 30  # results shown per kind
DEBOUNCE_MS = 150
DOCK_WIDTH = 440
GROUPS = (("passage", QT_TRANSLATE_NOOP("SearchPanel", "Declaration")),  # translated when shown
          ("note", QT_TRANSLATE_NOOP("SearchPanel", "Editorial notes")),
          ("interpretation", QT_TRANSLATE_NOOP("SearchPanel", "Readings")),
          ("annotation", QT_TRANSLATE_NOOP("SearchPanel", "Your annotations")))
REF_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_OPEN = '<b style="background-color:#ffe9a8; color:#000000">'


class Result(NamedTuple):
    kind: str  # passage | note | interpretation | annotation
    ref: Ref
    title: str
    snippet: str  # with fts.MARK_OPEN / MARK_CLOSE markers, not yet escaped


def corpus_documents(corpus: Corpus) -> list[tuple[str, str, str, str, str]]:
    """(kind, ref, title, lang, text) for the index: paragraphs, notes, readings."""
    docs = []
    for lang, text in corpus.texts.items():
        for passage in text.passages:
            shown = interface_passage(corpus, passage.id)
            label = shown.label if shown else passage.label
            several = len(passage.paragraphs) > 1
            for p in passage.paragraphs:
                if not p.text:
                    continue
                ref = f"{passage.id}.{p.n}" if several else passage.id
                title = para_label(label, p.n if several else None)
                docs.append(("passage", ref, title, lang, p.text))
    for note in corpus.notes.values():
        docs.append(("note", note.id, note.label, "en", markdown_to_plain(note.body)))
    for it in corpus.interpretations.values():
        docs.append(("interpretation", it.id, f"{it.title} ({it.date[:4]})", "en",
                     f"{it.summary}\n\n{markdown_to_plain(it.argument)}"))
    return docs


def _is_word_char(ch: str) -> bool:
    """A letter or digit of a spaced script: Japanese has no spaces, any cut is a boundary."""
    return ch.isalnum() and ord(ch) < 0x2E80


def word_bounds(text: str, start: int, end: int, reach: int = 30) -> tuple[int, int]:
    """[start, end) widened to whole words where it cuts one (at most `reach` more each side)."""
    lo = start
    while (0 < lo < len(text) and start - lo < reach and _is_word_char(text[lo - 1])
           and _is_word_char(text[lo])):
        lo -= 1
    hi = end
    while (0 < hi < len(text) and hi - end < reach and _is_word_char(text[hi - 1])
           and _is_word_char(text[hi])):
        hi += 1
    return lo, hi


def _snippet_in(snippet: str, text: str) -> tuple[str, int] | None:
    """The snippet without its ellipses, and where its words start in `text` (None if not
    found there)."""
    core = snippet.removeprefix(fts.ELLIPSIS)
    core = core[:-1] if core.endswith(fts.ELLIPSIS) else core
    plain = core.replace(fts.MARK_OPEN, "").replace(fts.MARK_CLOSE, "")
    at = text.find(plain) if plain else -1
    return (core, at) if at >= 0 else None


def aligned_snippet(snippet: str, text: str) -> str:
    """The snippet widened to whole words at both ends (FTS5's trigram tokens, so its
    snippets, start anywhere: "…абомаи" becomes "…Хабомаи"), from the full `text`."""
    found = _snippet_in(snippet, text)
    if found is None:
        return snippet
    core, at = found
    end = at + len(core.replace(fts.MARK_OPEN, "").replace(fts.MARK_CLOSE, ""))
    lo, hi = word_bounds(text, at, end)
    return ((fts.ELLIPSIS if lo > 0 else "") + text[lo:at] + core + text[end:hi]
            + (fts.ELLIPSIS if hi < len(text) else ""))


def hit_spans(snippet: str, text: str) -> tuple[tuple[int, int], ...]:
    """Where the snippet's marked matches are in `text`, widened to whole words."""
    found = _snippet_in(snippet, text)
    if found is None:
        return ()
    core, pos = found
    spans, start = [], None
    for ch in core:
        if ch == fts.MARK_OPEN:
            start = pos
        elif ch == fts.MARK_CLOSE:
            if start is not None and start < pos:
                spans.append(word_bounds(text, start, pos))
            start = None
        else:
            pos += 1
    return tuple(spans)


def _passage_ref(corpus: Corpus, ref: str, lang: str, snippet: str) -> Ref:
    """The paragraph of a search hit, with the hit's words (its text marks those)."""
    pid, _, para = ref.partition(".")
    passage = corpus.passage(lang, pid)
    for p, start, _end in passage.paragraph_spans() if passage else ():
        if p.n == para or not para:
            spans = tuple((start + a, start + b) for a, b in hit_spans(snippet, p.text))
            return Ref("passage", pid, para or None, hit=(lang, spans) if spans else None)
    return Ref("passage", pid, para or None)


class SearchEngine:
    """The searching, without widgets: the corpus index (built lazily) plus the store."""

    def __init__(self, corpus: Corpus, service: AnnotationService | None) -> None:
        self.corpus, self.service = corpus, service
        self._index: Any = None
        self._texts: dict[tuple[str, str, str], str] = {}  # (kind, ref, lang): indexed text

    @property
    def index(self) -> Any:
        if self._index is None:
            from viewer.annotations.search import CorpusIndex

            documents = corpus_documents(self.corpus)
            self._texts = {(kind, ref, lang): text for kind, ref, _t, lang, text in documents}
            self._index = CorpusIndex(documents)
            log.info("corpus search index built (%d documents)", len(self._index))
        return self._index

    def invalidate(self) -> None:
        """The corpus's texts changed (a reader's supply): index them anew on next use."""
        self._index, self._texts = None, {}

    def search(self, query: str, limit: int = GROUP_LIMIT) -> dict[str, list[Result]]:
        out: dict[str, list[Result]] = {kind: [] for kind, _ in GROUPS}
        if not fts.split_terms(query):
            return out
        seen: set[tuple[str, str]] = set()
        for term in [query, *self.place_terms(query)]:
            for hit in self.index.search(term, limit=limit, kind="passage"):
                if (hit.ref, hit.lang) in seen or len(out["passage"]) >= limit:
                    continue
                seen.add((hit.ref, hit.lang))
                pid, _, para = hit.ref.partition(".")  # the paragraph's status goes along
                title = (f"{hit.title} · {LANG_NAMES.get(hit.lang, hit.lang)} "
                         + self._status_mark(hit.lang, pid, para or None)).rstrip()
                ref = _passage_ref(self.corpus, hit.ref, hit.lang, hit.snippet)
                out["passage"].append(Result("passage", ref, title, self._aligned(hit)))
        for hit in self.index.search(query, limit=limit, kind="note"):
            out["note"].append(Result("note", Ref("note", hit.ref), hit.title,
                                      self._aligned(hit)))
        for hit in self.index.search(query, limit=limit, kind="interpretation"):
            out["interpretation"].append(Result("interpretation", Ref("interp", hit.ref),
                                                hit.title, self._aligned(hit)))
        if self.service is not None:
            store = self.service.store
            for hit in store.search(query, limit=limit):
                a = store.get(hit.id)
                if a is None:
                    continue
                snippet = hit.snippet
                for text in (a.note, a.exact):  # whichever the snippet was cut from
                    if (aligned := aligned_snippet(snippet, text)) != snippet:
                        snippet = aligned
                        break
                out["annotation"].append(Result("annotation", Ref("annotation", hit.id),
                                                self._annotation_title(a), snippet))
        return out

    def _aligned(self, hit: Any) -> str:
        text = self._texts.get((hit.kind, hit.ref, hit.lang))
        return aligned_snippet(hit.snippet, text) if text else hit.snippet

    def _status_mark(self, lang: str, pid: str, para: str | None) -> str:
        """The paragraph's status mark as the edition words it ("[verified]"), in the
        interface language when that is not English."""
        if running_language() == "en":
            return text_status(self.corpus, lang, pid, para)
        from viewer.ui.text.render import STATUS_LABELS

        passage = self.corpus.passage(lang, pid)
        if passage is None:
            return f"[{translate('render', STATUS_LABELS['missing'])}]"
        paragraphs = [p for p in passage.paragraphs if para is None or p.n == para]
        marks = dict.fromkeys(
            translate("status", "verified") if p.status == "verified"
            else translate("render", STATUS_LABELS.get(p.status, "not available"))
            for p in paragraphs)
        return "; ".join(f"[{m}]" for m in marks)

    def place_terms(self, query: str) -> list[str]:
        """A place searched by any of its names finds it under the others too: the
        declaration spells Shikotan "Shikoton" (UN), "Шикотан" and "色丹島"."""
        place = find_place(self.corpus, query.strip())
        if place is None:
            return []
        related = {place.id, *place.members}
        terms = [n for n in (place.name_ja, place.name_ru) if n]
        for note in self.corpus.notes.values():
            if note.kind == "place" and related & set(note.places):
                terms += [t.exact for t in note.targets]
        return [t for t in dict.fromkeys(terms) if t.casefold() != query.strip().casefold()]

    def _annotation_title(self, a: Any) -> str:
        quote = excerpt(a.exact, 50)
        passage = interface_passage(self.corpus, a.passage) if a.passage else None
        where = passage.label if passage else translate("SearchPanel", "not anchored")
        return f"“{quote}” · {where}" + (f" · {a.lang}" if a.lang else "")


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE (escaped by us) as rich text, wrapped to the view's width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, html_text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(3)
        doc.setHtml(html_text)
        doc.setTextWidth(max(80, width))
        return doc

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 1 if index.parent().isValid() else 0
        return self.view.viewport().width() - self.view.indentation() * (depth + 1) - 4

    def paint(self, painter, option, index) -> None:  # noqa: ANN001 - Qt override
        html_text = index.data(HTML_ROLE)
        if not html_text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget or self.view
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(html_text, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (QPalette.ColorRole.HighlightedText
                if opt.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: ANN001, N802 - Qt override
        html_text = index.data(HTML_ROLE)
        if not html_text:
            return super().sizeHint(option, index)
        doc = self._document(html_text, self._width(index))
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class _ResultsView(QTreeView):
    """Row heights depend on the width (wrapped snippets): lay out again on resize."""

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class _SearchField(QLineEdit):
    """Down arrow moves into the results."""

    def __init__(self, panel: SearchPanel) -> None:
        super().__init__()
        self._panel = panel

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if event.key() == Qt.Key.Key_Down and self._panel.focus_results():
            return
        super().keyPressEvent(event)


class SearchPanel(QDockWidget):
    """The search dock. `view_actions()`: Search… (Ctrl+Shift+F) and the panel toggle."""

    def __init__(self, corpus: Corpus, selection: Selection,
                 service: AnnotationService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self.corpus, self.selection = corpus, selection
        self.engine = SearchEngine(corpus, service)
        self.setObjectName("SearchPanel")
        self.setAccessibleName(self.tr("Search panel"))
        self.results: dict[str, list[Result]] = {}
        self.last_query: str | None = None  # what the shown results are for

        self.field = _SearchField(self)
        self.field.setPlaceholderText(self.tr("Search the declaration, notes, readings and your "
                                              "notes"))
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setClearButtonEnabled(True)
        keep_escape(self.field)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        if service is not None:  # results that list annotations are searched again
            service.changed.connect(self._annotations_changed)
        self.field.returnPressed.connect(self._on_return)
        self.summary = QLabel(self.tr("Type to search in English, Russian or Japanese."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("Search summary"))
        self.model = QStandardItemModel(self)
        self.view = _ResultsView()
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.clicked.connect(self.open_result)
        self.view.activated.connect(self.open_result)

        body = QWidget()
        body.setAccessibleName(self.tr("Search"))
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.setWidget(body)

        self.search_action = QAction(self.tr("Searc&h everything…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action.setToolTip(self.tr("Search the declaration, the notes, the readings "
                                              "and your annotations (Ctrl+Shift+F)"))
        self.search_action.triggered.connect(self.start)
        self.toggle_action = self.toggleViewAction()
        self.toggle_action.setText(self.tr("Search &panel"))

    def view_actions(self) -> list[QAction]:
        return [self.search_action, self.toggle_action]

    # --- searching ---------------------------------------------------------------------------

    def start(self) -> None:
        """Show the panel and put the cursor in the field."""
        window = self.parent()
        if self.isHidden() and hasattr(window, "resizeDocks") and not self.isFloating():
            self.show()
            window.resizeDocks([self], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _annotations_changed(self, _ids: list) -> None:
        if self.last_query:
            self._timer.start()

    def _on_return(self) -> None:
        if self._timer.isActive() or self.last_query != self.field.text():
            self._timer.stop()
            self.run()
        self.focus_results()

    def run(self) -> None:
        query = self.field.text()
        self.results = self.engine.search(query)
        self.last_query = query
        self._show(query)

    def _show(self, query: str) -> None:
        self.model.clear()
        total = 0
        for kind, label in GROUPS:
            hits = self.results.get(kind, [])
            if not hits:
                continue
            total += len(hits)
            more = "+" if len(hits) >= GROUP_LIMIT else ""
            group = QStandardItem(f"{self.tr(label)} ({len(hits)}{more})")
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setData(kind, REF_ROLE + 10)
            for r in hits:
                plain = visible_bidi(r.snippet.replace(fts.MARK_OPEN, "")
                                     .replace(fts.MARK_CLOSE, ""))
                item = QStandardItem(f"{r.title}: {plain}")
                item.setData(r.ref, REF_ROLE)
                item.setData(f"<div><b>{fts.snippet_html(r.title, '', '')}</b></div>"
                             f"<div>{fts.snippet_html(r.snippet, MARK_OPEN, '</b>')}</div>",
                             HTML_ROLE)
                item.setData(f"{r.title}: {plain}", Qt.ItemDataRole.AccessibleTextRole)
                group.appendRow(item)
            self.model.appendRow(group)
        self.view.expandAll()
        if not fts.split_terms(query):
            self.summary.setText(self.tr("Type to search in English, Russian or Japanese."))
        elif total == 0:
            self.summary.setText(self.tr("No results."))
        else:
            self.summary.setText(self.tr("%n result(s). Click one, or press Enter on it, to go "
                                         "there.", "", total))

    def result_items(self, kind: str) -> list[QModelIndex]:
        """Indexes of the shown results of one kind (for tests and keyboard code)."""
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            if group.data(REF_ROLE + 10) == kind:
                return [self.model.index(i, 0, group) for i in range(self.model.rowCount(group))]
        return []

    def focus_results(self) -> bool:
        first = self.model.index(0, 0)
        if not first.isValid() or not self.model.hasChildren(first):
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(self.model.index(0, 0, first))
        return True

    def open_result(self, index: QModelIndex) -> None:
        ref = index.data(REF_ROLE)
        if isinstance(ref, Ref):
            self.selection.set(ref)
