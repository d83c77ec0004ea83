"""The one status vocabulary in the UI (issue 17 item 3), read through the widgets' text:
the Sources tab and a source's detail, Help > About this text, and the timeline's flags.

The shipped data is used, with the entries picked by their fields (not by id), so the tests
follow the data as it is corrected."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QSettings, Qt

from viewer.corpus.refs import Ref
from viewer.corpus.status import VOCABULARY, WEAK_WITNESS, Status, explain
from viewer.ui.common.cite import short_citation
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.readings.pane import InterpretationsPane
from viewer.ui.text import about
from viewer.ui.text.pane import TextPane

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


@pytest.fixture
def readings(qtbot, corpus, tmp_path) -> InterpretationsPane:
    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    pane = InterpretationsPane(corpus, Selection(), prefs)
    qtbot.addWidget(pane)
    pane.resize(480, 800)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _first(corpus, test):  # noqa: ANN001, ANN202
    found = sorted((s for s in corpus.sources.values() if test(s)), key=lambda s: s.id)
    assert found, "the shipped data should have such a source"
    return found[0]


def test_a_source_cited_but_not_seen_says_so(readings, corpus) -> None:
    src = _first(corpus, lambda s: s.verification == Status.NOT_SEEN and not s.is_weak)
    readings.selection.set(Ref("source", src.id))
    item = readings.sources.items[src.id]
    assert item.text(1) == "cited, not seen"
    assert "not seen" in item.toolTip(1) and "not seen" in item.data(1, ACCESSIBLE)
    detail = readings.detail.toPlainText()
    assert "[cited, not seen]" in detail and "[unverified]" not in detail


def test_verified_is_said_only_of_verified_sources(readings, corpus) -> None:
    for src in corpus.sources.values():
        shown = readings.sources.items[src.id].text(1)
        assert shown.startswith("verified") == (src.verification == Status.VERIFIED), src.id
        assert "unverified" not in shown, src.id
    plain = _first(corpus, lambda s: s.verification == Status.VERIFIED and not s.is_weak)
    assert readings.sources.items[plain.id].text(1) == "verified"


def test_a_weak_witness_is_named_weak_with_its_reason(readings, corpus) -> None:
    weak = [s for s in corpus.sources.values() if s.is_weak]
    assert weak
    for src in weak:
        item = readings.sources.items[src.id]
        assert "weak witness" in item.text(1), src.id  # visible in the list
        assert src.weak in item.data(1, ACCESSIBLE) and src.weak in item.data(0, ACCESSIBLE)
        # the tooltip is escaped rich text: compare its words, not its markup
        assert src.weak.split()[-1] in item.toolTip(1)
    src = weak[0]
    readings.selection.set(Ref("source", src.id))
    assert readings.sources.current_id() == src.id
    assert src.weak in readings.detail.toPlainText()  # on screen, under the list
    for src in corpus.sources.values():
        if not src.is_weak:
            assert "weak" not in readings.sources.items[src.id].text(1), src.id


@pytest.fixture
def about_text(qtbot, corpus, prefs) -> str:
    pane = TextPane(corpus, Selection(), prefs)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.text_actions.about_text_action.trigger()
    assert pane.note_view.isVisible()
    return pane.note_view.browser.toPlainText()


def test_about_this_text_explains_every_word_for_each_kind_with_counts(about_text,
                                                                       corpus) -> None:
    counts = corpus.status_counts()
    for kind in ("text", "source", "event"):
        for term in VOCABULARY:
            meaning = term.meaning(kind)
            if meaning:
                n = counts[kind].get(term.status, 0)
                word = "cited, not seen" if term.status == Status.NOT_SEEN else term.label
                assert f"{word} ({n}): {meaning}" in about_text, (kind, term.status)
    assert "Sources (the bibliography)" in about_text and "Events (the timeline)" in about_text


def test_about_this_text_lists_the_weak_witnesses_with_their_reasons(about_text,
                                                                     corpus) -> None:
    weak = [s for s in corpus.sources.values() if s.is_weak]
    assert f"Weak witnesses ({len(weak)})" in about_text
    assert WEAK_WITNESS in about_text
    for src in weak:
        assert f"{short_citation(src)} (" in about_text
        assert src.weak in about_text


def test_about_has_no_copy_of_the_vocabulary() -> None:
    """The meanings are said once, in viewer.corpus.status; about.py only reads them."""
    code = inspect.getsource(about)
    for term in VOCABULARY:
        for meaning in (term.text, term.source, term.event):
            if meaning:
                assert meaning[:30] not in code, meaning
    assert WEAK_WITNESS[:30] not in code
    assert not hasattr(about, "STATUS_EXPLAINED")


def test_provenance_uses_the_vocabulary(corpus) -> None:
    passage = next(p for p in corpus.texts["en"].passages
                   if any(q.status == Status.TRANSLATION for q in p.paragraphs))
    para = next(q for q in passage.paragraphs if q.status == Status.TRANSLATION)
    text = about.provenance_html(corpus, passage, para)
    term = next(t for t in VOCABULARY if t.status == Status.TRANSLATION)
    assert f"{term.label}: {term.text}" in text


def test_timeline_flags_exactly_the_unverified_events(readings, corpus) -> None:
    tl = readings.timeline
    unverified = [e for e in corpus.events.values() if e.status != Status.VERIFIED]
    assert unverified and len(unverified) < len(corpus.events)
    for ev in corpus.events.values():
        item = tl.items[ev.id]
        flagged = "unverified" in item.text(1)
        assert flagged == (ev.status == Status.UNVERIFIED), ev.id
        if ev.verified:  # a verified event names the seen source that gives its date
            assert ev.date_source
            seen = short_citation(corpus.sources[ev.date_source])
            assert f"Date as given in {seen}" in item.data(1, ACCESSIBLE), ev.id
        else:
            assert explain(Status.UNVERIFIED, "event") in item.data(1, ACCESSIBLE)
    ev = unverified[0]
    readings.selection.set(Ref("event", ev.id))
    assert f"[unverified: {explain(Status.UNVERIFIED, 'event')}" in readings.detail.toPlainText()
    ok = next(e for e in corpus.events.values() if e.verified)
    readings.selection.set(Ref("event", ok.id))
    detail = readings.detail.toPlainText()
    assert "unverified" not in detail.split("\n", 2)[1]  # the date line: no flag
    assert "date as given in" in detail
