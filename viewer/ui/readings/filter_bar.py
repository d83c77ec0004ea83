"""What narrows the readings: the bar above the tabs ("Filtered by: …", Show all) and, for
an island the declaration does not name, a line on why that silence is the dispute."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from viewer.corpus.model import Corpus
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.ui.common.claims import UNNAMED_KEYS


class FilterBar(QFrame):
    """The filter's label and its Show all button; `show_all` when that is clicked."""

    show_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Filter")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QToolButton()
        self.button.setText("Show all")
        self.button.setAccessibleName("Show all readings")
        self.button.clicked.connect(self.show_all)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.label, 1)
        bar.addWidget(self.button)
        self.hide()

    def show_filter(self, ref: Ref, label: str, count: int, total: int) -> None:
        shown = f"{count} of {total} readings" if count else "no reading"
        self.label.setText(f"Filtered by: <b>{escape(label)}</b> — {shown}")
        self.label.setToolTip(
            "Readings of this passage" if ref.kind == "passage" else
            "Readings that say something specific about this place: a claim other than "
            "'undetermined', or a note on it")
        self.show()


class Explainer(QLabel):
    """Why an island the declaration does not name matters to the readings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleDescription("Why this island matters")
        self.hide()

    def explain(self, corpus: Corpus, keys: list[str], naming: str) -> None:
        unnamed = [k for k in keys if k in UNNAMED_KEYS and k in corpus.places]
        if not unnamed:
            self.hide()
            return
        names = " and ".join(place_name(corpus.places[k], naming) for k in unnamed)
        self.setText(
            f"<i>The declaration does not name {escape(names)}. Article 9 names only "
            "Habomai and Shikotan; whether the other islands remain a subject of the "
            "peace-treaty negotiations is what the readings below dispute.</i>")
        self.show()
