"""The map's years: the list offered, the year box, which lines each year draws (and how
the legend groups them), what the pane says each year shows, and where it looks."""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QComboBox

from viewer.corpus.model import HistoricalLine
from viewer.translations import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.field_keys import keep_keys
from viewer.ui.map.items import LineItem
from viewer.ui.map.labels import LabelItem
from viewer.ui.map.legend import MapLegend

TODAY = time.localtime().tm_year  # (time, not datetime: one import less at start-up)
YEARS = (1855, 1875, 1905, 1945, 1951, 1956, TODAY)
KIND_ORDER = ("border", "control", "reference")
# (one, several): translated when shown; the caption names a kind once, before its lines.
KIND_WORDS = {"border": (QT_TRANSLATE_NOOP("map", "border"),
                         QT_TRANSLATE_NOOP("map", "borders")),
              "control": (QT_TRANSLATE_NOOP("map", "line of control"),
                          QT_TRANSLATE_NOOP("map", "lines of control")),
              "reference": (QT_TRANSLATE_NOOP("map", "reference line"),
                            QT_TRANSLATE_NOOP("map", "reference lines"))}


def year_box() -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(translate("map", "Year shown on the map"))
    box.setToolTip(translate("map", "Draw the lines in force in this year"))
    for year in YEARS:
        box.addItem(translate("map", "today ({year})").format(year=year) if year == TODAY
                    else str(year), year)
    keep_keys(box, Qt.Key.Key_Home, Qt.Key.Key_End)  # the first, last year
    return box


def nearest_year(year: int) -> int:
    """The listed year closest to `year` (an event's map_year); the later one on a tie."""
    return min(YEARS, key=lambda y: (abs(y - year), -y))


def drawn_in(line: HistoricalLine, year: int) -> bool:
    """Whether the map draws `line` for `year`: from its first year up to, not including,
    its last, when the line that replaced it takes over (the 1855 border is not drawn for
    1875); a line of one year only (1945) is drawn for that year."""
    if line.year_from == line.year_to:
        return year == line.year_from
    return line.year_from <= year and (line.year_to is None or year < line.year_to)


def short_label(line: HistoricalLine) -> str:
    """'1875 Treaty of St Petersburg' of '1875 Treaty of St Petersburg: all the Kurils …';
    the whole label where its head is only a year ('1945: southern limit of …')."""
    head = line.label_en.split(":")[0]
    return line.label_en if head.strip().isdigit() else head


def caption(year_text: str, lines: list[HistoricalLine], kinds: dict[str, str]) -> str:
    """What the pane says the chosen year shows: the lines by kind."""
    head = f"{year_text[:1].upper()}{year_text[1:]}"
    if not lines:
        return translate("map", "{year}: no line of this period is drawn").format(year=head)
    parts = []
    for kind in KIND_ORDER:
        names = [short_label(ln).removesuffix(" (since 1945)") for ln in lines
                 if kinds.get(ln.id, "reference") == kind]
        if names:
            parts.append(translate("map", KIND_WORDS[kind][len(names) > 1]) + ": "
                         + ", ".join(names))
    return translate("map", "{year} shows — {lines}").format(year=head, lines="; ".join(parts))


def apply_year(year: int, year_text: str, lines: dict[str, LineItem],
               labels: dict[str, LabelItem], legend: MapLegend,
               kinds: dict[str, str]) -> list[HistoricalLine]:
    """Show the lines the map draws for `year`, with their tags, and list them in the
    legend grouped by kind; returns them."""
    groups: dict[str, list] = {}
    shown = []
    for lid, item in lines.items():
        drawn = drawn_in(item.line, year)
        item.setVisible(drawn)
        labels[f"line:{lid}"].wanted = drawn
        if drawn:
            shown.append(item.line)
            groups.setdefault(kinds.get(lid, "reference"), []).append(
                (item.colour, item.defined, item.line.label_en, item.line.description))
    legend.set_year_lines(year_text, [(k, groups[k]) for k in KIND_ORDER if k in groups],
                          today=year == TODAY)
    return shown


def year_rect(lines: dict[str, LineItem], year: int, around: QRectF,
              kinds: dict[str, str]) -> QRectF:
    """What a year is about: its borders and the lines that came into force since the
    previous year listed (1875: the St Petersburg border at Shumshu; today: none new),
    with `around` (the disputed islands)."""
    earlier = [y for y in YEARS if y < year]
    since = max(earlier) if earlier else -1
    rect = QRectF(around)
    for item in lines.values():
        if drawn_in(item.line, year) and (item.line.year_from > since
                                          or kinds.get(item.line.id) == "border"):
            rect = rect.united(item.sceneBoundingRect())
    return rect
