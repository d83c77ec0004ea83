"""File ▸ Export PDF… (and `declaration-viewer edition export --format pdf`): the declaration
with every status and gap, and the reader's highlights and numbered endnotes.

Which text: the languages the text pane currently shows (`langs()` is given by the main
window), passage by passage in document order, each language in turn, read through the
edition's one walk (viewer.edition.walk): each paragraph's status mark after it, editorial
translation in italics, each missing paragraph (or absent passage) a gap in its place, the
variant readings after their passage. Each anchored
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
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer.corpus.model import LANG_NAMES, PARAGRAPH_SEP, Corpus, Variant
from viewer.paths import replace_atomically
from viewer.translations import QT_TRANSLATE_NOOP
from viewer.ui.text.export_action import EditionExport

if TYPE_CHECKING:  # the edition's walk is imported when exporting, not with the window
    from viewer.edition.walk import Item

SUBSET_FAMILY = "DV Sans CJK JP Subset"  # resources/fonts (tools/make_font_subset.py)

MARGIN_MM = 18
CSS = """
body { font-size: 10.5pt; }
h1 { font-size: 16pt; }
h2 { font-size: 13pt; margin-top: 14px; }
h3 { font-size: 11pt; color: #444444; margin-top: 8px; }
p.meta { color: #555555; font-size: 9pt; }
sup.marker { color: #1a5fb4; font-weight: bold; }
p.quote { margin-left: 16px; font-style: italic; }
span.status { color: #a51d2d; font-size: 9pt; }
p.gap { color: #5e5c64; }
p.variant { margin-left: 16px; color: #3d3846; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br/>")


def _marker(n: int) -> str:
    return f'<sup class="marker">[{n}]</sup>'


def render_item(text: str, item: Item, annotations: list[Any], numbers: dict[str, int]
                ) -> str:
    """One paragraph of the walk as HTML: a gap says so in its place; text has its highlights
    and end markers, italics for editorial translation, and its status mark after it.

    Overlaps are cut into segments; a segment takes the colour of the innermost (latest
    starting) annotation covering it; each annotation's marker follows its last character.
    `text` is the passage's anchoring text (the item's offsets are in it).
    """
    from viewer.edition.status import status_label
    from viewer.ui.annotations.editor import DEFAULT_HIGHLIGHT

    if item.is_gap:
        return (f'<p class="gap"><i>{_esc(item.gap_text)}</i> '
                f'<span class="status">{_esc(status_label("missing"))}</span></p>')
    p_start, p_end = item.start, item.end
    inside = [a for a in annotations if a.start < p_end and a.end > p_start]
    cuts = {p_start, p_end}
    for a in inside:
        cuts.update(x for x in (a.start, a.end) if p_start < x < p_end)
    points = sorted(cuts)
    parts = []
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
    body = "".join(parts)
    if item.status == "translation":  # the editors' words, never the treaty's
        body = f"<i>{body}</i>"
    mark = f' <span class="status">{_esc(item.mark)}</span>' if item.mark else ""
    return f"<p>{body}{mark}</p>"


def _variant(corpus: Corpus, v: Variant) -> str:
    from viewer.edition.common import short_sources
    from viewer.edition.status import status_label

    mark = status_label(v.status, verified="[verified]")
    return (f'<p class="variant"><b>Variant reading</b> — {_esc(v.label)} '
            f'<span class="status">{_esc(mark)}</span> '
            f'<span class="meta">({_esc(short_sources(corpus, v.sources))})</span><br/>'
            f"“{_esc(' '.join(v.text.split()))}”</p>")


def build_html(corpus: Corpus, langs: Iterable[str], annotations: Iterable[Any],
               today: str | None = None, notes: bool = True
               ) -> tuple[str, list[tuple[int, Any]]]:
    """The document's HTML and the numbered annotations in endnote order, from the edition's
    walk: every paragraph with its status, every gap in its place, the variant readings.
    `notes`: add the Notes section (the command line leaves it out without annotations)."""
    from viewer.edition.common import TITLE, export_line, legend, short_sources
    from viewer.edition.walk import chosen_langs, walk

    langs = chosen_langs(corpus, langs) or ["en"]
    rows = list(walk(corpus, langs))
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
    for row in rows:
        for lang in langs:
            for a in by_passage.get((lang, row.passage_id), []):
                numbers[a.id] = len(numbers) + 1
                numbered.append((numbers[a.id], a))
    shown = len(numbered)
    hidden = [a for (lang, _pid), items in by_passage.items() if lang not in langs
              for a in items]
    for a in hidden + rest:
        numbers[a.id] = len(numbers) + 1
        numbered.append((numbers[a.id], a))

    body = [f"<h1>{_esc(TITLE)}</h1>",
            f'<p class="meta">{_esc(export_line(langs, today))} Highlights and numbered notes '
            f"are the reader's own ({len(numbered)} annotation"
            f"{'s' if len(numbered) != 1 else ''}).</p>"]
    for lang in langs:
        body.append(f'<p class="meta"><b>{_esc(LANG_NAMES[lang])}</b>: '
                    f"{_esc(corpus.texts[lang].edition)}</p>")
    body.append('<p class="meta"><b>Marks after a paragraph</b>: ' + "; ".join(
        f"{_esc(mark)} {_esc(meaning)}" for mark, meaning in legend()) + ".</p>")
    for row in rows:
        body.append(f"<h2>{_esc(row.label)}</h2>")
        for text in row.texts:
            if len(langs) > 1:
                body.append(f"<h3>{_esc(LANG_NAMES[text.lang])}</h3>")
            passage = corpus.passage(text.lang, text.passage_id)
            marks = by_passage.get((text.lang, text.passage_id), [])
            for item in text.items:
                body.append(render_item(passage.text if passage else "", item, marks, numbers))
            sources = tuple(dict.fromkeys(s for i in text.items for s in i.sources))
            if sources:
                body.append(f'<p class="meta">Sources: {_esc(short_sources(corpus, sources))}'
                            "</p>")
            body.extend(_variant(corpus, v) for v in text.variants)

    if notes or numbered:
        body.append('<h1 style="page-break-before: always">Notes</h1>')
    if notes and not numbered:
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


# Latin and Cyrillic in a system family if one of these is installed: Qt's offscreen font
# database may resolve the generic "Sans Serif" to the CJK subset, whose Latin digits Qt
# embeds without a ToUnicode entry, so "art. 9" copied from the PDF came out as "art. ".
TEXT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")


def _pdf_font(base):  # noqa: ANN001, ANN202 - a QFont
    """A Latin/Cyrillic family (TEXT_FAMILIES, else `base`), then the bundled CJK subset for
    what it lacks. The system's full Noto CJK maps some glyphs to look-alike Kangxi radicals
    too (日 U+65E5 and the radical U+2F47), and Qt's PDF writer may name the radical, so text
    copied from the PDF would not be the text; the subset maps each glyph to one character.
    (Characters outside it fall back.)"""
    from PySide6.QtGui import QFont, QFontDatabase

    installed = set(QFontDatabase.families())
    text = next((f for f in TEXT_FAMILIES if f in installed), base.family())
    if SUBSET_FAMILY in installed:
        base.setFamilies([text, SUBSET_FAMILY])
    # No "fi" ligature glyph (U+FB01): text copied or searched in the PDF is the text.
    base.setFeature(QFont.Tag("liga"), 0)
    return base


class PdfExporter(EditionExport):
    """File ▸ Export PDF…; `langs` returns the languages to export (the text pane's)."""

    TEXT = QT_TRANSLATE_NOOP("EditionExport", "Export &PDF…")
    TIP = QT_TRANSLATE_NOOP("EditionExport", "The declaration with every status and gap, your "
                            "highlights, and your notes as endnotes")
    KIND = QT_TRANSLATE_NOOP("EditionExport", "PDF")
    DEFAULT_NAME = "joint-declaration-1956.pdf"
    FILTER = QT_TRANSLATE_NOOP("EditionExport", "PDF (*.pdf)")
    DONE = QT_TRANSLATE_NOOP("EditionExport", "Exported the declaration with your notes to "
                             "{path}.")

    def html(self) -> str:
        self.service.settle(self.window)  # every position checked against the texts
        return build_html(self.corpus, self.langs(), self.service.store.iter_all())[0]

    def write(self, path: Path) -> None:
        write_pdf(self.html(), path)
