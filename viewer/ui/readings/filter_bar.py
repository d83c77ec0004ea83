"""What the selection concerns: the one-line bar above the tabs ("12 of 15 readings
concern Kunashiri", those in bold) with its Only these toggle, and, for an island
the declaration does not name, a line on why that silence is the dispute."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from viewer.corpus.model import Corpus
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.shorten import ELLIPSIS, cut_off
from viewer.ui.common.claims import UNNAMED_KEYS


class ElidedLabel(QLabel):
    """One line of plain text, cut after the last whole word that fits, then "…"; the whole
    text in the tooltip. Never wraps, never breaks a word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, tip: str = "") -> None:
        self._full = text
        self.setToolTip("\n\n".join(t for t in (text, tip) if t))
        self.setAccessibleName(text)  # a screen reader reads the whole text, not the cut one
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        fm, width = self.fontMetrics(), self.contentsRect().width()
        text = self._full
        if fm.horizontalAdvance(text) > width:
            words = text.split(" ")
            kept = ""
            for n in range(len(words) - 1, 0, -1):
                candidate = cut_off(" ".join(words[:n]))
                if fm.horizontalAdvance(candidate) <= width:
                    kept = candidate
                    break
            text = kept or ELLIPSIS
        if text != self.text():
            self.setText(text)


class FilterBar(QFrame):
    """The concern in one line, and Only these (hide the other readings); `only_toggled`."""

    only_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Readings concerned"))
        self.label = ElidedLabel()
        self.label.setAccessibleDescription(self.tr("What the selection concerns"))
        self.button = QToolButton()
        self.button.setText(self.tr("Only these"))
        self.button.setCheckable(True)
        self.button.setAccessibleName(self.tr("Show only the readings concerned"))
        self.button.setToolTip(self.tr("Hide the readings that do not concern the selection"))
        self.button.toggled.connect(self.only_toggled)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.label, 1)
        bar.addWidget(self.button)
        self.hide()

    def concern_text(self, ref: Ref, label: str, count: int, total: int) -> str:
        """What the selection concerns, count first (what a cut line keeps); the tooltip says
        that those readings are the ones in bold."""
        if ref.kind == "passage":
            if not count:
                return self.tr("No reading here discusses {label}").format(label=label)
            if count == total:
                return self.tr("All %n readings read {label}", "", total).format(label=label)
            return self.tr("{count} of %n readings read {label}", "", total).format(
                count=count, label=label)
        if not count:
            return self.tr("No reading here concerns {label}").format(label=label)
        if count == total:
            return self.tr("All %n readings concern {label}", "", total).format(label=label)
        return self.tr("{count} of %n readings concern {label}", "", total).format(
            count=count, label=label)

    def only(self) -> bool:
        """Whether the other readings are hidden (the toggle is on and offered)."""
        return self.button.isChecked() and not self.button.isHidden()

    def show_concern(self, ref: Ref, label: str, count: int, total: int) -> None:
        self.label.set_full_text(
            self.concern_text(ref, label, count, total),
            (self.tr("Readings of this passage") if ref.kind == "passage" else
             self.tr("Readings that say something specific about this place: a claim other "
                     "than 'undetermined', or a note on it"))
            + (self.tr(": in bold in the list and the matrix") if 0 < count < total else ""))
        self.button.setHidden(not 0 < count < total)  # only a real narrowing is offered
        self.show()


class Explainer(QLabel):
    """Why an island the declaration does not name matters to the readings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleDescription(self.tr("Why this island matters"))
        self.hide()

    def explain(self, corpus: Corpus, keys: list[str], naming: str) -> None:
        unnamed = [k for k in keys if k in UNNAMED_KEYS and k in corpus.places]
        if not unnamed:
            self.hide()
            return
        names = self.tr(" and ").join(place_name(corpus.places[k], naming) for k in unnamed)
        self.setText("<i>" + escape(self.tr(
            "The declaration does not name {names}. Article 9 names only Habomai and "
            "Shikotan; whether the other islands remain a subject of the peace-treaty "
            "negotiations is what the readings below dispute.").format(names=names)) + "</i>")
        self.show()
