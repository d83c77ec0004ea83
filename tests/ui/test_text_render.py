"""The HTML builder: escaping, overlapping links and highlights."""

from __future__ import annotations

from viewer.ui.text.render import ON_LIGHT_LINK, Span, _render_run


def test_overlaps_pick_the_innermost_link_and_first_background() -> None:
    spans = [Span(0, 9, "dv:note/outer"), Span(3, 6, "dv:annotation/u", "#8ce99a"),
             Span(3, 6, "dv:note/same-size")]
    out = _render_run("abcdefghi", spans)
    assert out.startswith('<a href="dv:note/outer"')
    # the user's annotation wins the tie with the note of the same length, and brings its colour
    assert f'<a href="dv:annotation/u" style="color:{ON_LIGHT_LINK};text-decoration:none;' \
           'background-color:#8ce99a;">def</a>' in out
    assert out.endswith('text-decoration:none;">ghi</a>')


def test_text_is_escaped_and_uncovered_text_plain() -> None:
    out = _render_run("<b>x</b>\nend", [Span(9, 12, background="#ffe680")])
    assert out.startswith("&lt;b&gt;x&lt;/b&gt;<br>")
    assert out.endswith('<span style="background-color:#ffe680;color:#1d1d1d;">end</span>')


def test_thousands_of_overlapping_highlights() -> None:
    text = "x" * 3000
    spans = [Span(i, i + 500, f"dv:annotation/{i}", "#ffe066") for i in range(0, 2500)]
    out = _render_run(text, spans)
    # Ties on length go to the earliest span: 0 links the first 500 characters (one
    # element: boundaries that change nothing are merged), then each next one character
    # (2,499 elements), then a plain "x"
    assert out.count("<a ") == 2500 and out.endswith("</a>x")
    assert '<a href="dv:annotation/0" ' in out and ">" + "x" * 500 + "</a>" in out
    assert "dv:annotation/2499" in out


def test_boundaries_that_change_nothing_make_no_new_element() -> None:
    text = "abcdefghij"
    # a long highlight with a note link inside it, and a second highlight of the same
    # colour under the first one: its ends change nothing that shows
    spans = [Span(0, 10, "dv:annotation/a", "#ffe066"), Span(3, 6, None, "#ffe066"),
             Span(4, 5, "dv:note/n")]
    out = _render_run(text, spans)
    assert out.count("<a ") == 3  # abcd | e (the note, innermost) | fghij
    assert ">abcd</a>" in out and ">fghij</a>" in out and 'href="dv:note/n"' in out


def test_missing_paragraph_is_shown_in_its_place(corpus) -> None:
    from viewer.ui.text.render import MISSING_TEXT, render_passage

    passage = corpus.passage("ru", "art-9")
    assert [p.status for p in passage.paragraphs][0] == "missing"
    out = render_passage(corpus, passage, [], MISSING_TEXT["ru"])
    assert out.index(MISSING_TEXT["ru"]) < out.index('name="ru-art-9.2"')


def test_document_styles_are_classes_of_one_sheet(corpus) -> None:
    from viewer.ui.text.render import Theme, render_document

    dark = Theme.dark("#99c1f1", "#c0bfbc")
    out = render_document(corpus, ["en"], {("en", "art-9"): [
        Span(0, 3, "dv:annotation/u", "#8ce99a"), Span(5, 9, "dv:annotation/v", "#8ce99a"),
        Span(12, 14, None, "#74c0fc")]}, dark)
    head = out[:out.index("</head>")]
    assert "a { color:#99c1f1; text-decoration:none; }" in head  # notes: the theme's links
    assert f".h0 {{ color:{ON_LIGHT_LINK}; background-color:#8ce99a; }}" in head  # one per colour
    assert ".s1 { color:#1d1d1d; background-color:#74c0fc; }" in head
    assert out.count('class="h0"') == 2 and 'href="dv:annotation/v" class="h0"' in out
    assert "text-decoration:none;background" not in out[len(head):]  # no inline styles


def test_a_missing_paragraph_is_named_in_its_text_s_language(corpus) -> None:
    from viewer.ui.text.render import MISSING_TEXT, PARA_LABEL, render_passage

    seen = set()
    for lang in ("en", "ru", "ja"):
        for passage in corpus.texts[lang].passages:
            present = {para.n for para, _s, _e in passage.paragraph_spans()}
            missing = [p for p in passage.paragraphs if p.n not in present]
            if not missing or len(passage.paragraphs) < 2:
                continue
            html_ = render_passage(corpus, passage, [], MISSING_TEXT[lang])
            assert PARA_LABEL[lang].format(missing[0].n) in html_
            if lang != "en":
                assert "para." not in html_
            seen.add(lang)
    assert "ru" in seen  # art. 9, para. 1 of the Russian text is not reproduced


def _cells(out: str, lang: str) -> list[str]:
    """The contents of the document's cells of one language."""
    parts = out.split(f'lang="{lang}">')[1:]
    return [p.split("</td>")[0] for p in parts]


def test_japanese_is_never_slanted(corpus) -> None:
    """A synthetic oblique of CJK is unreadable: the placeholder is set apart by brackets."""
    from viewer.ui.text.render import MISSING_TEXT, render_document

    out = render_document(corpus, ["en", "ru", "ja"])
    ja = "".join(_cells(out, "ja"))
    assert MISSING_TEXT["ja"] in ja  # the placeholder is there …
    assert "<i>" not in ja and "italic" not in ja  # … upright
    assert f"〔{MISSING_TEXT['ja']}" in ja
    assert "<i>" in "".join(_cells(out, "en"))  # Latin and Cyrillic placeholders stay italic


def test_variants_span_the_columns_and_no_row_is_blank(corpus) -> None:
    """A variant of one text sits under all the columns (no blank under the others), and a
    passage's anchor opens its first heading instead of a row of its own."""
    from viewer.ui.text.render import render_document

    out = render_document(corpus, ["en", "ru", "ja"])
    assert corpus.passage("en", "art-9").variants
    assert not any("Variant reading" in cell for cell in _cells(out, "en"))
    spanning = out.split('<tr><td colspan="3">')[1:]
    assert any("Variant reading of the English text" in row for row in spanning)
    assert '<a name="art-9"></a></td>' not in out
    assert '<h3 style="margin-top:6px;margin-bottom:2px;"><a name="art-9"></a>' in out
    one = render_document(corpus, ["en"])
    assert "Variant reading</b>" in one  # one column: whose text goes without saying


def test_status_marks_are_in_the_margin_with_a_legend(corpus) -> None:
    from viewer.ui.text.render import STATUS_LABELS, STATUS_MARKS, render_document

    out = render_document(corpus, ["en", "ru", "ja"])
    assert "[unverified" not in out
    legend = out.split("Marks in the margin:")[1].split("</p>")[0]
    for status in ("translation", "collated", "partial", "missing"):
        assert f"{STATUS_MARKS[status]}</b> {STATUS_LABELS[status]}" in legend
    assert 'href="dv:provenance/en/art-1/1"' in out
    assert "text-indent:-" in out  # the marked paragraph hangs its mark in the gutter
