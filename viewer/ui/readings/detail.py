"""Rich text for the readings pane's detail view: a reading, an island, an event, a source.

Every string from data is escaped; Markdown goes through markdown_view (raw HTML escaped).
"""

from __future__ import annotations

from html import escape

from viewer.corpus.model import CLAIM_KEYS, Corpus, Event, Interpretation, Source
from viewer.corpus.names import place_name
from viewer.translations import interface_passage, para_label, party_name, translate
from viewer.ui.common.cite import (
    WEAK_WITNESS_LABEL,
    plain_citation,
    short_citation,
    status_label,
    status_meaning,
    verification_label,
)
from viewer.ui.common.claims import CLAIM_COLOURS, CLAIM_TEXT_COLOUR, claim_meaning, claim_word
from viewer.ui.common.markdown_view import markdown_to_html

# Okabe-Ito hues, darkened to at least 4.5:1 against white (WCAG AA) since they colour text.
STATUS_COLOURS = {"verified": "#007A5A", "partial": "#8F5F00", "not-seen": "#B84A00",
                  "unverified": "#B84A00"}


def claim_badge(claim: str) -> str:
    colour = CLAIM_COLOURS.get(claim, "#D9D9D9")
    return (f'<span style="background-color:{colour}; color:{CLAIM_TEXT_COLOUR};">'
            f"&nbsp;{escape(claim_word(claim))}&nbsp;</span>")


def status_badge(status: str) -> str:
    """Verification status as a word (colour only as an extra cue)."""
    colour = STATUS_COLOURS.get(status, STATUS_COLOURS["unverified"])
    return f'<span style="color:{colour};">[{escape(verification_label(status))}]</span>'


def source_badge(source: Source, *, reason: bool = False) -> str:
    """A source's status word, then "[weak witness]" if it is one (with why, if `reason`)."""
    badge = status_badge(source.verification)
    if source.is_weak:
        why = f": {escape(source.weak)}" if reason else ""
        badge += (f' <span style="color:{STATUS_COLOURS["unverified"]};" '
                  f'title="{escape(source.weak)}">'
                  f"[{escape(translate('status', WEAK_WITNESS_LABEL))}{why}]</span>")
    return badge


def cite_labeller(corpus: Corpus):  # noqa: ANN201 - a markdown_view.CiteLabel
    """Names `[@id, locator]` citations 'Author Year, locator' from the bibliography."""
    return lambda sid, loc: short_citation(corpus.sources.get(sid), loc, fallback_id=sid)


def passage_label(corpus: Corpus, ref: str) -> str:
    pid, _, para = ref.partition(".")
    passage = interface_passage(corpus, pid)
    return para_label(passage.label if passage else pid, para)


def _source_line(corpus: Corpus, sid: str, locator: str | None = None) -> str:
    source = corpus.sources.get(sid)
    cite = escape(short_citation(source, locator, fallback_id=sid))
    if source is None:
        return (f"<li>{cite} <i>"
                + escape(translate("detail", "(not in the bibliography)")) + "</i></li>")
    return (f'<li><a href="dv:source/{escape(sid)}">{cite}</a>: {escape(source.title)} '
            f"{source_badge(source)}</li>")


def reading_html(corpus: Corpus, it: Interpretation, naming: str,
                 focus: str | None = None) -> str:
    party = corpus.parties.get(it.party)
    out = [f"<h3>{escape(it.title)}</h3>",
           f"<p><b>{escape(party_name(party) if party else it.party)}</b> · "
           f"{escape(it.proponent)} · {escape(it.date)}</p>",
           f"<p>{escape(it.summary)}</p>"]
    links = ", ".join(f'<a href="dv:passage/{escape(p)}">{escape(passage_label(corpus, p))}</a>'
                      for p in it.passages)
    out.append("<p><b>" + escape(translate("detail", "Reads:")) + f"</b> {links}</p>")
    rows = []
    for key in CLAIM_KEYS:
        place = corpus.places.get(key)
        name = place_name(place, naming) if place else key
        claim = it.claims.get(key, "undetermined")
        note = it.claim_notes.get(key, "")
        mark = "▶ " if key == focus else ""
        weight = "font-weight:bold; " if key == focus else ""
        rows.append(
            f'<tr><td style="{weight}padding:2px;">{mark}'
            f'<a href="dv:place/{escape(key)}">{escape(name)}</a></td>'
            f'<td style="padding:2px;" title="{escape(claim_meaning(claim))}">'
            f"{claim_badge(claim)}</td>"
            f'<td style="{weight}padding:2px;">{escape(note)}</td></tr>')
    out.append("<h4>" + escape(translate("detail", "Claim per island"))
               + "</h4><table cellspacing='0'>" + "".join(rows) + "</table>")
    out.append("<h4>" + escape(translate("detail", "Argument")) + "</h4>"
               + markdown_to_html(it.argument, cite_labeller(corpus)))
    quotes = [q for q in it.quotes if q.verified]
    if quotes:
        out.append("<h4>" + escape(translate("detail", "Quotations (checked verbatim)"))
                   + "</h4>")
        for q in quotes:
            cite = escape(short_citation(corpus.sources.get(q.source), fallback_id=q.source))
            out.append(
                f'<blockquote lang="{escape(q.lang)}">“{escape(q.text)}”<br>'
                f'— <a href="dv:source/{escape(q.source)}">{cite}</a> '
                f"<small>[{escape(q.lang)}] "
                + escape(translate("detail", "Checked: {where}").format(where=q.provenance))
                + "</small></blockquote>")
    out.append("<h4>" + escape(translate("detail", "Sources")) + "</h4><ul>"
               + "".join(_source_line(corpus, s.id, s.locator) for s in it.sources) + "</ul>")
    events = [corpus.events[e] for e in it.events if e in corpus.events]
    if events:
        unverified = escape(status_label("unverified"))
        out.append("<h4>" + escape(translate("detail", "Events")) + "</h4><ul>" + "".join(
            f'<li><a href="dv:event/{escape(e.id)}">{escape(e.date)} {escape(e.title)}</a>'
            + ("" if e.verified else f" <i>[{unverified}]</i>") + "</li>"
            for e in sorted(events, key=lambda e: e.date)) + "</ul>")
    return "".join(out)


