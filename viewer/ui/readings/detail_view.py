"""The detail under the tabs: one reading, island, event or source, with working links.

One job: show what the pane asks (`show_ref`) as rich text from `detail`; a click on a link
goes to the Selection through `common.links` (external links only after the user confirms).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.corpus.model import Corpus
from viewer.corpus.refs import Ref
from viewer.ui.common import links
from viewer.ui.common.claims import claim_key_for_place
from viewer.ui.common.markdown_view import plain_tip
from viewer.ui.common.selection import Selection
from viewer.ui.readings.detail import event_html, island_html, reading_html, source_html
from viewer.ui.readings.docs import DetailDocuments

PLACEHOLDER = ("<p><i>Select a reading, a cell of the matrix, an event or a source to see it "
               "here.</i></p>")


class DetailView(QTextBrowser):
    def __init__(self, corpus: Corpus, selection: Selection, owner: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus, self.selection, self.owner = corpus, selection, owner
        self.setAccessibleName("Detail")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_clicked)
        self.highlighted.connect(self._link_hovered)
        # The documents are parented to the pane, as they were before the pane was split.
        self.documents = DetailDocuments(self, owner)
        self.documents.show(PLACEHOLDER)
        self.shown: Ref | None = None  # what the detail shows

    def show_ref(self, ref: Ref, naming: str, filter_ids: set[str] | None) -> None:
        self.shown = ref
        corpus = self.corpus
        if ref.kind == "interp":
            it = corpus.interpretations[ref.id]
            focus = claim_key_for_place(corpus, ref.place) if ref.place else None
            html = reading_html(corpus, it, naming, focus)
        elif ref.kind == "place":
            key = claim_key_for_place(corpus, ref.id) or ref.id
            html = island_html(corpus, key, naming, filter_ids)
        elif ref.kind == "event":
            html = event_html(corpus, corpus.events[ref.id], naming)
        else:
            html = source_html(corpus, corpus.sources[ref.id])
        self.documents.show(html)

    def link_clicked(self, url: QUrl) -> None:
        links.handle_link(url, self.corpus, self.selection, self.owner)

    def _link_hovered(self, url: QUrl) -> None:
        text = url.toString()
        external = text.lower().startswith(("http://", "https://"))
        self.setToolTip(plain_tip(f"{text}\n(opens in your browser after you confirm)")
                        if external else "")
