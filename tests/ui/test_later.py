"""The start's second half (viewer/ui/common/later.py): parts built after the first paint."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from viewer.ui.common.later import Later


def _window(qtbot) -> QMainWindow:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_parts_wait_for_the_first_paint_then_come_one_a_turn(qtbot) -> None:
    window = _window(qtbot)
    later = Later(window)
    order: list[str] = []
    later.add("docks", lambda: order.append("docks"), ahead=True)
    for name in ("store", "highlights"):
        later.add(name, lambda n=name: order.append(n))
    later.ready.connect(lambda: order.append("ready"))
    later.settled.connect(lambda: order.append("settled"))
    # An event posted before the paint (like a key press) runs before any part.
    QTimer.singleShot(0, lambda: order.append("input"))
    qtbot.wait(20)
    assert order == ["input"] and not later.painted and not later.is_ready
    with qtbot.waitSignal(later.settled, timeout=2000):
        window.show()
    # Needed parts first, then ready, then the parts built ahead of use.
    assert order == ["input", "store", "highlights", "ready", "docks", "settled"]
    assert [(name, after) for name, after, _s in later.built] == [
        ("store", True), ("highlights", True), ("docks", True)]


def test_input_is_handled_between_two_parts(qtbot) -> None:
    window = _window(qtbot)
    later = Later(window)
    order: list[str] = []

    def first() -> None:
        order.append("first")
        QTimer.singleShot(0, lambda: order.append("input"))  # arrives while it builds

    later.add("first", first)
    later.add("second", lambda: order.append("second"))
    with qtbot.waitSignal(later.ready, timeout=2000):
        window.show()
    assert order == ["first", "input", "second"]


def test_a_part_needed_early_is_built_at_once_and_only_once(qtbot) -> None:
    window = _window(qtbot)
    later = Later(window)
    built: list[str] = []
    later.add("dock", lambda: built.append("dock"), ahead=True)
    later.add("tabs", lambda: built.append("tabs"), ahead=True)
    later.need("tabs")
    assert built == ["tabs"] and later.pending() == ["dock"]
    later.finish()  # a window never shown (a test, an offscreen render) is complete too
    assert built == ["tabs", "dock"] and later.is_ready and later.is_settled
    assert [after for _n, after, _s in later.built] == [False, False]


def test_a_part_added_when_ready_makes_it_wait_again(qtbot) -> None:
    window = _window(qtbot)
    later = Later(window)
    with qtbot.waitSignal(later.ready, timeout=2000):
        window.show()
    built: list[str] = []
    later.add("late", lambda: built.append("late"))
    assert not later.is_ready
    with qtbot.waitSignal(later.ready, timeout=2000):
        pass
    assert built == ["late"]
