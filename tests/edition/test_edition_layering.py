"""viewer.edition is plain Python like corpus/: the Markdown and TEI writers and the command
line load no Qt (only the PDF path does, when asked for)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_edition_imports_no_qt() -> None:
    code = ("import sys\n"
            "import viewer.edition.walk, viewer.edition.status, viewer.edition.markdown\n"
            "import viewer.edition.tei, viewer.edition.common, viewer.edition_cli\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
