"""PySide6 6.12.0 takes a reference from True on every Python-side emit; the kiosk gives it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from kiosk.ui.pyside_fixes import emit_loses_true_references, restore_emit_refcount


class Emitter(QObject):
    changed = Signal(object)


def test_emitting_many_signals_keeps_the_references_of_true(qtbot) -> None:  # noqa: ANN001
    restore_emit_refcount()
    emitter = Emitter()
    seen: list[int] = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(20_000):  # more than True's references: unpatched, the interpreter would abort
        emitter.changed.emit(i)
    assert len(seen) == 20_000
    assert sys.getrefcount(True) >= before - 5  # unpatched: 20,000 fewer, and the interpreter aborts


def test_after_the_patch_the_probe_finds_no_loss(qtbot) -> None:  # noqa: ANN001
    restore_emit_refcount()
    assert not emit_loses_true_references()
