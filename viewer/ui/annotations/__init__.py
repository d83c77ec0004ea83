"""The user's annotations in the window: ``service`` wraps the store with undo and change
signals; ``panel`` lists and filters them (its table
model, paged from the store, is ``list_model``); ``editor`` makes and edits one; ``exchange`` is
File > Import/Export; ``search_panel`` searches text, notes, readings and annotations;
``reanchor`` checks annotations against revised text in the background.

May import: ``viewer.ui.common``, ``viewer.ui.text.render`` (for the editor's preview),
``viewer.corpus``, ``viewer.annotations`` (the Qt-free store). Never SQL.
"""
