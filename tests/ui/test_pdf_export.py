"""File ▸ Export PDF: highlights, numbered endnotes, safe notes, a valid PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from viewer.annotations.model import Annotation, new_annotation, new_id
from viewer.ui.text.pdf_export import PdfExporter, build_html


def _add(service, corpus, lang: str, pid: str, needle: str, **values) -> Annotation:
    text = corpus.passage(lang, pid).text
    start = text.index(needle)
    a = new_annotation(lang, pid, text, start, start + len(needle), **values)
    service.store.add(a)
    return a


def test_html_numbers_highlights_in_reading_order(service, corpus) -> None:
    later = _add(service, corpus, "en", "art-9", "Habomai Islands", color="#8ce99a",
                 note="<script>x</script> **bold**", tags=["islands"])
    first = _add(service, corpus, "en", "art-1", corpus.passage("en", "art-1").text[:20])
    ja = _add(service, corpus, "ja", "art-9", "色丹島", note="色丹 in Japanese")
    orphan = Annotation(id=new_id(), lang="en", passage="art-9", exact="nowhere at all",
                        orphan=True, note="kept")
    service.store.add(orphan)
    html, numbered = build_html(corpus, ["en", "ja"], service.store.iter_all())
    assert [a.id for _n, a in numbered] == [first.id, later.id, ja.id, orphan.id]
    assert [n for n, _a in numbered] == [1, 2, 3, 4]
    assert 'background-color:#8ce99a">Habomai Islands</span><sup class="marker">[2]</sup>' in html
    assert "色丹島</span><sup class=\"marker\">[3]</sup>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>bold</b>" in html
    assert "Notes" in html and "nowhere at all" in html and "tags: islands" in html
    assert "Green" in html  # colour named in the notes


def test_language_not_shown_is_listed_not_dropped(service, corpus) -> None:
    ru = _add(service, corpus, "ru", "art-9", "Шикотан", note="Russian")
    html, numbered = build_html(corpus, ["en"], service.store.iter_all())
    assert [a.id for _n, a in numbered] == [ru.id]
    assert "Annotations not in the text above" in html and "Шикотан" in html
    assert '<sup class="marker">' not in html  # no marker in the English text


def test_overlapping_highlights_each_get_a_marker(service, corpus) -> None:
    _add(service, corpus, "en", "art-9", "Habomai Islands and the island of Shikoton")
    _add(service, corpus, "en", "art-9", "Islands and the island")
    html, _ = build_html(corpus, ["en"], service.store.iter_all())
    assert html.count('<sup class="marker">') == 2
    assert ">[1]</sup>" in html and ">[2]</sup>" in html


def test_export_writes_a_pdf(qtbot, service, corpus, tmp_path, monkeypatch) -> None:
    _add(service, corpus, "ja", "art-9", "色丹島", note="note one")
    window = QWidget()
    qtbot.addWidget(window)
    exporter = PdfExporter(corpus, service, lambda: ["en", "ja"], window)
    infos, errors = [], []
    monkeypatch.setattr(exporter, "show_info", infos.append)
    monkeypatch.setattr(exporter, "show_error", errors.append)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(exporter, "ask_save_path", lambda: target)
    exporter.action.trigger()
    assert errors == [] and len(infos) == 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] and len(data) > 10_000
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_export_failure_shows_error(qtbot, service, corpus, tmp_path, monkeypatch) -> None:
    exporter = PdfExporter(corpus, service)
    errors = []
    monkeypatch.setattr(exporter, "show_error", errors.append)
    assert exporter.export(tmp_path / "no-such-folder" / "x.pdf") is None
    assert len(errors) == 1


def test_japanese_copied_from_the_pdf_is_the_text_not_look_alike_radicals(qapp, corpus,
                                                                          tmp_path) -> None:
    """Each embedded font's ToUnicode map must name 日 as U+65E5, never the Kangxi radical
    ⽇ (U+2F47) that a full Noto CJK maps to the same glyph."""
    import re
    import zlib

    from viewer.ui.common.fonts import install_fonts
    from viewer.ui.text.pdf_export import build_html, write_pdf

    install_fonts()  # the bundled fonts, as the app registers them
    html, _numbered = build_html(corpus, ["ja"], [])
    path = tmp_path / "ja.pdf"
    write_pdf(html, path)
    data = path.read_bytes()
    maps = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            stream = zlib.decompress(m.group(1))
        except zlib.error:
            stream = m.group(1)
        if b"beginbfchar" in stream or b"beginbfrange" in stream:
            maps.append(stream.decode("latin-1").lower())
    text = "".join(maps)
    assert "<65e5>" in text  # 日 is in the declaration's Japanese text
    assert not re.search(r"<2f[0-9a-d][0-9a-f]>", text)  # no Kangxi radical U+2F00-2FDF
