"""The annotation editor: a Markdown note, tags (completing from existing ones), a colour,
and optional links to a place and a reading."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from viewer.corpus.model import Corpus
from viewer.corpus.names import place_name
from viewer.ui.text import render as text_render

# Named colours: the name is shown with the swatch, so colour is never the only cue.
COLORS: list[tuple[str, str]] = [  # names translated when shown: color_name()
    ("", QT_TRANSLATE_NOOP("colours", "No colour")),
    ("#ffe066", QT_TRANSLATE_NOOP("colours", "Yellow")),
    ("#8ce99a", QT_TRANSLATE_NOOP("colours", "Green")),
    ("#74c0fc", QT_TRANSLATE_NOOP("colours", "Blue")),
    ("#faa2c1", QT_TRANSLATE_NOOP("colours", "Pink")),
    ("#ffc078", QT_TRANSLATE_NOOP("colours", "Orange")),
    ("#b197fc", QT_TRANSLATE_NOOP("colours", "Violet")),
]
DEFAULT_HIGHLIGHT = text_render.DEFAULT_HIGHLIGHT  # one definition (the text draws it)


def color_name(color: str) -> str:
    """A highlight colour's name in the interface language (a custom one by its value)."""
    name = next((name for value, name in COLORS if value == color), None)
    return QCoreApplication.translate("colours", name or "No colour") if name or not color \
        else color



def place_choices(corpus: Corpus, naming: str) -> list[tuple[str, str]]:
    """(name, id) of the named islands and groups, by name, for a choice of place."""
    named = [p for p in corpus.places.values() if p.name_en and p.kind in ("island", "group")]
    return sorted(((place_name(p, naming), p.id) for p in named), key=lambda c: c[0])

class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def __init__(self, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(QStringListModel(tags), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: ANN001, N802 - Qt override
        field = self.widget()
        done = field.text().split(",")[:-1] if isinstance(field, QLineEdit) else []
        return ", ".join([t.strip() for t in done if t.strip()] + [str(index.data())])


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


class AnnotationEditor(QDialog):
    def __init__(self, corpus: Corpus, quote: str, *, naming: str = "both",
                 tags: list[str] | None = None, note: str = "", current_tags: list[str] = (),
                 color: str = DEFAULT_HIGHLIGHT, places: list[str] = (),
                 interpretations: list[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotation"))
        self.setAccessibleName(self.tr("Annotation editor"))
        short = quote if len(quote) <= 200 else quote[:200] + "…"
        self.quote_label = QLabel(f"<i>“{html.escape(short)}”</i>")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setAccessibleName(self.tr("Note (Markdown)"))
        self.note_edit.setPlaceholderText(self.tr("Your note (Markdown: **bold**, *italic*, "
                                                  "- lists)"))
        self.note_edit.setTabChangesFocus(True)
        self.tags_edit = QLineEdit(", ".join(current_tags))
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags_edit.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tags_edit.setCompleter(TagCompleter(sorted(tags or []), self.tags_edit))
        self.color_box = QComboBox()
        self.color_box.setAccessibleName(self.tr("Highlight colour"))
        for value, _name in COLORS:
            self.color_box.addItem(color_name(value), value)
        if self.color_box.findData(color) < 0:  # imported or older: keep it, by its value
            self.color_box.addItem(self.tr("Custom ({colour})").format(colour=color), color)
        self.color_box.setCurrentIndex(self.color_box.findData(color))
        self.place_box = QComboBox()
        self.place_box.setAccessibleName(self.tr("Linked place"))
        self.place_box.addItem("—", None)
        for label, pid in place_choices(corpus, naming):
            self.place_box.addItem(label, pid)
        # The boxes show the first link; the others are kept unless the reader changes it.
        self._places, self._readings = list(places), list(interpretations)
        self.place_box.setCurrentIndex(max(0, self.place_box.findData(
            self._places[0] if self._places else None)))
        self._place_shown = self.place_box.currentData()
        self.reading_box = QComboBox()
        self.reading_box.setAccessibleName(self.tr("Linked reading"))
        self.reading_box.addItem("—", None)
        for it in sorted(corpus.interpretations.values(), key=lambda i: i.date):
            self.reading_box.addItem(f"{it.date[:4]} — {it.title}", it.id)
        self.reading_box.setCurrentIndex(max(0, self.reading_box.findData(
            self._readings[0] if self._readings else None)))
        self._reading_shown = self.reading_box.currentData()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.quote_label)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(self.tr("&Colour:"), self.color_box)
        form.addRow(self.tr("&Place:"), self.place_box)
        form.addRow(self.tr("&Reading:"), self.reading_box)
        # One limit for every entry point (viewer/annotations/limits.py): said while typing,
        # and Save waits until the note fits.
        self.limit_label = QLabel()
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet("color: #a51d2d;")
        self.limit_label.hide()
        self._save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.note_edit.textChanged.connect(self._check_size)
        form.addRow(self.limit_label)
        form.addRow(buttons)
        self.resize(520, 420)
        self._check_size()
        self.note_edit.setFocus()

    def _check_size(self) -> None:
        """characterCount() is kept by the document: no copy of the text per keystroke."""
        from viewer.annotations.limits import MAX_NOTE_CHARS, note_size_problem

        size = self.note_edit.document().characterCount() - 1  # less the final separator
        text = self.note_edit.toPlainText() if size > MAX_NOTE_CHARS else ""
        problem = note_size_problem(text) if text else None  # the one limit (limits.py)
        self.limit_label.setText(self.tr(
            "The note is {length:,} characters long; the limit is {limit:,} characters. "
            "Shorten it to save.").format(length=len(text), limit=MAX_NOTE_CHARS)
            if problem else "")
        self.limit_label.setVisible(bool(problem))
        self._save.setEnabled(problem is None)

    def values(self) -> dict:
        return {"note": self.note_edit.toPlainText(), "tags": split_tags(self.tags_edit.text()),
                "color": self.color_box.currentData() or "",
                "places": _links(self.place_box.currentData(), self._place_shown,
                                 self._places),
                "interpretations": _links(self.reading_box.currentData(),
                                          self._reading_shown, self._readings)}


def _links(chosen: str | None, shown: str | None, before: list[str]) -> list[str]:
    """Untouched box: every link as it was (the box shows one, perhaps none of them).
    A new choice replaces them; "—" clears them."""
    if chosen == shown:
        return before
    return [chosen] if chosen else []


def editor_for(corpus: Corpus, annotation, *, naming: str, tags: list[str],  # noqa: ANN001
               parent: QWidget | None = None) -> AnnotationEditor:
    """The editor filled in from an existing annotation (text pane and panel alike)."""
    return AnnotationEditor(corpus, annotation.exact, naming=naming, tags=tags,
                            note=annotation.note, current_tags=annotation.tags,
                            color=annotation.color, places=annotation.places,
                            interpretations=annotation.interpretations, parent=parent)
