"""Help > About Declaration Viewer: the program, its licences and its data's origins.

May import: the ``viewer`` package's version and ``viewer.translations``.
"""

from __future__ import annotations

from viewer import __version__
from viewer.translations import translate


def about_html() -> str:
    """The About box's text (our own words; the names and licences of what is bundled)."""
    return (
        f"<h3>Declaration Viewer {__version__}</h3>"
        + translate("about_app", "<p>An offline reader for the Joint Declaration of the Union "
                    "of Soviet Socialist Republics and Japan, signed at Moscow on 19 October "
                    "1956.</p>")
        + translate("about_app", "<p><b>Code</b>: MIT licence. Built with Qt for Python "
                    "(PySide6, LGPL-3.0) and sqlite-utils (Apache-2.0).</p>")
        + translate("about_app", "<p><b>Texts</b>: the official texts are public documents, "
                    "reproduced verbatim from the editions named in <i>About this text</i>; "
                    "wording we could not check is marked as unverified. Notes, readings and "
                    "summaries are our own words (CC BY 4.0) with citations.</p>")
        + translate("about_app", "<p><b>Coastlines</b>: GSHHG 2.3.6 (Wessel &amp; Smith), "
                    "LGPL-3.0-or-later; clipped and simplified.")
        # the reference stays as published
        + " Wessel, P., and W. H. F. Smith (1996), A global, self-consistent, hierarchical, "
        "high-resolution shoreline database, J. Geophys. Res., 101(B4), 8741–8743.</p>"
        + translate("about_app", "<p><b>Font</b>: the bundled Japanese/Russian glyphs are a "
                    "subset of Noto Sans CJK (© 2014-2021 Adobe), SIL Open Font License 1.1, "
                    "renamed “DV Sans CJK JP Subset” as that licence requires.</p>")
        + translate("about_app", "<p>The app takes no side in the territorial dispute: places "
                    "are named in both Japanese and Russian forms, and each party's reading is "
                    "stated in its own terms.</p>")
    )
