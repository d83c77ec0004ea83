"""One place that decides what a clicked link does (DESIGN.md, Safety).

The app's own `dv:` links set the Selection; http(s) opens in the system browser only after
the user confirms; every other scheme (file, javascript, data, ...) is refused and logged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from viewer.corpus.model import Corpus
from viewer.corpus.refs import Ref, UnknownRef, parse_ref
from viewer.ui.common import dialogs
from viewer.ui.common.selection import Selection

log = logging.getLogger("viewer.links")


def confirm_external(parent: QWidget | None, url: str) -> bool:
    """Ask before leaving the app. Replaced in tests."""
    return dialogs.ask(parent, QCoreApplication.translate("links", "Open in your browser?"),
                       QCoreApplication.translate(
                           "links", "This link leads outside the app:\n\n{url}\n\nOpen it in "
                           "your web browser?").format(url=url),
                       "Open", "Cancel")


def app_ref(corpus: Corpus, url: str) -> Ref | None:
    """The Ref a `dv:` link names, or None."""
    if not url.startswith("dv:"):
        return None
    try:
        return parse_ref(corpus, url)
    except UnknownRef:
        log.warning("link to nothing: %s", url)
        return None


def handle_link(url: QUrl | str, corpus: Corpus, selection: Selection,
                parent: QWidget | None = None) -> str:
    """Act on a clicked link; returns what happened: 'selected', 'opened', 'cancelled',
    'refused' or 'ignored' (an app link this function leaves to its caller)."""
    text = url.toString() if isinstance(url, QUrl) else str(url)
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme == "dv":
        ref = app_ref(corpus, text)
        if ref is None:
            return "ignored"
        selection.set(ref)
        return "selected"
    if scheme in ("http", "https"):
        if confirm_external(parent, text):
            QDesktopServices.openUrl(QUrl(text))
            log.info("opened external link %s", text)
            return "opened"
        return "cancelled"
    log.warning("refused a link with scheme '%s': %s", scheme, text[:200])
    return "refused"
