"""A Ref in words, for the status bar: "note “Moscow”", "reading … — Shikotan".

May import: ``viewer.corpus`` and ``ui.common`` (citations).
"""

from __future__ import annotations

from viewer.corpus.model import Corpus
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.translations import interface_passage, para_label, translate
from viewer.ui.common.cite import short_citation

# Double quotation marks of any script, as escapes (no glyph to add to the bundled font
# subset); an apostrophe or a single quote nests correctly inside “ ”.
QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f"


def quoted(title: str) -> str:
    """A title in “ ” — unless it holds quotation marks of its own ("Transfer" versus
    "return"): then it stands as it is, never as “"Transfer" …”."""
    return title if any(q in title for q in QUOTE_MARKS) else f"“{title}”"


def describe_ref(corpus: Corpus, ref: Ref, naming: str) -> str:
    """What a corpus Ref stands for, with place names as the reader chose them."""
    c = corpus
    if ref.kind == "place" and ref.id in c.places:
        return place_name(c.places[ref.id], naming)
    if ref.kind == "interp" and ref.id in c.interpretations:
        where = (f" — {place_name(c.places[ref.place], naming)}"
                 if ref.place in c.places else "")
        return translate("describe", "reading {title}").format(
            title=quoted(c.interpretations[ref.id].title)) + where
    if ref.kind == "note" and ref.id in c.notes:
        return translate("describe", "note {title}").format(title=quoted(c.notes[ref.id].label))
    if ref.kind == "event" and ref.id in c.events:
        return translate("describe", "event {title}").format(
            title=quoted(c.events[ref.id].title))
    if ref.kind == "source" and ref.id in c.sources:
        return translate("describe", "source {title}").format(
            title=quoted(short_citation(c.sources[ref.id])))
    if ref.kind == "passage" and (passage := interface_passage(c, ref.id)) is not None:
        return para_label(passage.label, ref.para)
    return str(ref)
