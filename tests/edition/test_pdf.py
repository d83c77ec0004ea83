"""The PDF (File > Export PDF and `edition export --format pdf`, one code path) shows every
gap, status mark and variant. Checked in the HTML the PDF is printed from and, where poppler's
pdftotext is installed, in the text of the PDF itself."""

from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest
from expected import expected_gaps, expected_marks

from viewer.ui.text.pdf_export import build_html, write_pdf


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
def test_html_has_every_gap_and_mark(corpus, lang) -> None:
    page, _ = build_html(corpus, [lang], [], today="2026-12-04")
    for gap in expected_gaps(corpus, lang):
        assert f"<i>{html.escape(gap, quote=False)}</i>" in page
    pos = 0
    for mark in expected_marks(corpus, lang):
        pos = page.index(html.escape(mark, quote=False), pos) + 1


def test_the_losses_issue_17_names_are_back(corpus) -> None:
    page, _ = build_html(corpus, ["en", "ru", "ja"], [])
    art10 = page[page.index("<h2>Article 10</h2>"):page.index("<h2>Closing formula</h2>")]
    assert "<h3>Русский</h3>" in art10 and "Russian text not available: art. 10" in art10
    signatures = page[page.index("<h2>Signatures</h2>"):]
    assert "English text not available: signatures, para. 2" in signatures
    assert "Russian text not available: signatures, para. 1" in signatures
    art9 = page[page.index("<h2>Article 9</h2>"):page.index("<h2>Article 10</h2>")]
    ru = art9[art9.index("<h3>Русский</h3>"):art9.index("<h3>日本語</h3>")]
    assert ru.index("Russian text not available: art. 9, para. 1") < ru.index("передачу")
    assert "<b>Variant reading</b> — New York Times" in art9
    first = html.escape(corpus.passage("en", "art-9").paragraphs[0].text, quote=False)
    assert f"<i>{first}</i>" in art9  # editorial translation in italics


def test_the_printed_pdf_says_it_too(qapp, corpus, tmp_path) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("poppler's pdftotext is not installed: the HTML tests above stand in")
    from viewer.ui.common.fonts import install_fonts

    install_fonts()
    page, _ = build_html(corpus, ["en", "ru"], [])
    path = tmp_path / "edition.pdf"
    write_pdf(page, path)
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    for gap in expected_gaps(corpus, "en") + expected_gaps(corpus, "ru"):
        assert gap in flat
    assert "[unverified: editorial translation from the French]" in flat
    assert "[unverified: fragment]" in flat and "Variant reading" in flat
