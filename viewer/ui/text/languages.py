"""The language toggles: which of English, Russian and Japanese are shown, in that order,
at least one, remembered in the preferences (Ctrl+Shift+1/2/3)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from viewer.corpus.model import LANG_NAMES, LANGS
from viewer.ui.common.preferences import Preferences


class LanguageToggles(QObject):
    """One checkable action per language; `changed` carries the new list of languages."""

    changed = Signal(list)

    def __init__(self, prefs: Preferences, lang: str | None, parent: QObject) -> None:
        super().__init__(parent)
        self.prefs = prefs
        saved = str(prefs.value("text/langs", "en,ru,ja"))
        self.langs = [lang] if lang else [x for x in saved.split(",") if x in LANGS] or ["en"]
        self.actions: dict[str, QAction] = {}
        for n, code in enumerate(LANGS, start=1):
            action = QAction(LANG_NAMES[code], parent, checkable=True)
            action.setChecked(code in self.langs)
            action.setToolTip(self.tr("Show the {language} text (Ctrl+Shift+{n})").format(
                language=LANG_NAMES[code], n=n))
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
            action.toggled.connect(lambda on, c=code: self.toggle(c, on))
            self.actions[code] = action

    def toggle(self, code: str, on: bool) -> None:
        langs = [c for c in LANGS if (c in self.langs or c == code) and (on or c != code)]
        if not langs:  # at least one language stays on
            self.actions[code].setChecked(True)
            return
        if langs == self.langs:
            return
        self.langs = langs
        self.prefs.set_value("text/langs", ",".join(langs))
        self.changed.emit(langs)
