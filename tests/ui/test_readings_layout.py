"""The readings pane fits common windows (issue 19): every tab in sight, the bar on one line
cut after a whole word, and one name for the pane ("Readings") wherever the UI names it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from viewer.corpus.refs import Ref
from viewer.ui.main_window import MainWindow
from viewer.ui.readings.filter_bar import ElidedLabel


def _window(qtbot, corpus, tmp_path, size: tuple[int, int]) -> MainWindow:  # noqa: ANN001
    w = MainWindow(corpus, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                   open_store=False)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)  # the first layout pass
    return w


def _cut_after_a_word(full: str, shown: str) -> bool:
    if shown == full:
        return True
    kept = shown.removesuffix("…")
    return shown.endswith("…") and full.startswith(kept) and full[len(kept)] in " ,;:—–-"


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_tabs_and_bar_fit(qtbot, corpus, tmp_path, size: tuple[int, int]) -> None:
    w = _window(qtbot, corpus, tmp_path, size)
    pane = w.interpretations_pane
    bar = pane.tabs.tabBar()
    assert bar.width() <= pane.tabs.width()
    for i in range(bar.count()):  # every tab whole and in sight: none behind a scroll arrow
        rect = bar.tabRect(i)
        assert bar.rect().contains(rect), (i, rect, bar.rect())
        assert rect.width() >= bar.tabSizeHint(i).width()
        assert pane.tabs.tabToolTip(i)  # the long name
    for ref in (Ref("place", "kunashir"), Ref("passage", "art-9"), Ref("note", "transfer")):
        w.selection.set(ref)
        qtbot.wait(1)
        label = pane.filter_label
        assert pane.filter_bar.isVisible()
        line = QFontMetrics(label.font()).lineSpacing()
        assert label.height() < 2 * line, (ref, label.height())  # one line, never four
        shown, full = label.text(), label.full_text()
        assert _cut_after_a_word(full, shown), (full, shown)
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
        assert full in label.toolTip()


def test_elided_label_never_breaks_a_word(qtbot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    text = "12 of 15 readings concern Kunashiri-tō / Kunashir, Etorofu-tō / Iturup"
    label.set_full_text(text)
    label.show()
    fm = label.fontMetrics()
    for width in range(fm.horizontalAdvance("12…") + 10, fm.horizontalAdvance(text) + 40, 7):
        label.resize(width, 30)
        assert _cut_after_a_word(text, label.text()), (width, label.text())
        assert fm.horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.text() == text and label.accessibleName() == text


def test_the_pane_is_called_readings_everywhere(qtbot, corpus, tmp_path) -> None:
    w = _window(qtbot, corpus, tmp_path, (1280, 800))
    pane = w.interpretations_pane
    assert pane.accessibleName() == "Readings" and "Readings" in pane.heading.text()
    w.ensure_docks()
    menus = [a.text() for top in w.menuBar().actions() for a in top.menu().actions()]
    assert "Focus &Readings" in menus
    assert not [t for t in menus if "Interpretation" in t]
    w.selection.set(Ref("place", "iturup"))  # the text pane's banner points to the pane
    texts = [label.text() for label in w.findChildren(QLabel) if label.isVisible()]
    texts += [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    texts += [pane.tabs.accessibleName(), pane.accessibleName()]
    assert not [t for t in texts if "Interpretation" in t], texts
