"""The reader's supplied wording in the window (issue 18): one corpus with the supplies laid
over it, and the undoable Supply / Edit / Withdraw.

Every pane reads the same `Corpus` object. When the store opens, and after every supply
event, `corpus.texts` becomes `apply_supplies(shipped, store.supplies()).texts` (the shipped
texts are kept aside once); then the annotation service's passage texts follow, the
annotations are re-anchored (orphans kept, as after any change of the texts), the text is
drawn again where the reader was, and the search index is built anew on the next search.
The Edit menu's "Supply text from an edition…", the text's context menu and the supply note's
Edit… / Withdraw (through `AnnotationService.supply_requested`) all end here. The store
calls go on the service's QUndoStack, so Ctrl+Z undoes them.
May import: viewer.annotations (supplies), viewer.ui (the service, the dialog, the text pane).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from viewer.ui.annotations.service import AnnotationService, excerpt

# Built before the first paint: the store's modules (sqlite3, the supplies' checks) are
# imported when the store opens, not here (tests/ui/test_app.py).
if TYPE_CHECKING:
    from viewer.annotations.supplies import Supply
    from viewer.corpus.model import Corpus
    from viewer.ui.text.pane import TextPane

log = logging.getLogger("viewer.annotations")

EVENTS = ("supplied", "supply-updated", "supply-withdrawn")
SHORTCUT = "Ctrl+Shift+I"  # "insert wording"; not taken (Help > Keyboard reference)
Where = tuple[str, str, str]


class SuppliedText(QObject):
    """Keeps the window's corpus in step with the store's supplies, and edits them."""

    def __init__(self, corpus: Corpus, service: AnnotationService, text_pane: TextPane,
                 search_engine: Callable[[], Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.corpus, self.service, self.text_pane = corpus, service, text_pane
        self._search_engine = search_engine  # the search panel's engine, or None if unbuilt
        self.shipped = replace(corpus, texts=dict(corpus.texts))  # as loaded, kept once
        self._parent = parent
        self._store: Any = None
        service.on_open = self._attach
        service.supply_requested.connect(self._on_request)
        self.supply_action = QAction(self.tr("&Supply text from an edition…"), parent)
        self.supply_action.setToolTip(self.tr("Supply the wording of an unverified or "
                                              "missing paragraph from an edition you hold"))
        self.supply_action.setShortcut(QKeySequence(SHORTCUT))
        self.supply_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.supply_action.triggered.connect(lambda: self.supply())
        text_pane.browser.cursorPositionChanged.connect(self._update_enabled)
        # Tests replace this: the dialog's checked Supply, or None on Cancel.
        self.ask: Callable[[Where | None, Supply | None], Supply | None] = self._ask

    def edit_actions(self) -> list[QAction]:
        return [self.supply_action]

    # --- laying the supplies over the corpus ------------------------------------------------

    def _attach(self, store: Any) -> None:
        """A store was opened (before re-anchoring): lay its supplies, follow its events."""
        self._store = store
        self._lay(store)
        store.subscribe(lambda kind, _ids, s=store: self._on_store_event(s, kind))

    def _lay(self, store: Any) -> None:
        import sqlite3

        from viewer.annotations.supplies import apply_supplies

        try:
            supplies = store.supplies()
        except sqlite3.DatabaseError as exc:  # damaged: the shipped text, and the service
            log.warning("supplied wording not read: %s", exc)  # tells the reader
            supplies = []
        self.corpus.texts = dict(apply_supplies(self.shipped, supplies).texts)
        self.service.texts = self.corpus.passage_texts()

    def _on_store_event(self, store: Any, kind: str) -> None:
        import sqlite3

        from viewer.ui.text.supplied_view import SUPPLY_TITLE

        if kind not in EVENTS or store is not self._store:  # not a damaged one replaced
            return
        self.service.settle()  # a background pass ends against the texts it started with
        with self.text_pane.position.kept_across_rebuild():
            self._lay(store)
            if not store.read_only:
                try:  # positions follow the new texts; what no longer anchors: an orphan
                    store.reanchor(self.service.texts)
                except sqlite3.Error as exc:
                    log.warning("re-anchoring after a supply skipped: %s", exc)
            self.text_pane.render()
        note = self.text_pane._note_view  # a supply's note: stale now, closed
        if note is not None and note.isVisible() and note.ref is None \
                and SUPPLY_TITLE() in note.title.text():
            note.hide()
        engine = self._search_engine()
        if engine is not None:
            engine.invalidate()
        self._update_enabled()

    # --- asking and editing -------------------------------------------------------------------

    def _update_enabled(self) -> None:
        from viewer.ui.annotations.supply_dialog import suppliable

        where = self.text_pane.passages.current()
        writable = not (self.service.is_open and self.service.read_only)
        self.supply_action.setEnabled(writable and (where is None
                                                    or suppliable(self.corpus, *where)))

    def _ask(self, where: Where | None, existing: Supply | None) -> Supply | None:
        from viewer.ui.annotations.supply_dialog import SupplyDialog

        dialog = SupplyDialog(self.shipped, where, existing, self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value

    def _on_request(self, action: str, what: str) -> None:
        if action == "new":
            lang, _, rest = what.partition("/")
            pid, _, n = rest.partition("/")
            self.supply((lang, pid, n))
        elif action == "edit":
            self.edit(what)
        elif action == "withdraw":
            self.withdraw(what)

    def _writable(self) -> bool:
        if self.service.read_only:
            self.service.message.emit(self.tr("Your annotation database is read-only: "
                                              "supplied text cannot be saved."))
            return False
        return True

    def supply(self, where: Where | None = None) -> Supply | None:
        """Ask for a supply (the paragraph under the caret prefilled) and store it."""
        if not self._writable():
            return None
        where = where or self.text_pane.passages.current()
        s = self.ask(where, None)
        if s is None:
            return None
        store = self.service.store
        self.service.push(self.tr("Supply {}").format(f"{s.lang} {s.ref}"),
                          do=lambda: store.add_supply(s),
                          undo=lambda: store.withdraw_supply(s.id))
        return s

    def _stored(self, supply_id: str) -> tuple[Any, Supply] | None:
        """The store and the supply as stored, if it may be changed."""
        if not self._writable():
            return None
        store = self.service.store
        record = store.get_supply(supply_id)
        return None if record is None else (store, record)

    def edit(self, supply_id: str) -> Supply | None:
        if (found := self._stored(supply_id)) is None:
            return None
        store, before = found
        changed = self.ask(None, before)
        if changed is None:
            return None
        import sqlite3

        from viewer.annotations.store import StoreError

        try:
            after = store.update_supply(changed, expect=before)
        except (StoreError, sqlite3.Error) as exc:  # changed in another window meanwhile
            self.service.message.emit(self.tr("The supplied text was not changed: {}")
                                      .format(exc))
            return None
        self.service.push(self.tr("Edit supplied text “{}”").format(excerpt(before.text)),
                          do=lambda: store.restore_supply(after),
                          undo=lambda: store.restore_supply(before), done=True)
        return after

    def withdraw(self, supply_id: str) -> Supply | None:
        if (found := self._stored(supply_id)) is None:
            return None
        store, record = found
        self.service.push(self.tr("Withdraw supplied text “{}”").format(excerpt(record.text)),
                          do=lambda: store.withdraw_supply(supply_id, record),
                          undo=lambda: store.restore_supply(record))
        return record
