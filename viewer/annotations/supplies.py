"""Wording a reader supplies from an edition they hold (issue 18), no Qt, no SQL.

We ship the declaration with gaps (missing paragraphs), partial and collated wording, and
an English that is largely our own translation. A reader who holds an edition (UNTS
vol. 263, the Official Gazette, the 1957 Soviet collection, ...) can supply a paragraph's
wording with the edition and page. A supply is the reader's, never ours: it lives in their
annotation database, is shown as "supplied from <edition>, p. N, by <who>", never as
verified, and travels as a W3C Web Annotation with ``"motivation": "editing"``.

This module checks a supply (:func:`check_supply`), lays supplies over the shipped corpus
(:func:`apply_supplies`: the app reads, searches, anchors and exports that one corpus), and
turns a supply into a W3C annotation and back. The table lives in ``supply_rows``.
May import: ``viewer.corpus`` (the model), ``.model`` (ids and times).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from viewer.corpus.model import (
    LANGS,
    Corpus,
    DeclarationText,
    Paragraph,
    Supplied,
    parse_passage_iri,
    passage_iri,
)

from .model import new_id, normalise_time, now_iso

# A paragraph of the declaration is at most ~600 characters in any language; a whole
# article is under 1,000. 20,000 leaves room for any edition's layout and keeps a
# hostile or mistaken paste (a whole book) out of the text and the database.
SUPPLY_MAX_CHARS = 20_000
# What a supply may fill or stand beside: anything we could not verify.
SUPPLIABLE = ("missing", "partial", "collated", "translation")
THIS_USER = "this copy's user"
MOTIVATION = "editing"
# The share of letters that must be in the language's own script. Official texts quote
# a few foreign names (none in the 1956 declaration), so a little room, not much.
_SCRIPT_SHARE = 0.8
# Bidi and zero-width controls have no place in treaty wording: they can reorder or hide
# what is shown (a "supplied" text that displays differently from what it holds).
_CONTROLS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_REF = re.compile(r"^(title|preamble|closing|signatures|art-(?:[1-9]|10))\.([0-9a-z]+)$")


class SupplyError(ValueError):
    """A supply that cannot be taken; the message says why, for the user as it is."""


@dataclass(frozen=True)
class Supply:
    """One paragraph's wording as a reader found it in an edition they hold."""

    lang: str
    passage: str
    n: str
    text: str
    edition: str
    page: str = ""
    remark: str = ""
    supplier: str = ""  # "" = this copy's user; an imported supply keeps its creator
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    modified: str = ""

    @property
    def ref(self) -> str:
        return f"{self.passage}.{self.n}"

    def label(self) -> str:
        """"supplied from <edition>, p. N, by this copy's user" — how it is marked."""
        where = f", p. {self.page}" if self.page else ""
        return f"supplied from {self.edition}{where}, by {self.supplier or THIS_USER}"

    def copy(self, **changes: Any) -> Supply:
        return replace(self, **changes)


def parse_paragraph_ref(ref: str) -> tuple[str, str]:
    """``art-9.1`` -> ``("art-9", "1")``; SupplyError for anything else."""
    m = _REF.match(ref.strip()) if isinstance(ref, str) else None
    if not m:
        raise SupplyError(f"unknown paragraph reference {ref!r}: write it as art-9.1, "
                          "art-3.a, preamble.2, closing.1 or signatures.2")
    return m.group(1), m.group(2)


def _script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "en"
    if name.startswith("CYRILLIC"):
        return "ru"
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA")) or "IDEOGRAPH" in name:
        return "ja"
    return "other"


_SCRIPT_NAMES = {"en": "Latin", "ru": "Cyrillic", "ja": "Japanese (kanji and kana)"}
_LANG_NAMES = {"en": "English", "ru": "Russian", "ja": "Japanese"}


