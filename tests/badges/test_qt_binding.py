"""Guards the PySide6 pin in pyproject.toml: 6.12.0 over-releases None on void calls under Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF


def test_void_qt_calls_keep_none_alive():
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(200):
        point.setX(1.0)
    assert sys.getrefcount(None) >= before - 10
