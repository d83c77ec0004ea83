"""DESIGN.md's layering: corpus/ and annotations/ never import Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import viewer.annotations
import viewer.corpus

REPO = Path(__file__).resolve().parents[1]


def _modules(package) -> list[str]:  # noqa: ANN001
    return [package.__name__] + [f"{package.__name__}.{m.name}"
                                 for m in pkgutil.iter_modules(package.__path__)]


def test_model_layers_import_no_qt() -> None:
    modules = _modules(viewer.corpus) + _modules(viewer.annotations) + ["viewer.cli"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            + "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
