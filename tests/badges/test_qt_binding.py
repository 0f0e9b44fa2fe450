"""Guards the PySide6 pin in pyproject.toml: 6.12.0 over-releases None on void calls and True on
every emit under Python 3.11, and the interpreter aborts after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF, Signal


class Emitter(QObject):
    changed = Signal(object)


def test_void_qt_calls_keep_none_alive():
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(200):
        point.setX(1.0)
    assert sys.getrefcount(None) >= before - 10


def test_emitting_from_python_keeps_true_alive():
    emitter = Emitter()
    seen: list[int] = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.changed.emit(i)
    assert seen == list(range(200))
    assert sys.getrefcount(True) >= before - 10
