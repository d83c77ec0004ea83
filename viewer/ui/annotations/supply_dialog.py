"""The "Supply text from an edition…" dialog (issue 18): language and paragraph, the wording,
the edition (the bibliography's titles offered, or free text / a URL), the page, a remark.

Every change is checked with `supplies.check_supply` against the shipped corpus; its message
shows under the fields and OK stays disabled until the supply is valid. The dialog writes
nothing: `value()` is the checked Supply, which the caller stores (ui/annotations/supplied.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.supplies import SUPPLIABLE, Supply, SupplyError, check_supply
from viewer.corpus.citation import passage_label
from viewer.corpus.model import LANG_NAMES, Corpus


def suppliable(corpus: Corpus, lang: str, pid: str, n: str) -> bool:
    """Whether wording may be supplied for this paragraph (as the window shows it: one
    already supplied may get another supply, kept beside it as a variant)."""
    passage = corpus.passage(lang, pid)
    para = passage.paragraph(n) if passage and n else None
    return para is not None and (para.status in SUPPLIABLE or para.supplied is not None)


def paragraphs(corpus: Corpus, lang: str) -> list[tuple[str, str]]:
    """(ref, label) of each paragraph of one language that may be supplied."""
    out = []
    text = corpus.texts.get(lang)
    for passage in text.passages if text else ():
        for para in passage.paragraphs:
            if para.status in SUPPLIABLE:
                several = len(passage.paragraphs) > 1
                out.append((f"{passage.id}.{para.n}",
                            passage_label(passage.id, para.n if several else None)))
    return out


class SupplyDialog(QDialog):
    """Supply (or, with `existing`, edit) one paragraph's wording. `shipped`: the corpus as
    loaded (what may be supplied is judged on it, not on the supplied texts)."""

    def __init__(self, shipped: Corpus, where: tuple[str, str, str] | None,
                 existing: Supply | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shipped, self.existing = shipped, existing
        self.setWindowTitle(self.tr("Edit supplied text") if existing
                            else self.tr("Supply text from an edition"))
        self.setMinimumWidth(480)
        self._checked: Supply | None = None
        intro = QLabel(self.tr("Wording you supply is stored in your annotation database, "
                               "shown with its edition and page, and never as verified."))
        intro.setWordWrap(True)
        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Language"))
        for code in ("en", "ru", "ja"):
            self.lang.addItem(LANG_NAMES[code], code)
        self.paragraph = QComboBox()
        self.paragraph.setAccessibleName(self.tr("Paragraph"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Wording"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The paragraph's wording exactly as printed"))
        self.edition = QComboBox()
        self.edition.setEditable(True)
        self.edition.setAccessibleName(self.tr("Edition"))
        self.edition.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.edition.addItems(sorted({s.title for s in shipped.sources.values() if s.title},
                                     key=str.casefold))
        self.edition.setCurrentIndex(-1)
        self.edition.lineEdit().setPlaceholderText(
            self.tr("Author, title, year — or a URL"))
        self.edition.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.edition.setMinimumContentsLength(30)
        self.page = QLineEdit()
        self.page.setAccessibleName(self.tr("Page"))
        self.remark = QLineEdit()
        self.remark.setAccessibleName(self.tr("Remark"))
        self.message = QLabel()
        self.message.setObjectName("SupplyMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("What is wrong"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save") if existing else self.tr("Supply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.lang)
        form.addRow(self.tr("&Paragraph:"), self.paragraph)
        form.addRow(self.tr("&Wording:"), self.text)
        form.addRow(self.tr("&Edition:"), self.edition)
        form.addRow(self.tr("P&age:"), self.page)
        form.addRow(self.tr("&Remark:"), self.remark)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if existing is not None:
            lang, pid, n = existing.lang, existing.passage, existing.n
        else:
            lang, pid, n = where or ("en", "", "")
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self._fill_paragraphs(f"{pid}.{n}")
        if existing is not None:
            self.text.setPlainText(existing.text)
            self.edition.setEditText(existing.edition)
            self.page.setText(existing.page)
            self.remark.setText(existing.remark)
            self.lang.setEnabled(False)  # an edit keeps its paragraph
            self.paragraph.setEnabled(False)
        self.lang.currentIndexChanged.connect(lambda _i: self._fill_paragraphs(""))
        for signal in (self.paragraph.currentIndexChanged, self.text.textChanged,
                       self.edition.editTextChanged, self.page.textChanged,
                       self.remark.textChanged):
            signal.connect(lambda *_: self._check())
        self._check()
        self.text.setFocus()

    def _fill_paragraphs(self, ref: str) -> None:
        self.paragraph.blockSignals(True)
        self.paragraph.clear()
        for value, label in paragraphs(self.shipped, self.lang.currentData()):
            self.paragraph.addItem(label, value)
        self.paragraph.setCurrentIndex(max(0, self.paragraph.findData(ref)))
        self.paragraph.blockSignals(False)
        self._check()

    def supply(self) -> Supply:
        """The supply as typed (unchecked)."""
        pid, _, n = str(self.paragraph.currentData() or "").partition(".")
        fields = dict(lang=self.lang.currentData(), passage=pid, n=n,
                      text=self.text.toPlainText(), edition=self.edition.currentText(),
                      page=self.page.text(), remark=self.remark.text())
        if self.existing is not None:
            return self.existing.copy(**fields)
        return Supply(**fields)

    def _check(self) -> None:
        if not hasattr(self, "ok"):
            return
        try:
            self._checked = check_supply(self.shipped, self.supply())
            self.message.setText("")
        except SupplyError as exc:
            self._checked = None
            said = str(exc)
            said = said[:1].upper() + said[1:]
            self.message.setText(said if said.endswith(("?", ".")) else said + ".")
        self.ok.setEnabled(self._checked is not None)

    def value(self) -> Supply | None:
        """The checked supply (None while something is wrong)."""
        return self._checked

    def accept(self) -> None:
        self._check()
        if self._checked is not None:
            super().accept()
