"""The readings pane: the competing interpretations of the declaration.

``pane`` only assembles the parts and routes the Selection to them: ``filter_bar`` (what
narrows the list, and why an unnamed island matters), ``tabs`` (the four views, the matrix,
timeline and sources built when first needed), ``reading_list`` (the Readings tab),
``detail_view`` (the detail under the tabs). ``detail`` writes a reading, an island, an event
or a source as HTML; ``docs`` keeps those documents; ``matrix`` (readings × islands),
``timeline`` (events) and ``sources`` (bibliography) are the other tabs' views.

May import: ``viewer.ui.common``, ``viewer.corpus``. Talks to other panes only through the
Selection.
"""
