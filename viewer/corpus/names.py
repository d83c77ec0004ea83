"""How places are named on screen. The app takes no side: both conventions by default."""

from __future__ import annotations

from viewer.corpus.model import Place
from viewer.translations import QT_TRANSLATE_NOOP  # marks for lupdate; no Qt

NAMING_MODES = ("both", "ja", "ru", "native")
# The View > Place names menu, one entry a mode (the menu is built from NAMING_MODES).
# Marked for lupdate; the window translates them (context "MainWindow").
NAMING_LABELS = {"both": QT_TRANSLATE_NOOP("MainWindow", "Japanese &and Russian names"),
                 "ja": QT_TRANSLATE_NOOP("MainWindow", "&Japanese names"),
                 "ru": QT_TRANSLATE_NOOP("MainWindow", "&Russian names"),
                 "native": QT_TRANSLATE_NOOP("MainWindow",
                                             "Both in native &script (国後島 / Кунашир)")}


def capitalised(name: str) -> str:
    """A name standing alone starts with a capital: 'ostrova Khabomai' (as written inside
    a sentence) becomes 'Ostrova Khabomai' on a label or in a list."""
    return name[:1].upper() + name[1:]


def names_in(mode: str, ja: str, ja_latn: str, ru: str, ru_latn: str) -> str:
    """A name in the chosen convention, from its four forms (native script and romanised).

    "ja": the romanised Japanese name, "ru": the romanised Russian one, "both": Japanese /
    Russian, "native": both in their own scripts (国後島 / Кунашир).
    """
    if mode == "native" and (ja or ru):
        ja_n, ru_n = capitalised(ja or ja_latn), capitalised(ru or ru_latn)
        return ja_n if ja_n == ru_n else f"{ja_n} / {ru_n}"
    ja_l, ru_l = capitalised(ja_latn), capitalised(ru_latn)
    if mode == "ja":
        return ja_l
    if mode == "ru":
        return ru_l
    return ja_l if ja_l == ru_l else f"{ja_l} / {ru_l}"


def place_name(place: Place, mode: str = "both", *, native: bool = False) -> str:
    """A place's name in the chosen convention (see `names_in`).

    Romanised forms by default; `native` adds the native script (Etorofu-tō (択捉島)), except
    in the "native" mode, which is the native script already.
    """
    ja = place.name_ja_latn or place.name_en or place.id
    ru = place.name_ru_latn or place.name_en or place.id
    if mode == "native":
        return names_in(mode, place.name_ja, ja, place.name_ru, ru)
    if native:
        ja = f"{capitalised(ja)} ({place.name_ja})" if place.name_ja else ja
        ru = f"{capitalised(ru)} ({place.name_ru})" if place.name_ru else ru
    return names_in(mode, "", ja, "", ru)
