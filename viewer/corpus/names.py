"""How places are named on screen. The app takes no side: both conventions by default."""

from __future__ import annotations

from viewer.corpus.model import Place

NAMING_MODES = ("both", "ja", "ru")


def place_name(place: Place, mode: str = "both", *, native: bool = False) -> str:
    """A place's name in the chosen convention.

    "ja": the Japanese name, "ru": the Russian one, "both": Japanese / Russian. Romanised
    forms by default; `native` adds the native script (択捉島, Итуруп).
    """
    ja = place.name_ja_latn or place.name_en or place.id
    ru = place.name_ru_latn or place.name_en or place.id
    if native:
        ja = f"{ja} ({place.name_ja})" if place.name_ja else ja
        ru = f"{ru} ({place.name_ru})" if place.name_ru else ru
    if mode == "ja":
        return ja
    if mode == "ru":
        return ru
    return ja if ja == ru else f"{ja} / {ru}"
