"""The readings pane: the competing interpretations of the declaration. ``pane`` assembles
the list and the tabs; ``detail`` writes a reading, an island, an event or a source as
HTML; ``docs`` keeps those documents; ``matrix`` (readings × islands), ``timeline`` (events)
and ``sources`` (bibliography) are its tabs.

May import: ``viewer.ui.common``, ``viewer.corpus``. Talks to other panes only through the
Selection.
"""
