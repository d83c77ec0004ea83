"""The text pane: the declaration in English, Russian and Japanese columns with linked
notes. ``pane`` only assembles the parts, each with one job:

- ``render``      passages to rich text (statuses, gaps, variants, highlights); no Qt.
- ``hyphens``     where Russian and English words may break (soft hyphens, drawn only) and
                  how drawn positions map to the text's; no Qt.
- ``columns``     the browser showing the columns, and where each paragraph and link is in it.
- ``position``    the reading position: kept on the selection's passage across re-wraps.
- ``highlights``  the reader's highlights and the selection's marks laid over the text.
- ``find``        find in text (Ctrl+F): the bar, matches, next and previous.
- ``languages``   the language toggles (which columns show).
- ``toolbar``     the toolbar and the pane's menu actions with their keys.
- ``annotating``  annotate, edit and delete from the text.
- ``linking``     what a click or a hover on a link in the text does.
- ``passages``    citations and links of a passage; the context menu.
- ``banner``      the line above the text about the selected place.
- ``note_view``   the note under the text; ``about`` is Help > About this text and each
                  status's provenance; ``pdf_export`` writes the text with highlights and
                  endnotes, ``tei_export`` the TEI file, both as File-menu exports
                  (``export_action``).

May import: ``viewer.ui.common``, ``viewer.corpus``, ``viewer.annotations`` (read-only
models). Talks to other panes only through the Selection.
"""
