"""The reference for start-up budgets: a bare PySide6 window, shown and grabbed offscreen.

It does what `declaration-viewer --screenshot OUT --size WxH` does around the app's own work:
import PySide6, create the QApplication, show a QMainWindow of the same size, let events
settle (3 x processEvents, 50 ms), grab it and save the PNG.

    python benchmarks/bare_window.py OUT.png [--size 1600x900]
"""

from __future__ import annotations

import argparse
import os
import sys


def out_and_size(argv: list[str] | None, doc: str) -> tuple[str, tuple[int, int]]:
    """OUT and --size WxH from the command line (offscreen unless told otherwise)."""
    p = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    p.add_argument("out")
    p.add_argument("--size", default="1600x900")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(v) for v in args.size.split("x"))
    return args.out, (width, height)


def main(argv: list[str] | None = None) -> int:
    out, size = out_and_size(argv, __doc__)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(*size)
    window.show()
    ok = settle_grab_save(window, out)
    del app
    return 0 if ok else 1


def settle() -> None:
    """Let layouts, scroll positions and paints settle, as --screenshot does."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle_grab_save(window, out: str) -> bool:  # noqa: ANN001 - a shown QWidget
    """What --screenshot does once the window is shown (benchmarks/floor_window.py too)."""
    settle()
    ok = window.grab().save(out, "PNG")
    window.close()
    return ok


if __name__ == "__main__":
    sys.exit(main())
