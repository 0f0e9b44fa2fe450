"""Work-arounds for defects of the PySide6 build we run on, each detected before it is patched.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without adding a reference to it, so every
signal emitted from Python takes one reference away from `True`. At ~9,000 emissions (a camera
preview at 30 frames/s does that in five minutes) CPython 3.11 frees `True` and aborts with
"Fatal Python error: bool_dealloc". The patch gives the reference back; it is installed only
when a probe shows the defect, so a fixed PySide6 runs unpatched.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger(__name__)

_PROBES = 16
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    probed = Signal()


def emit_loses_true_references() -> bool:
    """Emits a few times and counts the references True lost (and gives them back)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.probed.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)
    return lost >= _PROBES


def restore_emit_refcount() -> bool:
    """Patches SignalInstance.emit if (and only if) it loses references. Idempotent; True if patched."""
    if getattr(SignalInstance.emit, "kiosk_patched", False):
        return True
    if not emit_loses_true_references():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            _incref(True)  # the reference PySide6 forgot to add
        return result

    emit.kiosk_patched = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    log.warning("PySide6 SignalInstance.emit loses references to True: patched (see kiosk/ui/pyside_fixes.py)")
    return True
