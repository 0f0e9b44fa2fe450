"""The QR symbol of a badge text, as a grid of dark modules, quiet zone included."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk.badges.layout import QR_QUIET_MODULES


def qr_modules(text: str) -> list[list[bool]]:
    """Error correction M (a scratched or creased badge still reads), 4-module quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_QUIET_MODULES)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def dark_runs(modules: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules: fewer, larger rectangles."""
    runs = []
    for row, cells in enumerate(modules):
        start = None
        for col, dark in enumerate([*cells, False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                runs.append((row, start, col - start))
                start = None
    return runs
