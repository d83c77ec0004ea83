"""Claims per island group: colours, short names, and the filters the pane applies. No Qt."""

from __future__ import annotations

from viewer.corpus.model import CLAIM_KEYS, Corpus, Interpretation, Place
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.translations import QT_TRANSLATE_NOOP, interface_passage, para_label, translate

# Okabe–Ito colours (distinguishable with the common colour-vision deficiencies); the cell
# text is always dark on these light fills, so they read the same in light and dark palettes.
# The claim word is always shown as well: colour is never the only cue.
CLAIM_COLOURS: dict[str, str] = {
    "transfer": "#E69F00",  # orange
    "return": "#56B4E9",  # sky blue
    "retained": "#CC79A7",  # reddish purple
    "undetermined": "#D9D9D9",  # light grey
}
CLAIM_TEXT_COLOUR = "#000000"
CLAIM_MEANINGS: dict[str, str] = {  # translated when shown: claim_meaning()
    "transfer": QT_TRANSLATE_NOOP("claims", "to be handed over to Japan (a transfer)"),
    "return": QT_TRANSLATE_NOOP("claims", "to be returned to Japan (Japanese territory)"),
    "retained": QT_TRANSLATE_NOOP("claims", "remains Soviet / Russian"),
    "undetermined": QT_TRANSLATE_NOOP("claims", "left open or not addressed"),
}
#: The claim words as the interface shows them (the data's words are these in English).
CLAIM_WORDS: dict[str, str] = {
    "transfer": QT_TRANSLATE_NOOP("claims", "transfer"),
    "return": QT_TRANSLATE_NOOP("claims", "return"),
    "retained": QT_TRANSLATE_NOOP("claims", "retained"),
    "undetermined": QT_TRANSLATE_NOOP("claims", "undetermined"),
}


def claim_word(claim: str) -> str:
    """A claim word in the interface language (an unknown one as it is)."""
    return translate("claims", CLAIM_WORDS[claim]) if claim in CLAIM_WORDS else claim


def claim_meaning(claim: str) -> str:
    return translate("claims", CLAIM_MEANINGS[claim]) if claim in CLAIM_MEANINGS else ""
# The two islands the declaration does not name.
UNNAMED_KEYS = ("kunashir", "iturup")


def short_island_name(place: Place, mode: str, sep: str = " / ") -> str:
    """A compact column header: 'Kunashiri / Kunashir', without '-tō' or 'ostrova'."""
    def strip(name: str) -> str:
        for suffix in ("-guntō", "-gunto", "-tō", "-to"):
            name = name.removesuffix(suffix)
        return name.removeprefix("ostrova ").removeprefix("ostrov ")

    ja = strip(place.name_ja_latn or place.name_en or place.id)
    ru = strip(place.name_ru_latn or place.name_en or place.id)
    if mode == "ja":
        return ja
    if mode == "ru":
        return ru
    return ja if ja.casefold() == ru.casefold() else f"{ja}{sep}{ru}"


def claim_key_for_place(corpus: Corpus, place_id: str) -> str | None:
    """The claim key an island or group falls under (a Habomai islet -> 'habomai')."""
    if place_id in CLAIM_KEYS:
        return place_id
    place = corpus.places.get(place_id)
    if place is not None and place.group in CLAIM_KEYS:
        return place.group
    return None


def says_something(it: Interpretation, key: str) -> bool:
    """Whether a reading says something specific about this island group."""
    return it.claims.get(key, "undetermined") != "undetermined" or bool(it.claim_notes.get(key))


def reads_passage(it: Interpretation, pid: str, para: str | None) -> bool:
    """art-9 matches a reading of art-9.2 and the other way round; art-9.1 does not match
    a reading only of art-9.2."""
    wanted = f"{pid}.{para}" if para else pid
    for p in it.passages:
        if p == wanted or p == pid or (para is None and p.startswith(pid + ".")):
            return True
    return False


def filter_for(corpus: Corpus, ref: Ref | None,
               mode: str = "both") -> tuple[str, set[str] | None]:
    """(label, reading ids) for a place / passage / note Selection; (\"\", None) = no filter."""
    if ref is None:
        return "", None
    readings = corpus.interpretations.values()
    if ref.kind in ("place", "note"):
        if ref.kind == "place":
            ids = [ref.id]
        else:
            note = corpus.notes.get(ref.id)
            ids = list(note.places) if note else []
        keys = list(dict.fromkeys(k for k in (claim_key_for_place(corpus, i) for i in ids) if k))
        if not keys:
            return "", None
        label = ", ".join(place_name(corpus.places[k], mode) if k in corpus.places else k
                          for k in keys)
        return label, {it.id for it in readings if any(says_something(it, k) for k in keys)}
    if ref.kind == "passage":
        label = str(ref)
        passage = interface_passage(corpus, ref.id)
        if passage is not None:
            label = para_label(passage.label, ref.para)
        return label, {it.id for it in readings if reads_passage(it, ref.id, ref.para)}
    return "", None
