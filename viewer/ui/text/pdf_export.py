"""File ▸ Export PDF…: the declaration with the reader's highlights and numbered endnotes.

Which text: the languages the text pane currently shows (`langs()` is given by the main
window), passage by passage in document order, each language in turn. Each anchored
annotation in those languages is highlighted in its colour and gets a marker [1], [2] … at
its end, numbered in reading order. "Notes" then lists each number with its quote, the
reader's note (Markdown rendered by markdown_to_html: escaped, never raw HTML), tags and
colour. Annotations in languages not shown, and those no longer anchored, are listed after,
numbered on, so nothing is dropped. Written with QPdfWriter (A4, 18 mm margins) and
QTextDocument.print_ (which adds page numbers); Japanese is set in the bundled CJK subset
(see _pdf_font), other scripts in the default font. The file is written beside the target and
renamed into place.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from viewer.corpus.model import LANG_NAMES, LANGS, PARAGRAPH_SEP, Corpus, Passage
from viewer.paths import replace_atomically
from viewer.ui.common import dialogs

SUBSET_FAMILY = "DV Sans CJK JP Subset"  # resources/fonts (tools/make_font_subset.py)

if TYPE_CHECKING:  # the rest is imported when a PDF is made, not at start-up
    from PySide6.QtWidgets import QWidget

    from viewer.ui.annotations.service import AnnotationService

log = logging.getLogger("viewer.pdf")

MARGIN_MM = 18
CSS = """
body { font-size: 10.5pt; }
h1 { font-size: 16pt; }
h2 { font-size: 13pt; margin-top: 14px; }
h3 { font-size: 11pt; color: #444444; margin-top: 8px; }
p.meta { color: #555555; font-size: 9pt; }
sup.marker { color: #1a5fb4; font-weight: bold; }
p.quote { margin-left: 16px; font-style: italic; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br/>")


def _marker(n: int) -> str:
    return f'<sup class="marker">[{n}]</sup>'


def render_paragraphs(passage: Passage, annotations: list[Any], numbers: dict[str, int]) -> str:
    """The passage's paragraphs as HTML with highlights and end markers.

    Overlaps are cut into segments; a segment takes the colour of the innermost (latest
    starting) annotation covering it; each annotation's marker follows its last character.
    """
    from viewer.ui.annotations.editor import DEFAULT_HIGHLIGHT

    out = []
    for _para, p_start, p_end in passage.paragraph_spans():
        inside = [a for a in annotations if a.start < p_end and a.end > p_start]
        cuts = {p_start, p_end}
        for a in inside:
            cuts.update(x for x in (a.start, a.end) if p_start < x < p_end)
        points = sorted(cuts)
        parts = []
        text = passage.text
        for s, e in zip(points, points[1:], strict=False):
            covering = [a for a in inside if a.start < e and a.end > s]
            segment = _esc(text[s:e])
            if covering:
                top = max(covering, key=lambda a: (a.start, -a.end))
                color = top.color or DEFAULT_HIGHLIGHT
                segment = f'<span style="background-color:{color}">{segment}</span>'
            parts.append(segment)
            for a in inside:  # markers for annotations ending here (or in the gap after)
                if min(a.end, p_end) == e and a.end <= p_end + len(PARAGRAPH_SEP):
                    parts.append(_marker(numbers[a.id]))
        out.append(f"<p>{''.join(parts)}</p>")
    return "".join(out)


def build_html(corpus: Corpus, langs: Iterable[str], annotations: Iterable[Any],
               today: str | None = None) -> tuple[str, list[tuple[int, Any]]]:
    """The document's HTML and the numbered annotations in endnote order."""
    langs = [lang for lang in LANGS if lang in set(langs) and lang in corpus.texts] or ["en"]
    by_passage: dict[tuple[str, str], list[Any]] = {}
    rest: list[Any] = []
    for a in annotations:
        passage = corpus.passage(a.lang, a.passage) if a.lang and a.passage else None
        if a.orphan or passage is None or a.start is None or a.end is None:
            rest.append(a)
        else:
            by_passage.setdefault((a.lang, a.passage), []).append(a)
    for items in by_passage.values():
        items.sort(key=lambda a: (a.start, a.end, a.created))

    numbers: dict[str, int] = {}
    numbered: list[tuple[int, Any]] = []
    order = [p.id for p in corpus.texts[langs[0]].passages]
    for pid in order:
        for lang in langs:
            for a in by_passage.get((lang, pid), []):
                numbers[a.id] = len(numbers) + 1
                numbered.append((numbers[a.id], a))
    shown = len(numbered)
    hidden = [a for (lang, _pid), items in by_passage.items() if lang not in langs
              for a in items]
    for a in hidden + rest:
        numbers[a.id] = len(numbers) + 1
        numbered.append((numbers[a.id], a))

    if not today:
        from datetime import date

        today = date.today().isoformat()
    body = [f"<h1>Joint Declaration of the USSR and Japan, 19 October 1956</h1>"
            f'<p class="meta">{_esc(", ".join(LANG_NAMES[x] for x in langs))} text as shown '
            f"in Declaration Viewer, exported {_esc(today)}. Highlights and numbered notes "
            f"are the reader's own ({len(numbered)} annotation"
            f"{'s' if len(numbered) != 1 else ''}).</p>"]
    for lang in langs:
        body.append(f'<p class="meta"><b>{_esc(LANG_NAMES[lang])}</b>: '
                    f"{_esc(corpus.texts[lang].edition)}</p>")
    for pid in order:
        english = corpus.passage("en", pid)
        body.append(f"<h2>{_esc(english.label if english else pid)}</h2>")
        for lang in langs:
            passage = corpus.passage(lang, pid)
            if passage is None or not passage.text:
                continue
            if len(langs) > 1:
                body.append(f"<h3>{_esc(LANG_NAMES[lang])}</h3>")
            body.append(render_paragraphs(passage, by_passage.get((lang, pid), []), numbers))

    body.append('<h1 style="page-break-before: always">Notes</h1>')
    if not numbered:
        body.append("<p>No annotations.</p>")
    for i, (n, a) in enumerate(numbered):
        if i == shown:
            body.append("<h2>Annotations not in the text above</h2><p class=\"meta\">In a "
                        "language not exported, or no longer anchored in the current "
                        "text.</p>")
        body.append(_endnote(corpus, n, a))
    return (f"<html><head><style>{CSS}</style></head><body>{''.join(body)}</body></html>",
            numbered)


def _endnote(corpus: Corpus, n: int, a: Any) -> str:
    from viewer.ui.annotations.editor import color_name
    from viewer.ui.common.markdown_view import markdown_to_html

    passage = corpus.passage("en", a.passage) if a.passage else None
    where = passage.label if passage else "unknown passage"
    if a.lang:
        where += f", {LANG_NAMES.get(a.lang, a.lang)}"
    if a.orphan:
        where += " (not found in the current text)"
    meta = [where] + ([f"colour: {color_name(a.color)}"] if a.color else [])
    if a.tags:
        meta.append("tags: " + ", ".join(a.tags))
    note = markdown_to_html(a.note) if a.note.strip() else "<p><i>(no note)</i></p>"
    return (f'<p><b>[{n}]</b> <span class="meta">{_esc(" · ".join(meta))}</span></p>'
            f'<p class="quote">“{_esc(a.exact)}”</p>{note}')


def write_pdf(html_text: str, path: Path, title: str = "Joint Declaration, 1956") -> None:
    """Render to an A4 PDF at `path` (written beside it, then renamed). Raises OSError."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    with replace_atomically(Path(path)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Declaration Viewer")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                              QPageLayout.Unit.Millimeter)
        doc = QTextDocument()
        doc.setDefaultFont(_pdf_font(doc.defaultFont()))
        doc.setHtml(html_text)
        doc.print_(writer)
        del writer  # finishes the file
        with open(tmp, "rb") as f:
            if f.read(5) != b"%PDF-":
                raise OSError("the PDF could not be written")


def _pdf_font(base):  # noqa: ANN001, ANN202 - a QFont
    """`base`, then the bundled CJK subset for what base lacks. The system's full Noto CJK
    maps some glyphs to look-alike Kangxi radicals too (日 U+65E5 and the radical U+2F47),
    and Qt's PDF writer may name the radical, so text copied from the PDF would not be the
    text; the subset maps each glyph to one character. (Characters outside it fall back.)"""
    from PySide6.QtGui import QFontDatabase

    if SUBSET_FAMILY in QFontDatabase.families():
        base.setFamilies([base.family(), SUBSET_FAMILY])
    return base


class PdfExporter(QObject):
    """File ▸ Export PDF…; `langs` returns the languages to export (the text pane's)."""

    def __init__(self, corpus: Corpus, service: AnnotationService,
                 langs: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.service, self.window = corpus, service, parent
        self.langs = langs or (lambda: list(LANGS))
        self.action = QAction("Export &PDF…", self)
        self.action.setToolTip("The declaration with your highlights and notes as endnotes")
        self.action.triggered.connect(lambda: self.export())

    def file_actions(self) -> list[QAction]:
        return [self.action]

    def ask_save_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export PDF", str(Path.home() / "joint-declaration-1956.pdf"),
            "PDF (*.pdf)")
        return Path(path) if path else None

    def show_error(self, message: str) -> None:
        dialogs.warn(self.window, message)

    def show_info(self, message: str) -> None:
        """Success is told in the window's status bar: nothing to dismiss (issue 19)."""
        if hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(message, 15000)
        else:
            dialogs.inform(self.window, message)

    def html(self) -> str:
        self.service.settle(self.window)  # every position checked against the texts
        return build_html(self.corpus, self.langs(), self.service.store.iter_all())[0]

    def export(self, path: Path | None = None) -> Path | None:
        path = path or self.ask_save_path()
        if path is None or not self.service.settle(self.window):
            return None  # (settle: every position checked; False if the window closed)
        try:
            write_pdf(self.html(), path)
        except OSError as exc:
            log.error("PDF export to %s failed: %s", path, exc)
            self.show_error(f"The PDF could not be written to {path}: {exc}")
            return None
        self.show_info(f"Exported the declaration with your notes to {path}.")
        return path
