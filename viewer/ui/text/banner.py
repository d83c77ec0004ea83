"""The banner above the text: what the text says about the selected place (its mentions are
marked, or it is not named at all — and for Kunashiri and Iturup why that silence matters)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from viewer.corpus.model import Corpus
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.common.preferences import Preferences
from viewer.ui.text.render import Theme

DISPUTED_UNNAMED = ("kunashir", "iturup")


class SelectionBanner(QLabel):
    def __init__(self, corpus: Corpus, prefs: Preferences) -> None:
        super().__init__()
        self.corpus, self.prefs = corpus, prefs
        self.text_shown = ""
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleDescription(self.tr("Selection note"))

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(f"background:{theme.banner_bg}; color:{theme.banner_text}; "
                           "padding:4px;")

    def show_for(self, ref: Ref | None, marked: bool) -> None:
        """Say what the text has for `ref`; `marked`: whether any of it is marked."""
        self.text_shown = self.text_for(ref, marked)
        self.setText(self.text_shown)
        self.setVisible(bool(self.text_shown))

    def text_for(self, ref: Ref | None, marked: bool) -> str:
        if ref is None or ref.kind != "place":
            return ""
        place = self.corpus.places.get(ref.id)
        if place is None:
            return ""
        name = place_name(place, self.prefs.naming, native=True)
        if not marked:
            if place.id in DISPUTED_UNNAMED or place.group in DISPUTED_UNNAMED:
                return self.tr("{name} is not named in the declaration. Article 9 names only "
                               "the Habomai Islands and Shikotan; whether its silence about this "
                               "island settled or left open its status is what the readings "
                               "dispute (see the Readings pane).").format(name=name)
            return self.tr("{name} is not named in the declaration.").format(name=name)
        return self.tr("Mentions of {name} are marked.").format(name=name)
