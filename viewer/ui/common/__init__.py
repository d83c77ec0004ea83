"""What the panes share: the one Selection (``selection``), in-app and external links
(``links``), message dialogs (``dialogs``), fonts, grouped settings (``preferences``),
sanitised Markdown (``markdown_view``), keys a focused field keeps (``field_keys``),
word-wrapped list rows (``wrapping_rows``), citations and status words (``cite``), and the
per-island claim vocabulary and colours (``claims``), keys shown once and
Help > Keyboard reference (``shortcuts``), Help > About's text (``about_app``),
a selection in words for the status bar (``describe``), the parts a window builds after its
first paint (``later``), and the interface language with its Qt translators (``i18n``).

May import: PySide6, ``viewer.corpus``, ``viewer`` helpers. Never a pane package.
"""
