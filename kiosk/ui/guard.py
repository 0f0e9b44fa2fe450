"""An exception in a handler is logged and the kiosk carries on: the door must keep working.

One mechanism for every slot, Qt override and thread: PySide6 hands an exception raised in a slot
or a virtual method to sys.excepthook and goes on with the event loop, so the hook installed here
logs it instead of printing it, and the window keeps answering the next signal.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType
from typing import Any

log = logging.getLogger("kiosk.ui")


def _logging_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("uncaught exception; the kiosk carries on", exc_info=(kind, value, tb))


def _thread_hook(args: Any) -> None:
    _logging_hook(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    """Uncaught exceptions anywhere (slots, Qt virtual methods, threads) are logged, never fatal."""
    sys.excepthook = _logging_hook
    threading.excepthook = _thread_hook
