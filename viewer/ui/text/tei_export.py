"""File ▸ Export TEI…: the edition as TEI P5 (viewer.edition.tei) — the languages the text pane
shows, every status and gap, the editorial notes and the reader's annotations — written
beside the target and renamed into place (never half a file)."""

from __future__ import annotations

from pathlib import Path

from viewer.paths import replace_atomically
from viewer.translations import QT_TRANSLATE_NOOP
from viewer.ui.text.export_action import EditionExport


class TeiExporter(EditionExport):
    """File ▸ Export TEI…; `langs` returns the languages to export (the text pane's)."""

    TEXT = QT_TRANSLATE_NOOP("EditionExport", "Export &TEI…")
    TIP = QT_TRANSLATE_NOOP("EditionExport", "The edition as TEI P5 XML, with every status and "
                            "gap, the editorial notes and your annotations")
    KIND = QT_TRANSLATE_NOOP("EditionExport", "TEI file")
    DEFAULT_NAME = "joint-declaration-1956.xml"
    FILTER = QT_TRANSLATE_NOOP("EditionExport", "TEI XML (*.xml)")
    DONE = QT_TRANSLATE_NOOP("EditionExport", "Exported the edition as TEI to {path}.")

    def write(self, path: Path) -> None:
        from viewer.edition.tei import to_tei

        text = to_tei(self.corpus, self.langs(), list(self.service.store.iter_all()))
        with replace_atomically(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