def check_script(lang: str, text: str) -> None:
    """SupplyError when the wording is not in the language's script (Latin letters for
    the Japanese text, say)."""
    scripts = [s for s in map(_script_of, text) if s]
    if not scripts:
        raise SupplyError("the wording has no letters")
    own = sum(1 for s in scripts if s == lang) / len(scripts)
    if own < _SCRIPT_SHARE:
        others = sorted({s for s in scripts if s != lang} - {"other"})
        found = ", ".join(_SCRIPT_NAMES[s] for s in others) or "other"
        raise SupplyError(
            f"the {_LANG_NAMES[lang]} text is written in {_SCRIPT_NAMES[lang]} letters; "
            f"this wording is mostly in {found} letters — is it the right language?")


def clean_text(text: str) -> str:
    """NFC, one kind of line break, no spaces at the ends; controls refused."""
    if not isinstance(text, str):
        raise SupplyError("the wording must be text")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    bad = _CONTROLS.search(text)
    if bad:
        raise SupplyError(f"the wording holds an invisible control character "
                          f"(U+{ord(bad.group()):04X}); treaty wording has none")
    return text.strip()


def check_supply(corpus: Corpus, s: Supply) -> Supply:
    """The supply as it will be stored (wording cleaned), or SupplyError saying what is
    wrong: an unknown language or paragraph, a verified paragraph, an empty or too long
    text, the wrong script, no edition."""
    if s.lang not in LANGS:
        raise SupplyError(f"unknown language {s.lang!r}: one of {', '.join(LANGS)}")
    passage = corpus.passage(s.lang, s.passage)
    paragraph = passage.paragraph(s.n) if passage else None
    if paragraph is None:
        raise SupplyError(f"unknown paragraph {s.ref}: the {_LANG_NAMES[s.lang]} text has "
                          "no such paragraph")
    if paragraph.status not in SUPPLIABLE:
        raise SupplyError(f"{s.lang} {s.ref} is verified already: text can be supplied "
                          "only where it is missing, partial, collated or our translation")
    text = clean_text(s.text)
    if not text:
        raise SupplyError("the wording is empty")
    if len(text) > SUPPLY_MAX_CHARS:
        raise SupplyError(f"the wording is {len(text):,} characters; one paragraph may "
                          f"hold at most {SUPPLY_MAX_CHARS:,}")
    check_script(s.lang, text)
    edition = " ".join(str(s.edition or "").split())
    if not edition:
        raise SupplyError("say which edition the wording comes from (author, title, "
                          "year, or a URL)")
    page, remark = " ".join(str(s.page or "").split()), str(s.remark or "").strip()
    for what, value, limit in (("edition", edition, 1000), ("page", page, 100),
                               ("remark", remark, 5000)):
        if len(value) > limit or _CONTROLS.search(value):
            raise SupplyError(f"the {what} is too long or holds control characters")
    return s.copy(text=text, edition=edition, page=page, remark=remark,
                  modified=s.modified or s.created)


def _supplied(s: Supply) -> Supplied:
    return Supplied(id=s.id, edition=s.edition, page=s.page, remark=s.remark,
                    supplier=s.supplier or THIS_USER, created=s.created, label=s.label())


def apply_supplies(corpus: Corpus, supplies: list[Supply]) -> Corpus:
    """The corpus with each supplied paragraph in place: the newest supply is the text
    (status "supplied"); the shipped paragraph and older supplies stay beside it as
    ``alternatives``. Supplies that no longer fit (an unknown paragraph after an update)
    are left out, never applied half. The shipped corpus is not changed."""
    if not supplies:
        return corpus
    by_para: dict[tuple[str, str, str], list[Supply]] = {}
    for s in supplies:
        by_para.setdefault((s.lang, s.passage, s.n), []).append(s)
    texts: dict[str, DeclarationText] = {}
    for lang, text in corpus.texts.items():
        passages = []
        for p in text.passages:
            paragraphs = []
            for para in p.paragraphs:
                found = by_para.get((lang, p.id, para.n))
                if not found or para.status not in SUPPLIABLE:
                    paragraphs.append(para)
                    continue
                found = sorted(found, key=lambda s: (s.modified or s.created, s.id))
                newest, older = found[-1], found[:-1]
                others = tuple(Paragraph(n=para.n, text=o.text, status="supplied",
                                         sources=(), provenance=o.remark,
                                         supplied=_supplied(o)) for o in reversed(older))
                paragraphs.append(Paragraph(
                    n=para.n, text=newest.text, status="supplied", sources=(),
                    provenance=newest.remark, supplied=_supplied(newest),
                    alternatives=(para, *others)))
            passages.append(replace(p, paragraphs=tuple(paragraphs)))
        texts[lang] = replace(text, passages=tuple(passages))
    return replace(corpus, texts=texts)


