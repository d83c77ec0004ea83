"""A supplied paragraph as the note under the text shows it (issue 18): whose wording it is
(edition, page, remark, who and when), the shipped wording or the gap it stands in for, the
other supplies of the paragraph as variants, and the Edit… / Withdraw links (`dv:supply/`,
handled in linking.py, acted on by ui/annotations/supplied.py).

Builds escaped HTML only: every string from a store or a file goes through html.escape.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from viewer.corpus.citation import passage_label
from viewer.corpus.model import LANG_NAMES, Corpus, Paragraph, Passage


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuppliedView", text)


def SUPPLY_TITLE() -> str:  # noqa: N802 - a title, translated when asked for
    return _tr("Supplied wording")


def supply_tip(para: Paragraph) -> str:
    """The mark's tooltip: the supply's label, and what a click shows."""
    label = para.supplied.label if para.supplied is not None else ""
    return (f"<b>{html.escape(label[:1].upper() + label[1:], quote=False)}.</b> "
            + html.escape(_tr("Not verified by the editors. Click for the shipped wording, "
                              "the edition and page, and to edit or withdraw it.")))


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ") + " UTC" if stamp else ""


def _provenance(para: Paragraph) -> str:
    s = para.supplied
    if s is None:
        return ""
    rows = [(_tr("Edition"), s.edition)]
    if s.page:
        rows.append((_tr("Page"), s.page))
    if s.remark:
        rows.append((_tr("Remark"), s.remark))
    rows.append((_tr("Supplied by"), s.supplier))
    if s.created:
        rows.append((_tr("When"), _when(s.created)))
    return "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                   for k, v in rows)


def _actions(para: Paragraph) -> str:
    if para.supplied is None:
        return ""
    ident = html.escape(para.supplied.id)
    return (f'<p><a href="dv:supply/edit/{ident}">{html.escape(_tr("Edit…"))}</a> · '
            f'<a href="dv:supply/withdraw/{ident}">{html.escape(_tr("Withdraw"))}</a></p>')


def supply_html(corpus: Corpus, passage: Passage, para: Paragraph) -> str:
    """The note for a supplied paragraph (`para` as laid over the corpus)."""
    where = passage_label(passage.id, para.n if len(passage.paragraphs) > 1 else None)
    parts = [f"<p><b>{html.escape(LANG_NAMES[passage.lang])}, {html.escape(where)}</b> — "
             f"{html.escape(para.supplied.label if para.supplied else '')}</p>",
             _actions(para),  # first: the note's height may hide what comes last
             "<p><i>" + html.escape(_tr("A reader of this copy supplied this wording from an "
                                        "edition they hold. The editors have not checked "
                                        "it: it is never shown as verified.")) + "</i></p>",
             f"<table cellspacing='0' cellpadding='2'>{_provenance(para)}</table>"]
    shipped = para.alternatives[0] if para.alternatives else None
    parts.append(f"<p><b>{html.escape(_tr('As shipped'))}</b></p>")
    if shipped is None or not shipped.text:
        parts.append("<p><i>" + html.escape(_tr("A gap: this wording was not available to "
                                                 "the editors.")) + "</i></p>")
    else:
        from viewer.ui.text.render import STATUS_LABELS

        status = STATUS_LABELS.get(shipped.status, shipped.status)
        parts.append(f"<p>“{html.escape(shipped.text)}” <small>({html.escape(status)})"
                     "</small></p>")
    others = para.alternatives[1:]
    if others:
        parts.append(f"<p><b>{html.escape(_tr('Other supplies (variants)'))}</b></p>")
        for other in others:
            label = other.supplied.label if other.supplied else ""
            parts.append(f"<p>“{html.escape(other.text)}”<br><small>"
                         f"{html.escape(label)}</small></p>{_actions(other)}")
    return "".join(parts)
