"""The text pane builds what only interaction needs on first use (start-up speed)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from viewer.corpus.refs import Ref
from viewer.ui.common.selection import Selection
from viewer.ui.text.pane import TextPane

LATER = ("viewer.ui.text.note_view", "viewer.ui.annotations.editor", "viewer.ui.text.about",
         "viewer.ui.common.markdown_view", "viewer.ui.common.dialogs", "viewer.ui.common.links",
         "viewer.ui.text.pdf_export", "viewer.ui.annotations.service", "sqlite3")


def test_importing_the_pane_leaves_the_interaction_modules_unloaded() -> None:
    code = ("import sys, viewer.ui.text.pane; "
            f"print(','.join(m for m in {LATER!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == ""


def test_find_bar_and_note_view_are_made_when_first_wanted(qtbot, corpus, prefs) -> None:
    pane = TextPane(corpus, Selection(), prefs)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    assert pane._find_bar is None and pane._note_view is None
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(pane.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane._find_bar is not None and pane.find_bar.isVisible()
    qtbot.keyClicks(pane.find_bar.field, "Habomai")
    assert pane.find_bar.count.text().endswith("matches")
    layout = pane.layout()
    assert layout.indexOf(pane.find_bar) == layout.indexOf(pane.browser) + 1
    pane.selection.set(Ref("note", "habomai"))
    assert pane._note_view is not None and pane.note_view.isVisible()
    assert "Habomai" in pane.note_view.browser.toPlainText()
    assert layout.indexOf(pane.note_view) > layout.indexOf(pane.find_bar)
