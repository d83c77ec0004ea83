"""The error for invalid content (its own module: start-up reads a cached corpus and then
needs the error class without the loader)."""

from __future__ import annotations

from pathlib import Path


class CorpusError(ValueError):
    """Invalid content: `file`, `entry` and `problem` say exactly where and what."""

    def __init__(self, file: Path | str, entry: str, problem: str) -> None:
        self.file, self.entry, self.problem = str(file), entry, problem
        where = f"{self.file}: {entry}: " if entry else f"{self.file}: "
        super().__init__(where + problem)
