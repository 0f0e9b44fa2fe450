"""An exception in a handler is logged and the kiosk carries on: the door must keep working."""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

log = logging.getLogger("kiosk.ui")

P = ParamSpec("P")
R = TypeVar("R")


def guarded(handler: Callable[P, R]) -> Callable[P, R | None]:
    """Wraps a slot: a failure is logged with its traceback and the slot returns None.

    Under pytest the exception is re-raised through sys.excepthook so pytest-qt fails the test.
    """

    @functools.wraps(handler)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return handler(*args, **kwargs)
        except Exception:  # noqa: BLE001 - the last line of defence for one slot
            log.exception("handler %s failed; the kiosk carries on", handler.__qualname__)
            if sys.excepthook is not _logging_hook:
                sys.excepthook(*sys.exc_info())  # pytest-qt's hook: the test fails
            return None

    return wrapper


def _logging_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("uncaught exception; the kiosk carries on", exc_info=(kind, value, tb))


def _thread_hook(args: Any) -> None:
    _logging_hook(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    """Uncaught exceptions anywhere (Qt virtual methods, threads) are logged, never fatal."""
    sys.excepthook = _logging_hook
    threading.excepthook = _thread_hook