def event_html(corpus: Corpus, ev: Event, naming: str) -> str:
    if ev.verified and ev.date_source:
        seen = short_citation(corpus.sources.get(ev.date_source), fallback_id=ev.date_source)
        link = f'<a href="dv:source/{escape(ev.date_source)}">{escape(seen)}</a>'
        flag = (" <small>" + escape(translate("detail", "(date as given in {source})")).format(
            source=link) + "</small>")
    else:
        meaning = status_meaning(ev.status, "event") or status_meaning("unverified", "event")
        flag = f" <i>[{escape(status_label(ev.status))}: {escape(meaning)}]</i>"
    out = [f"<h3>{escape(ev.title)}</h3><p><b>{escape(ev.date)}</b>{flag}</p>",
           f"<p>{escape(ev.summary)}</p>"]
    places = [corpus.places[p] for p in ev.places if p in corpus.places]
    if places:
        out.append("<p><b>" + escape(translate("detail", "Places:")) + "</b> " + ", ".join(
            f'<a href="dv:place/{escape(p.id)}">{escape(place_name(p, naming))}</a>'
            for p in places) + "</p>")
    readings = [corpus.interpretations[i] for i in ev.interpretations
                if i in corpus.interpretations]
    if readings:
        out.append("<h4>" + escape(translate("detail", "Readings")) + "</h4><ul>" + "".join(
            f'<li><a href="dv:interp/{escape(r.id)}">{escape(r.title)}</a> '
            f"({escape(r.date)})</li>" for r in readings) + "</ul>")
    if ev.sources:
        out.append("<h4>" + escape(translate("detail", "Sources")) + "</h4><ul>"
                   + "".join(_source_line(corpus, s) for s in ev.sources) + "</ul>")
    return "".join(out)


def source_html(corpus: Corpus, source: Source) -> str:
    url = str(source.csl.get("URL") or "")
    out = [f"<h3>{escape(source.title)}</h3>",
           f"<p>{escape(plain_citation(source.csl))}</p>",
           "<p><b>" + escape(translate("detail", "Status:"))
           + f"</b> {source_badge(source, reason=True)}</p>",
           f"<p><small>{escape(status_meaning(source.verification, 'source'))}</small></p>",
           "<p><b>" + escape(translate("detail", "Checked:"))
           + f"</b> {escape(source.checked)}</p>"]
    if url:
        out.append(f'<p><b>URL:</b> <a href="{escape(url)}">{escape(url)}</a> '
                   "<small>" + escape(translate("detail", "(not opened from here)"))
                   + "</small></p>")
    cited_by = [it for it in corpus.interpretations.values()
                if any(s.id == source.id for s in it.sources)]
    if cited_by:
        out.append("<h4>" + escape(translate("detail", "Cited by")) + "</h4><ul>" + "".join(
            f'<li><a href="dv:interp/{escape(it.id)}">{escape(it.title)}</a></li>'
            for it in sorted(cited_by, key=lambda i: i.date)) + "</ul>")
    return "".join(out)


def island_html(corpus: Corpus, key: str, naming: str, ids: set[str] | None = None) -> str:
    """What each reading says about one island group, by date (claim word, colour, note)."""
    place = corpus.places.get(key)
    name = place_name(place, naming) if place else key
    rows = []
    for it in sorted(corpus.interpretations.values(), key=lambda i: (i.date, i.id)):
        if ids is not None and it.id not in ids:
            continue
        claim = it.claims.get(key, "undetermined")
        rows.append(
            f'<tr><td style="padding:2px;">{escape(it.date)}</td>'
            f'<td style="padding:2px;"><a href="dv:interp/{escape(it.id)}@{escape(key)}">'
            f"{escape(it.title)}</a><br>{claim_badge(claim)} "
            f"{escape(it.claim_notes.get(key, ''))}</td></tr>")
    heading = translate("detail", "What the readings say about {name}").format(name=name)
    none = translate("detail", "No reading says something specific about it.")
    return ("<h3>" + escape(heading) + "</h3>"
            + ("<table cellspacing='0'>" + "".join(rows) + "</table>" if rows
               else "<p><i>" + escape(none) + "</i></p>"))
