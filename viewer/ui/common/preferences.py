"""Reader preferences shared by the panes (naming convention, zoom), kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from viewer.corpus.names import NAMING_MODES


class Preferences(QObject):
    naming_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        mode = str(settings.value("view/naming", "both"))
        self._naming = mode if mode in NAMING_MODES else "both"

    @property
    def naming(self) -> str:
        return self._naming

    def set_naming(self, mode: str) -> None:
        if mode not in NAMING_MODES or mode == self._naming:
            return
        self._naming = mode
        self.settings.setValue("view/naming", mode)
        self.naming_changed.emit(mode)

    def value(self, key: str, default: object) -> object:
        """A grouped setting ('text/zoom'), converted to the default's type."""
        raw = self.settings.value(key, default)
        try:
            return type(default)(raw) if default is not None else raw
        except (TypeError, ValueError):
            return default

    def set_value(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)
