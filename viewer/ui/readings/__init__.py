"""The readings pane: the competing interpretations of the declaration.

``pane`` only assembles the parts and routes the Selection to them: ``filter_bar`` (the line
saying what the selection concerns, Only these, and why an unnamed island matters), ``tabs``
(the four views; the matrix, timeline and sources built when first needed), ``reading_list``
(the List tab, the concerned readings marked), ``detail_view`` (the detail: always the current
selection). ``detail`` writes a reading, an island, an event or a source as HTML;
``overview`` writes who holds what (nothing selected, a passage, a note); ``docs`` keeps those
documents; ``matrix`` (readings × islands), ``timeline`` (events) and ``sources``
(bibliography) are the other tabs' views.

May import: ``viewer.ui.common``, ``viewer.corpus``, ``viewer.shorten``. Talks to other panes
only through the Selection.
"""