# ---- W3C Web Annotation ("motivation": "editing") ----

def to_w3c(s: Supply) -> dict[str, Any]:
    """A supply as a W3C Web Annotation: the wording in a TextualBody (with its
    language), the edition and page in a second body, the paragraph as the target."""
    where = f", p. {s.page}" if s.page else ""
    obj: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": s.id,
        "type": "Annotation",
        "motivation": MOTIVATION,
        "created": s.created,
        "modified": s.modified or s.created,
        "body": [
            {"type": "TextualBody", "purpose": MOTIVATION, "value": s.text,
             "language": s.lang, "format": "text/plain"},
            {"type": "TextualBody", "purpose": "describing", "format": "text/plain",
             "value": f"Supplied from {s.edition}{where}."
                      + (f" {s.remark}" if s.remark else "")},
        ],
        "target": {"source": passage_iri(s.lang, s.passage),
                   "selector": {"type": "FragmentSelector", "value": f"paragraph={s.n}"}},
        "dv:edition": s.edition,
        "dv:page": s.page,
    }
    if s.remark:
        obj["dv:remark"] = s.remark
    if s.supplier:
        obj["creator"] = {"type": "Person", "name": s.supplier}
    return obj


def is_supply(obj: object) -> bool:
    return isinstance(obj, dict) and obj.get("motivation") == MOTIVATION


def from_w3c(obj: dict[str, Any], corpus: Corpus, origin: str = "") -> Supply:
    """The supply an ``editing`` annotation carries, checked like one typed in;
    SupplyError saying what is wrong. ``origin`` names the file when no creator is given."""
    bodies = obj.get("body")
    bodies = bodies if isinstance(bodies, list) else [bodies]
    wording = next((b for b in bodies if isinstance(b, dict)
                    and b.get("type") == "TextualBody"
                    and b.get("purpose", MOTIVATION) == MOTIVATION), None)
    if wording is None or not isinstance(wording.get("value"), str):
        raise SupplyError("an editing annotation without the wording (a TextualBody)")
    target = obj.get("target")
    target = target[0] if isinstance(target, list) and target else target
    source = target.get("source") if isinstance(target, dict) else target
    parsed = parse_passage_iri(source) if isinstance(source, str) else None
    selector = target.get("selector") if isinstance(target, dict) else None
    value = selector.get("value", "") if isinstance(selector, dict) else ""
    if parsed is None or not isinstance(value, str) or not value.startswith("paragraph="):
        raise SupplyError("an editing annotation whose target is not a paragraph of the "
                          "declaration")
    lang, passage = parsed
    if wording.get("language", lang) != lang:
        raise SupplyError(f"the wording is marked {wording.get('language')!r} but targets "
                          f"the {lang} text")
    creator = obj.get("creator")
    name = creator.get("name") if isinstance(creator, dict) else creator
    supplier = name if isinstance(name, str) and name.strip() else origin
    try:
        created = normalise_time(obj["created"]) if obj.get("created") else now_iso()
        modified = normalise_time(obj["modified"]) if obj.get("modified") else created
    except (TypeError, ValueError, OverflowError) as e:
        raise SupplyError(f"an unreadable time in an editing annotation: {e}") from None
    edition = obj.get("dv:edition")
    if not isinstance(edition, str) or not edition.strip():  # another tool's annotation
        edition = next((b.get("value") for b in bodies if isinstance(b, dict)
                        and b.get("purpose") == "describing"), "")
    ident = obj.get("id")
    s = Supply(lang=lang, passage=passage, n=value[len("paragraph="):],
               text=wording["value"], edition=str(edition or ""),
               page=str(obj.get("dv:page") or ""), remark=str(obj.get("dv:remark") or ""),
               supplier=supplier.strip()[:200] if supplier else "",
               id=ident if isinstance(ident, str) and ident else new_id(),
               created=created, modified=modified)
    return check_supply(corpus, s)
