"""Rich text for the detail when no single reading, event or source is selected: who holds
what, island by island, over a set of readings — built from the readings' data only (party,
year, claim word), so it says nothing the data does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from viewer.corpus.model import CLAIM_KEYS, Corpus, Interpretation
from viewer.corpus.names import place_name
from viewer.translations import interface_passage, party_name, translate
from viewer.ui.common.claims import CLAIM_COLOURS, CLAIM_MEANINGS, claim_meaning, claim_word
from viewer.ui.readings.detail import claim_badge


def common_article(corpus: Corpus, readings: Iterable[Interpretation]) -> str | None:
    """'Article 9' when every one of the readings reads that article (and only one is)."""
    sets = [{p.partition(".")[0] for p in it.passages} for it in readings]
    common = set.intersection(*sets) if sets else set()
    if len(common) != 1:
        return None
    passage = interface_passage(corpus, common.pop())
    return passage.label if passage else None


def _by_party(corpus: Corpus, readings: list[Interpretation]) -> str:
    """'Soviet Union 1956, 1960 · Japan 1956': each year a link to that reading."""
    order = list(corpus.parties) + sorted({i.party for i in readings} - set(corpus.parties))
    groups = []
    for party_id in order:
        mine = [it for it in readings if it.party == party_id]
        if not mine:
            continue
        party = corpus.parties.get(party_id)
        years = ", ".join(f'<a href="dv:interp/{escape(it.id)}">{escape(it.date[:4])}</a>'
                          for it in mine)
        groups.append(f"{escape(party_name(party) if party else party_id)} {years}")
    return " · ".join(groups)


def holders_html(corpus: Corpus, readings: Iterable[Interpretation], naming: str,
                 keys: Iterable[str] = CLAIM_KEYS) -> str:
    """Island by island, each claim word with the parties (and years) whose readings make it."""
    readings = sorted(readings, key=lambda i: (i.date, i.id))
    out = []
    for key in keys:
        place = corpus.places.get(key)
        out.append(f'<h4><a href="dv:place/{escape(key)}">'
                   f"{escape(place_name(place, naming) if place else key)}</a></h4>")
        for claim in CLAIM_COLOURS:
            holding = [it for it in readings if it.claims.get(key, "undetermined") == claim]
            if holding:
                out.append(f"<p>{claim_badge(claim)} {_by_party(corpus, holding)}</p>")
    return "".join(out)


def legend_html() -> str:
    return ("<p><small>" + " · ".join(
        f"<b>{escape(claim_word(claim))}</b>: {escape(claim_meaning(claim))}"
        for claim in CLAIM_MEANINGS)
        + "</small></p>")


def overview_html(corpus: Corpus, naming: str, ids: set[str] | None = None,
                  title: str | None = None, notice: str | None = None,
                  keys: Iterable[str] = CLAIM_KEYS) -> str:
    """Who holds what on the islands `keys` over the readings `ids` (None: all of them).
    `notice`, escaped, first: why the detail shows this and not the selection itself."""
    readings = [it for it in corpus.interpretations.values() if ids is None or it.id in ids]
    head = f"<p><i>{escape(notice)}</i></p>" if notice else ""
    if title is None:
        article = common_article(corpus, readings)
        title = (translate("overview", "Who holds what on {article}").format(article=article)
                 if article else translate("overview", "Who holds what"))
    count = len(readings)
    # One sentence for one reading, one for several (their words differ in every language).
    what = (translate("overview", "The claim the one reading makes for each island group, by "
                      "party and year (a year opens that reading).") if count == 1 else
            translate("overview", "The claim each of the {count} readings makes for each island "
                      "group, by party and year (a year opens that reading).").format(count=count))
    return (head + f"<h3>{escape(title)}</h3><p>" + escape(what) + "</p>"
            + holders_html(corpus, readings, naming, keys) + legend_html())
