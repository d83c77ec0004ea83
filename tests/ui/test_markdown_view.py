"""Markdown from notes and readings becomes safe rich text."""

from __future__ import annotations

from viewer.ui.common.markdown_view import markdown_to_html


def test_raw_html_is_escaped() -> None:
    out = markdown_to_html('<script>alert(1)</script> <img src=x onerror="y"> <b>b</b>')
    assert "<script>" not in out and "<img" not in out and "<b>b</b>" not in out
    assert "&lt;script&gt;" in out and "&lt;b&gt;" in out


def test_links_keep_only_safe_schemes() -> None:
    out = markdown_to_html("[a](dv:place/shikotan) [b](https://example.org/x) "
                           "[c](javascript:alert(1)) [d](file:///etc/passwd) [e](data:text/html,x)")
    assert '<a href="dv:place/shikotan">a</a>' in out
    assert '<a href="https://example.org/x">b</a>' in out
    for bad in ("javascript", "file:", "data:"):
        assert f'href="{bad}' not in out
    assert " c " in out and " d " in out


def test_citations_and_markup() -> None:
    out = markdown_to_html("See **this** and *that* [@hara-1995, p. 3].\n\n- one\n- two\n\n> q",
                           cite_label=lambda sid, loc: f"{sid.upper()} {loc}")
    assert "<b>this</b>" in out and "<i>that</i>" in out
    assert '(<a href="dv:source/hara-1995">HARA-1995 p. 3</a>)' in out
    assert "<ul><li>one</li><li>two</li></ul>" in out
    assert "<blockquote>q</blockquote>" in out


def test_attribute_injection_through_link_label_is_escaped() -> None:
    out = markdown_to_html('[x" onmouseover="evil](dv:note/a)')
    assert 'onmouseover="evil"' not in out


def test_plain_tip_shows_data_as_written() -> None:
    from viewer.ui.common.markdown_view import plain_tip

    tip = plain_tip("<i>Title</i> & co\nline two")
    assert tip == "<p>&lt;i&gt;Title&lt;/i&gt; &amp; co<br>line two</p>"


def test_markdown_to_plain_keeps_the_words() -> None:
    from viewer.ui.common.markdown_view import markdown_to_plain

    text = "See the [map](dv:place/shikotan) and **bold** *words* [@hara-1995, p. 3]."
    assert markdown_to_plain(text) == "See the map and bold words."


def test_a_heading_line_needs_no_blank_line_around_it() -> None:
    from viewer.ui.common.markdown_view import markdown_to_html

    assert markdown_to_html("# Head\ntext") == "<h3>Head</h3><p>text</p>"
    assert markdown_to_html("text\n## Head\nmore") == "<p>text</p><h4>Head</h4><p>more</p>"
    assert markdown_to_html("#hashtag\n#1 line") == "<p>#hashtag #1 line</p>"  # no space
