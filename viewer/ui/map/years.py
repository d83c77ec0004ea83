"""The map's years: the list offered, the year box, and which lines each year draws."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from viewer.ui.common.field_keys import keep_keys
from viewer.ui.map.items import LineItem
from viewer.ui.map.labels import LabelItem
from viewer.ui.map.legend import MapLegend

TODAY = time.localtime().tm_year  # (time, not datetime: one import less at start-up)
YEARS = (1855, 1875, 1905, 1945, 1951, 1956, TODAY)


def year_box() -> QComboBox:
    box = QComboBox()
    box.setAccessibleName("Year shown on the map")
    box.setToolTip("Draw the lines in force in this year")
    for year in YEARS:
        box.addItem(f"today ({year})" if year == TODAY else str(year), year)
    keep_keys(box, Qt.Key.Key_Home, Qt.Key.Key_End)  # the first, last year
    return box


def nearest_year(year: int) -> int:
    """The listed year closest to `year` (an event's map_year); the later one on a tie."""
    return min(YEARS, key=lambda y: (abs(y - year), -y))


def apply_year(year: int, year_text: str, lines: dict[str, LineItem],
               labels: dict[str, LabelItem], legend: MapLegend) -> None:
    """Show the lines in force in `year`, with their tags, and list them in the legend."""
    rows = []
    for lid, item in lines.items():
        shown = item.line.in_force(year)
        item.setVisible(shown)
        labels[f"line:{lid}"].wanted = shown
        if shown:
            rows.append((item.colour, item.defined, item.line.label_en,
                         item.line.description))
    legend.set_lines(year_text, rows)
