"""Markdown export (no Qt): the annotations grouped by article, each quote as a
blockquote, then its note. May import: ``viewer.corpus.model``, ``..model``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from viewer.corpus.model import PASSAGE_IDS

from ..model import Annotation, now_iso
from .core import Status

LANG_NAMES = {"en": "English", "ru": "Russian", "ja": "Japanese"}


def passage_label(pid: str) -> str:
    if pid.startswith("art-"):
        return "Article " + pid[4:]
    return pid.replace("-", " ").capitalize() if pid else "Unknown passage"


def _escape_html(text: str) -> str:
    """Neutralise raw HTML in Markdown while keeping Markdown itself."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|!])")
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(://)|(?<=www)(\.)")  # GFM links bare URLs


def _md_literal(text: str) -> str:
    """Text shown as itself: Markdown and HTML characters escaped, bare URLs defused
    (``http\\://``, ``www\\.`` render as typed but are not links)."""
    text = _MD_SPECIAL.sub(r"\\\1", _escape_html(text))
    return _AUTOLINK.sub(lambda m: "\\" + (m.group(1) or m.group(2)), text)


def _contained(note: str) -> str:
    """A note as an indented code block: shown as typed in every Markdown dialect (its
    own headings, quotes, HTML, images and links are text, never the export's structure
    or a fetch). Every line the note has, by any line ending, is indented."""
    lines = note.rstrip().splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    return "".join(f"    {line}\n" if line.strip() else "\n" for line in lines)


def export_markdown(annotations: Iterable[Annotation], out: TextIO,
                    status: Status | None = None) -> int:
    """Markdown grouped by article ("Article 9", "Preamble", ...): the quote as a
    blockquote, then the note contained in an indented block (issue 21.5: a note's
    ``## Article 1`` or ``> quote`` must not pass for the declaration's own)."""
    items = list(annotations)
    order = {p: i for i, p in enumerate(PASSAGE_IDS)}

    def key(a: Annotation) -> tuple:
        return (a.orphan or not a.passage, order.get(a.passage, len(order)), a.passage,
                a.lang, a.start if a.start is not None else -1, a.created)

    items.sort(key=key)
    out.write("# Annotations on the Joint Declaration of 19 October 1956\n\n")
    count = f"{len(items)} annotation{'' if len(items) == 1 else 's'}"
    out.write(f"{count}, exported {now_iso()[:10]}. Each quote carries the status of the "
              "wording it quotes; wording without a mark was verified in a named edition.\n")
    heading = None
    for a in items:
        h = ("Not anchored in the current text" if a.orphan or not a.passage
             else passage_label(a.passage))
        if h != heading:
            out.write(f"\n## {_md_literal(h)}\n")
            heading = h
        out.write("\n")
        for line in (a.exact or "(no quote)").splitlines():
            out.write(f"> {_md_literal(line)}".rstrip() + "\n")
        meta = [LANG_NAMES.get(a.lang, a.lang or "unknown language")]
        mark = status(a) if status else ""
        if mark:
            meta[0] += " " + _md_literal(mark)
        if a.tags:
            meta.append("tags: " + ", ".join(_md_literal(t) for t in a.tags))
        if a.places:
            meta.append("places: " + ", ".join(a.places))
        if a.interpretations:
            meta.append("readings: " + ", ".join(a.interpretations))
        out.write("\n*" + " · ".join(meta) + "*\n")
        if a.note.strip():
            out.write("\n" + _contained(a.note))
    return len(items)
