"""The detail under the tabs: always the one current selection, with working links.

One job: write what the Selection holds as rich text — a reading, an island, an event or a
source from `detail`; for a passage, a note, an annotation or nothing, who holds what from
`overview` (saying plainly when the selection does not narrow the readings). A click on a
link goes to the Selection through `common.links` (external links only after a confirm).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.corpus.model import Corpus
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.translations import QT_TRANSLATE_NOOP, translate
from viewer.ui.common import links
from viewer.ui.common.claims import claim_key_for_place, filter_for
from viewer.ui.common.markdown_view import plain_tip
from viewer.ui.common.selection import Selection
from viewer.ui.readings.detail import event_html, island_html, reading_html, source_html
from viewer.ui.readings.docs import DetailDocuments
from viewer.ui.readings.overview import overview_html

NOT_NARROWED = QT_TRANSLATE_NOOP("detail_view", "the readings are not narrowed by it.")


def _notice(text: str, **values: str) -> str:
    """A translated notice, ended by "the readings are not narrowed by it." in its language."""
    return translate("detail_view", text).format(
        rest=translate("detail_view", NOT_NARROWED), **values)


def selection_html(corpus: Corpus, ref: Ref | None, naming: str) -> str:
    """The detail for a Selection (None: nothing selected)."""
    if ref is None or ref.kind == "annotation":
        return overview_html(corpus, naming, notice=None if ref is None else
                             _notice(QT_TRANSLATE_NOOP("detail_view",
                                                       "Your annotation is selected: {rest}")))
    if ref.kind == "interp" and ref.id in corpus.interpretations:
        focus = claim_key_for_place(corpus, ref.place) if ref.place else None
        return reading_html(corpus, corpus.interpretations[ref.id], naming, focus)
    if ref.kind == "event" and ref.id in corpus.events:
        return event_html(corpus, corpus.events[ref.id], naming)
    if ref.kind == "source" and ref.id in corpus.sources:
        return source_html(corpus, corpus.sources[ref.id])
    label, ids = filter_for(corpus, ref, naming)
    if ref.kind == "place":
        key = claim_key_for_place(corpus, ref.id)
        if key is not None:
            return island_html(corpus, key, naming, ids)
        place = corpus.places.get(ref.id)
        name = place_name(place, naming) if place else ref.id
        return overview_html(corpus, naming, notice=_notice(QT_TRANSLATE_NOOP(
            "detail_view", "{name} is not one of the island groups the readings make claims "
            "about: {rest}"), name=name))
    if ref.kind == "passage":
        if ids:
            return overview_html(corpus, naming, ids, title=translate(
                "detail_view", "Readings of {label}").format(label=label))
        return overview_html(corpus, naming, notice=_notice(QT_TRANSLATE_NOOP(
            "detail_view", "No reading here discusses {label}: {rest}"), label=label))
    if ref.kind == "note" and ref.id in corpus.notes:
        note = corpus.notes[ref.id]
        keys = [k for k in dict.fromkeys(claim_key_for_place(corpus, p) for p in note.places)
                if k]
        if keys:
            return overview_html(corpus, naming, title=translate(
                "detail_view", "The note {note}: what the readings say about {label}").format(
                note=note.label, label=label), keys=keys)
        return overview_html(corpus, naming, notice=_notice(QT_TRANSLATE_NOOP(
            "detail_view", "The note {note} names none of the island groups the readings make "
            "claims about: {rest}"), note=note.label))
    return overview_html(corpus, naming, notice=_notice(QT_TRANSLATE_NOOP(
        "detail_view", "{ref} is not in the content: {rest}"), ref=str(ref)))


class DetailView(QTextBrowser):
    def __init__(self, corpus: Corpus, selection: Selection, owner: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.owner = corpus, selection, owner
        self.setAccessibleName(self.tr("Detail"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_clicked)
        self.highlighted.connect(self._link_hovered)
        # The documents are parented to the pane, as they were before the pane was split.
        self.documents = DetailDocuments(self, owner)
        self.shown: Ref | None = None  # what the detail shows

    def show_ref(self, ref: Ref | None, naming: str) -> None:
        self.shown = ref
        self.documents.show(selection_html(self.corpus, ref, naming))

    def link_clicked(self, url: QUrl) -> None:
        links.handle_link(url, self.corpus, self.selection, self.owner)

    def _link_hovered(self, url: QUrl) -> None:
        text = url.toString()
        external = text.lower().startswith(("http://", "https://"))
        self.setToolTip(plain_tip(text + "\n" + self.tr("(opens in your browser after you "
                                                         "confirm)"))
                        if external else "")
