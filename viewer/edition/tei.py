"""The edition as TEI P5 (valid against tei_all, resources/schemas/), from the one walk.

- The three texts are parallel ``div type="edition"`` with ``xml:lang``, one ``div`` per
  passage, one ``p`` per paragraph (``xml:id`` 'en-art-9.1', ``n``), its status as ``ana``
  pointing into a status taxonomy in the header (``classDecl``).
- Editorial translation is ``supplied reason="editorial-translation"`` with
  ``resp="#dv-editors"`` (a ``respStmt``) and ``source`` (what it was translated from); a
  collated paragraph is one ``app``/``lem`` whose ``wit`` names the witnesses it joins.
- A missing paragraph is a ``gap reason="not-available"`` in its place, with its ``desc``
  ('Russian text not available: art. 9, para. 1'); a passage absent from a text is one gap
  in an otherwise empty passage ``div``; the ``[…]`` of a fragment is a ``gap`` too.
- Each paragraph's witnesses are listed in ``listWit`` (sourceDesc); a paragraph's note of
  type "witnesses" points at it (``target``) with its provenance and ``ref`` to them.
- A variant reading (a different translation) is an ``app`` in a ``listApp`` after the
  passage's paragraphs, from its first to its last paragraph, with the reading as ``rdg``.
- The editorial notes (data/notes) are ``note`` elements in the back, pointing at the
  paragraphs their quotes lie in; the reader's annotations optionally likewise.

Built with xml.etree (no new dependency). No Qt.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from typing import Any

from viewer import __version__
from viewer.corpus.citation import plain_citation, short_citation
from viewer.corpus.model import Corpus, Passage, quote_starts
from viewer.edition.common import TITLE, today_iso
from viewer.edition.status import MARKS, MEANINGS, language_name, quote_status
from viewer.edition.walk import Item, LangPassage, chosen_langs, walk

NS = "http://www.tei-c.org/ns/1.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
EDITORS = "dv-editors"
READER = "dv-reader"
ELLIPSIS = "[…]"
_CITE = re.compile(r"\[@([A-Za-z0-9_.:-]+)(?:,\s*([^\]]*))?\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[a-z]+:[^)\s]*)\)")
_EMPH = re.compile(r"\*\*|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`")


def _ncname(text: str) -> str:
    """An XML NCName from an id (ours are [a-z0-9-], but a source id may start with a digit)."""
    name = re.sub(r"[^A-Za-z0-9._-]", "-", text)
    return name if re.match(r"[A-Za-z_]", name) else f"x{name}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k.replace("__", ":"): v for k, v in attrs.items()})
    if text:
        el.text = text
    return el


def _set_lang(el: ET.Element, lang: str) -> ET.Element:
    el.set(XML_LANG, lang)
    return el


def _set_id(el: ET.Element, ident: str) -> ET.Element:
    el.set(XML_ID, _ncname(ident))
    return el


def _with_gaps(parent: ET.Element, text: str, reason: str = "fragment") -> None:
    """`text` into `parent`, each "[…]" a gap (the wording there was not seen)."""
    pieces = text.split(ELLIPSIS)
    last: ET.Element | None = None
    for i, piece in enumerate(pieces):
        if i:
            last = _sub(parent, "gap", reason=reason)
            last.tail = ""
        if last is None:
            parent.text = (parent.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece


def _fill(parent: ET.Element, text: str) -> None:
    """`text` into `parent`: its line breaks as ``lb``, each "[…]" as a gap."""
    for i, line in enumerate(text.split("\n")):
        if i:
            _sub(parent, "lb").tail = ""
        holder = ET.Element("seg")
        _with_gaps(holder, line)
        last = parent[-1] if len(parent) else None
        if last is None:
            parent.text = (parent.text or "") + (holder.text or "")
        else:
            last.tail = (last.tail or "") + (holder.text or "")
        parent.extend(list(holder))


def _supply_id(supply_id: str) -> str:
    return _ncname(f"supply-{supply_id.rsplit(':', 1)[-1]}")


def _witness_id(source_id: str) -> str:
    return _ncname(f"wit-{source_id}")


def _bibl_id(source_id: str) -> str:
    return _ncname(f"src-{source_id}")


def _markdown_into(parent: ET.Element, markdown: str, corpus: Corpus) -> None:
    """Our Markdown as TEI paragraphs: citations become ``ref`` to the bibliography, app links
    keep their words, emphasis marks go. Plain text otherwise (nothing is parsed as XML)."""
    for block in re.split(r"\n\s*\n", markdown.strip()):
        p = _sub(parent, "p")
        text = _EMPH.sub("", _LINK.sub(lambda m: m.group(1), " ".join(block.split())))
        pos, last = 0, None
        for m in _CITE.finditer(text):
            before = text[pos:m.start()]
            if last is None:
                p.text = (p.text or "") + before
            else:
                last.tail = (last.tail or "") + before
            sid, loc = m.group(1), m.group(2)
            label = short_citation(corpus.sources.get(sid), loc, fallback_id=sid)
            last = _sub(p, "ref", f"({label})", target=f"#{_bibl_id(sid)}")
            pos = m.end()
        rest = text[pos:]
        if last is None:
            p.text = (p.text or "") + rest
        else:
            last.tail = (last.tail or "") + rest


# --- the header --------------------------------------------------------------------------

def _header(tei: ET.Element, corpus: Corpus, langs: list[str], cited: list[str],
            witnesses: list[str], today: str | None, with_annotations: bool,
            supplied: Sequence[Item] = ()) -> None:
    header = _sub(tei, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", f"{TITLE}: "
         + ", ".join(language_name(x) for x in langs) + " texts with their witnesses",
         type="main")
    resp = _set_id(_sub(title_stmt, "respStmt"), EDITORS)
    _sub(resp, "resp", "editorial translation, collation, statuses and notes")
    _sub(resp, "name", "the editors of Declaration Viewer")
    if with_annotations or supplied:
        reader = _set_id(_sub(title_stmt, "respStmt"), READER)
        _sub(reader, "resp", " and ".join(
            ([ "annotations exported from their own database"] if with_annotations else [])
            + (["wording supplied from editions they hold"] if supplied else [])))
        _sub(reader, "name", "the reader who made this export")
    _sub(_sub(file_desc, "editionStmt"), "p",
         f"Exported by Declaration Viewer {__version__} on {today_iso(today)}.")
    pub = _sub(file_desc, "publicationStmt")
    _sub(pub, "p", "Not published: an export made by a reader. The official texts are public "
         "documents, reproduced verbatim where a paragraph is marked verified; every other "
         "sentence is the editors' own, and says so.")
    source_desc = _sub(file_desc, "sourceDesc")
    editions = _sub(source_desc, "listBibl", type="editions")
    _sub(editions, "head", "The editions each text follows")
    for lang in langs:
        text = corpus.texts[lang]
        bibl = _set_lang(_set_id(_sub(editions, "bibl"), f"edition-{lang}"), "en")
        _sub(bibl, "title", f"{language_name(lang)} text"
             + (" (authentic)" if text.authentic else " (not an authentic text)"))
        _sub(bibl, "note", text.edition)
    wits = _sub(source_desc, "listWit")
    _sub(wits, "head", "Witnesses of the wording, as cited per paragraph")
    for sid in witnesses:
        witness = _set_id(_sub(wits, "witness"), _witness_id(sid))
        source = corpus.sources.get(sid)
        witness.text = plain_citation(source.csl) if source else sid
        if source:
            _sub(witness, "ref", f" [{source.verification}]", target=f"#{_bibl_id(sid)}")
    if supplied:  # where each supplied paragraph comes from, as the reader gave it
        given = _sub(source_desc, "listBibl", type="supplied")
        _sub(given, "head", "Editions readers supplied wording from (not checked by the "
                            "editors)")
        for item in supplied:
            s = item.supplied
            bibl = _set_lang(_set_id(_sub(given, "bibl"), _supply_id(s.id)), "en")
            _sub(bibl, "title", s.edition)
            if s.page:
                _sub(bibl, "biblScope", s.page, unit="page")
            _sub(bibl, "note", f"{s.label[:1].upper()}{s.label[1:]}, {s.created[:10]}, for "
                               f"{language_name(item.lang)} {item.where}."
                               + (f" {s.remark}" if s.remark else ""))
    bibl_list = _sub(source_desc, "listBibl", type="bibliography")
    _sub(bibl_list, "head", "Works cited")
    for sid in cited:
        source = corpus.sources.get(sid)
        bibl = _set_id(_sub(bibl_list, "bibl"), _bibl_id(sid))
        bibl.text = plain_citation(source.csl) if source else sid
        if source and source.checked:
            _sub(bibl, "note", f"Checked ({source.verification}): {source.checked}",
                 type="verification")

    encoding = _sub(header, "encodingDesc")
    editorial = _sub(encoding, "editorialDecl")
    _sub(editorial, "p", "Each paragraph's status is given by @ana (the taxonomy below). "
         "Wording not found in any source seen is a gap with reason 'not-available' in its "
         "place; the […] of a fragment is a gap with reason 'fragment'. Editorial translation "
         "is supplied text with @resp; a collated paragraph is a lemma whose @wit names the "
         "witnesses joined. Variant translations are readings (app/rdg).")
    taxonomy = _set_id(_sub(_sub(encoding, "classDecl"), "taxonomy"), "status")
    for status, words in MARKS.items():
        category = _set_id(_sub(taxonomy, "category"), f"status-{status}")
        _sub(category, "catDesc", f"{words}: {MEANINGS[status]}")
    usage = _sub(_sub(header, "profileDesc"), "langUsage")
    for lang in langs:
        _sub(usage, "language", language_name(lang), ident=lang)


# --- the texts ---------------------------------------------------------------------------

def _paragraph(div: ET.Element, item: Item, corpus: Corpus) -> None:
    if item.is_gap:
        gap = _sub(div, "gap", reason="not-available", unit="paragraph", quantity="1")
        if item.n:
            gap.set("n", item.n)
        _set_lang(_sub(gap, "desc", item.gap_text), "en")
        return
    p = _set_id(_sub(div, "p", n=item.n, ana=f"#status-{item.status}"), item.xml_id)
    wits = " ".join(f"#{_witness_id(s)}" for s in item.sources)
    holder = p
    if item.supplied is not None:  # a reader's wording from an edition they hold
        holder = _sub(p, "supplied", reason="supplied-by-reader", resp=f"#{READER}",
                      source=f"#{_supply_id(item.supplied.id)}")
    elif item.status == "translation":  # the editors' words, supplied for the unseen wording
        holder = _sub(p, "supplied", reason="editorial-translation", resp=f"#{EDITORS}")
        if wits:
            holder.set("source", wits)
    elif item.status == "collated" and wits:  # one reading, joined from its witnesses
        holder = _sub(_sub(p, "app", type="collation"), "lem", wit=wits, resp=f"#{EDITORS}")
    _fill(holder, item.text)
    note = _set_lang(_sub(div, "note", type="witnesses", target=f"#{_ncname(item.xml_id)}"),
                     "en")
    words = (item.supplied.label if item.supplied is not None
             else MARKS[item.status] if item.status in MARKS else item.status)
    if item.status == "translation" and item.translated_from:
        words += f" from the {language_name(item.translated_from)}"
    note.text = f"{words[:1].upper()}{words[1:]}. "
    last = None
    for sid in item.sources:
        last = _sub(note, "ref", short_citation(corpus.sources.get(sid), fallback_id=sid),
                    target=f"#{_witness_id(sid)}")
        last.tail = "; "
    if last is not None:
        last.tail = ". "
    if item.supplied is not None:  # the shipped wording stays with it
        note.text += ("Shipped text: " + item.shipped if item.shipped
                      else "The shipped text has a gap here.") + " "
    if item.provenance:
        (last if last is not None else note).__setattr__(
            "tail" if last is not None else "text",
            ((last.tail if last is not None else note.text) or "") + item.provenance)


def _passage_div(body_div: ET.Element, text: LangPassage, corpus: Corpus) -> None:
    div = _set_id(_sub(body_div, "div", type="passage", n=text.passage_id),
                  f"{text.lang}-{text.passage_id}")
    _sub(div, "head", text.label)
    for item in text.items:
        _paragraph(div, item, corpus)
    present = [i for i in text.items if not i.is_gap]
    if text.variants and present:
        apps = _sub(div, "listApp", type="variants")
        for v in text.variants:
            app = _sub(apps, "app", type="variant-translation",
                       **{"from": f"#{_ncname(present[0].xml_id)}",
                          "to": f"#{_ncname(present[-1].xml_id)}"})
            rdg = _sub(app, "rdg", wit=" ".join(f"#{_witness_id(s)}" for s in v.sources),
                       ana=f"#status-{v.status}")
            _with_gaps(rdg, " ".join(v.text.split()))
            _set_lang(_sub(app, "note", v.label + (f". {v.provenance}" if v.provenance
                                                   else "")), "en")


def _paragraph_at(passage: Passage, start: int, end: int) -> str | None:
    """The n of the paragraph in which a quote at start..end begins."""
    for para, s, e in passage.paragraph_spans():
        if s <= start < e or (start == e and end == e):
            return para.n
    return None


def _note_targets(corpus: Corpus, note: Any, langs: list[str]) -> list[str]:
    out = []
    for t in note.targets:
        passage = corpus.passage(t.lang, t.passage)
        if t.lang not in langs or passage is None:
            continue
        starts = quote_starts(passage.text, t.exact, t.prefix, t.suffix)
        n = _paragraph_at(passage, starts[0], starts[0] + len(t.exact)) if starts else None
        out.append(f"#{_ncname(f'{t.lang}-{t.passage}' + (f'.{n}' if n else ''))}")
    return out


def _back(text_el: ET.Element, corpus: Corpus, langs: list[str],
          annotations: Iterable[Any] | None) -> None:
    back = _sub(text_el, "back")
    notes_div = _sub(back, "div", type="editorial-notes")
    _sub(notes_div, "head", "Editorial notes")
    for note in corpus.notes.values():
        targets = _note_targets(corpus, note, langs)
        el = _set_lang(_set_id(_sub(notes_div, "note", type=note.kind), f"note-{note.id}"),
                       "en")
        if targets:
            el.set("target", " ".join(targets))
        _sub(el, "label", note.label)
        _markdown_into(el, note.body, corpus)
    if annotations is None:
        return
    ann_div = _sub(back, "div", type="annotations")
    _sub(ann_div, "head", "The reader's annotations")
    count = 0
    for a in annotations:
        count += 1
        el = _set_lang(_sub(ann_div, "note", type="annotation", resp=f"#{READER}", n=a.id),
                       "en")
        passage = corpus.passage(a.lang, a.passage) if a.lang and a.passage else None
        anchored = passage is not None and not a.orphan and a.start is not None
        if anchored and a.lang in langs:
            n = _paragraph_at(passage, a.start, a.end if a.end is not None else a.start)
            el.set("target", f"#{_ncname(f'{a.lang}-{a.passage}' + (f'.{n}' if n else ''))}")
        where = (f"{language_name(a.lang)}, {a.passage}" if a.passage else "unknown passage")
        if not anchored:
            where += ", not found in the current text"
        elif a.lang not in langs:
            where += ", a language not exported"
        status = (quote_status(corpus, a.lang, a.passage, a.start, a.end)
                  if anchored else "")
        _sub(el, "label", f"{where} {status}".rstrip())
        quote = _sub(el, "quote", a.exact)
        if a.lang:
            _set_lang(quote, a.lang)
        if a.note.strip():
            _markdown_into(el, a.note, corpus)
        if a.tags:
            _sub(el, "p", "Tags: " + ", ".join(a.tags))
    if not count:
        _sub(ann_div, "p", "No annotations.")


def build_tei(corpus: Corpus, langs: Iterable[str] | None = None,
              annotations: Iterable[Any] | None = None, today: str | None = None
              ) -> ET.ElementTree:
    """The TEI document (`annotations`: the reader's, or None to leave them out)."""
    ET.register_namespace("", NS)
    chosen = chosen_langs(corpus, langs)
    rows = list(walk(corpus, chosen))
    items = [i for row in rows for t in row.texts for i in t.items]
    variants = [v for row in rows for t in row.texts if any(not i.is_gap for i in t.items)
                for v in t.variants]
    witnesses = list(dict.fromkeys([s for i in items for s in i.sources]
                                   + [s for v in variants for s in v.sources]))
    note_cites = [m.group(1) for n in corpus.notes.values() for m in _CITE.finditer(n.body)]
    ann_list = list(annotations) if annotations is not None else None
    ann_cites = [m.group(1) for a in ann_list or () for m in _CITE.finditer(a.note)]
    cited = list(dict.fromkeys(witnesses + note_cites + ann_cites))

    tei = ET.Element("TEI", {"xmlns": NS})
    _set_lang(tei, "en")
    supplied = list({i.supplied.id: i for i in items if i.supplied is not None}.values())
    _header(tei, corpus, chosen, cited, witnesses, today, ann_list is not None, supplied)
    text_el = _sub(tei, "text")
    body = _sub(text_el, "body")
    for lang in chosen:
        div = _set_lang(_set_id(_sub(body, "div", type="edition", corresp=f"#edition-{lang}"),
                                f"text-{lang}"), lang)
        _sub(div, "head", f"{language_name(lang)} text")
        for row in rows:
            for t in row.texts:
                if t.lang == lang:
                    _passage_div(div, t, corpus)
    _back(text_el, corpus, chosen, ann_list)
    ET.indent(tei, space=" ")
    return ET.ElementTree(tei)


def to_tei(corpus: Corpus, langs: Iterable[str] | None = None,
           annotations: Iterable[Any] | None = None, today: str | None = None) -> str:
    """The TEI document as a string, with its XML declaration."""
    tree = build_tei(corpus, langs, annotations, today)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(tree.getroot(), encoding="unicode") + "\n")
