"""How a paragraph's status is worded wherever the text goes: exports, citations, deep links,
search results. The one place for these words (the reading view shows the same marks).

`status_label` is the compact mark: "[unverified: editorial translation from the French]",
"[unverified: fragment]", "[unverified: editorial collation]", "[not available]"; verified
wording carries no mark in running text, and "[verified]" where a label is always wanted
(citations). `quote_status` gives the mark of a quote by offsets, for the annotation exports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from viewer.corpus.citation import passage_citation, passage_label, passage_link
from viewer.corpus.model import Corpus, Paragraph, Passage

# The reading view's words (viewer/ui/text/render.py STATUS_LABELS), said once here.
MARKS: dict[str, str] = {
    "verified": "verified",
    "partial": "unverified: fragment",
    "collated": "unverified: editorial collation",
    "translation": "unverified: editorial translation",
    "missing": "not available",
    "supplied": "supplied by a reader",  # with its edition and page where a paragraph has one
}
# What each mark means, for the legend of an export (data/SCHEMA.md's definitions).
MEANINGS: dict[str, str] = {
    "verified": "verbatim from the named source(s)",
    "partial": "verbatim fragments as seen in the named source; gaps are marked […]",
    "collated": "joined by the editors from segments each seen in a named witness",
    "translation": "the editors' own translation (shown in italics), never official wording",
    "missing": "not found in any source seen; shown as a gap in its place",
    "supplied": "wording a reader supplied from an edition they hold (its edition and page "
                "given); not checked by the editors, never verified",
}
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ru": "Russian", "ja": "Japanese",
                                  "fr": "French"}


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown language")


def status_label(status: str, translated_from: str | None = None, *,
                 verified: str = "") -> str:
    """The bracketed mark of a status; `verified` is what verified wording gets ("" or
    "[verified]"). An unknown status word is shown as unverified, never as verified."""
    if status == "verified":
        return verified
    words = MARKS.get(str(status), f"unverified: {status}")
    if status == "translation" and translated_from:
        words += f" from the {language_name(translated_from)}"
    return f"[{words}]"


def paragraph_label(para: Paragraph, *, verified: str = "") -> str:
    if para.supplied is not None:  # "[supplied from <edition>, p. N, by this copy's user]"
        return f"[{para.supplied.label}]"
    return status_label(para.status, para.translated_from, verified=verified)


def shows_para(corpus: Corpus, pid: str) -> bool:
    """Whether references to `pid` name a paragraph: the passage has several in any text."""
    return any(len(p.paragraphs) > 1 for t in corpus.texts.values()
               if (p := t.passage(pid)) is not None)


def where(corpus: Corpus, pid: str, n: str | None) -> str:
    """'art. 9, para. 1', 'art. 3(b)', 'art. 10' — as citations name the paragraph."""
    return passage_label(pid, n if n and shows_para(corpus, pid) else None)


def gap_text(corpus: Corpus, lang: str, pid: str, n: str | None) -> str:
    """'Russian text not available: art. 9, para. 1' (n None: the whole passage)."""
    return f"{language_name(lang)} text not available: {where(corpus, pid, n)}"


def _find(corpus: Corpus, lang: str, pid: str, para: str | None
          ) -> tuple[Passage | None, Paragraph | None]:
    passage = corpus.passage(lang, pid)
    if passage is None:
        return None, None
    if para:
        return passage, passage.paragraph(para)
    return passage, (passage.paragraphs[0] if len(passage.paragraphs) == 1 else None)


def text_status(corpus: Corpus, lang: str, pid: str, para: str | None = None,
                *, verified: str = "[verified]") -> str:
    """The mark of one paragraph of one language ("" if unknown); a passage without a
    paragraph named is marked by its paragraphs' marks, each said once."""
    passage, paragraph = _find(corpus, lang, pid, para)
    if passage is None:
        return status_label("missing")
    if paragraph is not None:
        return paragraph_label(paragraph, verified=verified)
    if para:
        return ""
    labels = dict.fromkeys(paragraph_label(p, verified=verified) for p in passage.paragraphs)
    return "; ".join(x for x in labels if x)


def quote_status(corpus: Corpus, lang: str, pid: str, start: int | None, end: int | None,
                 *, verified: str = "[verified]") -> str:
    """The mark of the paragraph(s) a quote lies in, by its offsets in the passage's anchoring
    text — for the annotation exports (W3C, CSV, Markdown). Several paragraphs with different
    statuses: each mark once, in order; offsets unknown (an orphan): the passage's marks."""
    passage = corpus.passage(lang, pid)
    if passage is None:
        return status_label("missing")
    if start is None or end is None:
        return text_status(corpus, lang, pid, None, verified=verified)
    labels = dict.fromkeys(paragraph_label(p, verified=verified)
                           for p, s, e in passage.paragraph_spans()
                           if s < max(end, start + 1) and e > start)
    return "; ".join(x for x in labels if x)


def cite_paragraph(corpus: Corpus, lang: str, pid: str, para: str | None) -> str:
    """A copied citation with the language and status of the text cited: 'Joint
    Declaration, 19 October 1956, art. 9, para. 1, UNTS No. 3768, English text [unverified:
    editorial translation from the French]'."""
    para = para if para and shows_para(corpus, pid) else None
    mark = text_status(corpus, lang, pid, para)
    return f"{passage_citation(pid, para)}, {language_name(lang)} text {mark}".rstrip()


def link_paragraph(corpus: Corpus, lang: str, pid: str, para: str | None) -> str:
    """A copied deep link with the status after it: 'dv:passage/art-9.1 [English:
    unverified: editorial translation from the French]' (`--goto` ignores the bracket)."""
    para = para if para and shows_para(corpus, pid) else None
    mark = text_status(corpus, lang, pid, para).replace("[", "").replace("]", "")
    link = passage_link(pid, para)
    return f"{link} [{language_name(lang)}: {mark}]" if mark else link


def annotation_status(corpus: Corpus) -> Callable[[Any], str]:
    """For the annotation exports: an annotation's mark, from the paragraph(s) its quote
    lies in (an orphan: its passage's marks). "" for verified wording."""
    def mark(a: Any) -> str:
        start, end = (None, None) if a.orphan else (a.start, a.end)
        return quote_status(corpus, a.lang, a.passage, start, end, verified="")
    return mark
