"""The text pane: the declaration in English, Russian and Japanese columns with linked
notes. ``pane`` assembles the parts; ``render`` turns passages into rich text (statuses,
gaps, variants, highlights); ``note_view`` shows the note under the text; ``about`` is
Help > About this text; ``pdf_export`` writes the text with highlights and endnotes.

May import: ``viewer.ui.common``, ``viewer.corpus``, ``viewer.annotations`` (read-only
models). Talks to other panes only through the Selection.
"""
