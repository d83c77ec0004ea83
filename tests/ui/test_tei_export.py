"""File ▸ Export TEI…: the menu item writes the edition of the languages shown, with the
reader's annotations, whole or not at all."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from viewer.annotations.model import new_annotation
from viewer.ui.text.tei_export import TeiExporter


def test_menu_item_writes_the_tei_of_the_languages_shown(qtbot, service, corpus, tmp_path,
                                                          monkeypatch) -> None:
    text = corpus.passage("en", "art-9").text
    start = text.index("Habomai")
    service.store.add(new_annotation("en", "art-9", text, start, start + 7, note="mine"))
    window = QWidget()
    qtbot.addWidget(window)
    exporter = TeiExporter(corpus, service, lambda: ["ru", "en"], window)
    assert exporter.file_actions() == [exporter.action]
    assert exporter.action.text() == "Export &TEI…"
    infos, errors = [], []
    monkeypatch.setattr(exporter, "show_info", infos.append)
    monkeypatch.setattr(exporter, "show_error", errors.append)
    target = tmp_path / "edition.xml"
    monkeypatch.setattr(exporter, "ask_save_path", lambda: target)
    exporter.action.trigger()
    assert errors == [] and len(infos) == 1
    xml = target.read_text(encoding="utf-8")
    assert 'xml:lang="ru"' in xml and 'xml:lang="ja"' not in xml.split("<back>")[0]
    assert "Russian text not available: art. 10" in xml
    assert 'target="#en-art-9.2"' in xml and "mine" in xml
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".edition")] == []


def test_a_failed_write_says_so_and_leaves_nothing(qtbot, service, corpus, tmp_path,
                                                   monkeypatch) -> None:
    exporter = TeiExporter(corpus, service)
    errors = []
    monkeypatch.setattr(exporter, "show_error", errors.append)
    assert exporter.export(tmp_path / "no-such-folder" / "x.xml") is None
    assert len(errors) == 1 and "TEI file could not be written" in errors[0]


def test_the_main_window_offers_it(qtbot, mini_corpus, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from viewer.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(mini_corpus, settings)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Export &TEI…" in texts and "Export &PDF…" in texts
