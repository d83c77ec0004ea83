"""Highlights: the reader's own annotations drawn in the text, and the selection's marks
(mentions of a place, the passages a reading reads, a note's quotes) laid over it."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from viewer.corpus.model import LANGS, Corpus
from viewer.corpus.refs import Ref
from viewer.ui.text.columns import TextColumns
from viewer.ui.text.render import (
    DEFAULT_HIGHLIGHT,
    MARK_BG,
    ON_LIGHT_LINK,
    ON_LIGHT_TEXT,
    Span,
    find_quote,
)

if TYPE_CHECKING:
    from viewer.ui.annotations.service import AnnotationService

MARK_LINE = "#7a4d00"  # the selection's underline: the map's edge for marked islands
# Highlights drawn per passage and language (the most recently changed): thousands of
# overlapping ones cannot be read, and would cost seconds to lay out.
HIGHLIGHT_LIMIT = 50


class Highlights:
    """What the text marks: `marks` (the selection's, as extra selections, cheap to change)
    and the user's highlights (links in the document)."""

    def __init__(self, corpus: Corpus, columns: TextColumns,
                 annotations: AnnotationService | None, langs: Callable[[], list[str]]) -> None:
        self.corpus, self.columns, self.annotations = corpus, columns, annotations
        self._langs = langs
        self.marks: dict[tuple[str, str], list[Span]] = {}

    # --- the user's highlights ---------------------------------------------------------------

    def user_spans(self) -> tuple[dict[tuple[str, str], list[Span]],
                                  dict[tuple[str, str], tuple[int, int]]]:
        """The user's highlights, as links (selection marks are extra selections): at most
        HIGHLIGHT_LIMIT per passage, the most recently changed; and (shown, total) for the
        passages that have more (the text says so; all are in the annotations panel)."""
        spans: dict[tuple[str, str], list[Span]] = {}
        crowded: dict[tuple[str, str], tuple[int, int]] = {}
        if self.annotations is None or not self.annotations.is_open:
            return spans, crowded
        for lang in self._langs():
            for passage in self.corpus.texts[lang].passages:
                rows, total = self.annotations.recent_highlights(lang, passage.id,
                                                                 HIGHLIGHT_LIMIT)
                if total > len(rows):
                    crowded[(lang, passage.id)] = (len(rows), total)
                for aid, start, end, color in rows:
                    spans.setdefault((lang, passage.id), []).append(Span(
                        start, end, f"dv:annotation/{aid}", background=color or DEFAULT_HIGHLIGHT))
        return spans, crowded

    # --- the selection's marks ---------------------------------------------------------------

    def mark(self, ref: Ref | None) -> None:
        self.marks = self.marks_for(ref)

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
        elif ref.kind == "passage" and ref.hit is not None:  # a search hit: its words
            lang, spans = ref.hit
            for start, end in spans:
                add(lang, ref.id, start, end)
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

    def first_mark(self) -> tuple[str, list[int]] | None:
        """The first passage in reading order with a mark shown, and the document position
        of its first mark in each language shown."""
        langs = self._langs()
        order = {pid: i for i, pid in enumerate(p.id for p in self.corpus.texts["en"].passages)}
        keys = sorted((k for k in self.marks if k[0] in langs),
                      key=lambda k: (order.get(k[1], 99), langs.index(k[0])))
        first: tuple[str, list[int]] | None = None
        for lang, pid in keys:
            if first is not None and pid != first[0]:
                break
            for span in sorted(self.marks[(lang, pid)], key=lambda s: s.start):
                ranges = self.columns.doc_ranges(lang, pid, span.start, span.end)
                if ranges:
                    first = first or (pid, [])
                    first[1].append(ranges[0][0])
                    break
        return first

    def mark_selections(self) -> list[QTextEdit.ExtraSelection]:
        if not self.marks:
            return []
        fmt = char_format(MARK_BG)
        # Underlined (dotted) as well: a user's highlight may have the same pale colour.
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(MARK_LINE))
        selections = []
        for (lang, pid), spans in self.marks.items():
            for span in spans:
                for a, b in self.columns.doc_ranges(lang, pid, span.start, span.end):
                    selections += self.range_selections(a, b, fmt)
        return selections

    def range_selections(self, a: int, b: int, fmt: QTextCharFormat
                         ) -> list[QTextEdit.ExtraSelection]:
        """[a, b) in `fmt` (dark text on a pale colour), and the links in it in link blue
        on the same colour, so a marked link still reads as a link."""
        doc = self.columns.browser.document()
        out = [_extra_selection(doc, a, b, fmt)]
        link_fmt = None
        starts, ends = self.columns.link_ranges()
        i = max(0, bisect.bisect_right(starts, a) - 1)  # the link a falls in, if any
        while i < len(starts) and starts[i] < b:
            lo, hi = max(a, starts[i]), min(b, ends[i])
            if lo < hi:
                if link_fmt is None:
                    link_fmt = QTextCharFormat(fmt)
                    link_fmt.setForeground(QColor(ON_LIGHT_LINK))
                out.append(_extra_selection(doc, lo, hi, link_fmt))
            i += 1
        return out


def char_format(background: str) -> QTextCharFormat:
    """Dark text on a pale background (marks and find matches)."""
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
