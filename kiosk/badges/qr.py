"""The QR symbol of a badge text, as a grid of dark modules, quiet zone included.

`qrcode` encodes the text (level M). Choosing the mask is where it spends most of its time: it
rebuilds and scores the whole symbol eight times in pure Python, about 15 ms a badge. Here the
symbol is built once; the seven other masks follow by flipping the data modules with numpy, and
each candidate is scored with the penalty rules of ISO/IEC 18004 (section 7.8.3). A test checks
that every candidate equals what qrcode itself builds with that mask.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk.badges.layout import QR_QUIET_MODULES

ERROR_CORRECTION = ERROR_CORRECT_M


class _Symbol(qrcode.QRCode):
    """Remembers which modules carry data: those map_data is about to fill (and mask)."""

    data_cells: np.ndarray

    def map_data(self, data, mask_pattern):  # noqa: ANN001, ANN201 - qrcode's signature
        self.data_cells = np.array([[cell is None for cell in row] for row in self.modules], dtype=bool)
        return super().map_data(data, mask_pattern)


def mask_grid(pattern: int, count: int) -> np.ndarray:
    """Where mask `pattern` flips a module (row i, column j), as in ISO/IEC 18004 table 10."""
    i, j = np.indices((count, count))
    formulas = (
        lambda: (i + j) % 2 == 0,
        lambda: i % 2 == 0,
        lambda: j % 3 == 0,
        lambda: (i + j) % 3 == 0,
        lambda: (i // 2 + j // 3) % 2 == 0,
        lambda: (i * j) % 2 + (i * j) % 3 == 0,
        lambda: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
        lambda: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
    )
    return formulas[pattern]()


@lru_cache(maxsize=8)
def _masks(count: int) -> tuple[np.ndarray, ...]:
    return tuple(mask_grid(p, count) for p in range(8))


@lru_cache(maxsize=8)
def _format_info(count: int, error_correction: int) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, ...]]:
    """The format-information cells (rows, columns) and their values for each mask."""
    values = []
    rows = cols = None
    for pattern in range(8):
        probe = qrcode.QRCode(error_correction=error_correction)
        probe.modules_count = count
        probe.modules = [[None] * count for _ in range(count)]
        probe.setup_type_info(False, pattern)
        cells = [(r, c, v) for r, row in enumerate(probe.modules) for c, v in enumerate(row) if v is not None]
        rows = np.array([r for r, _, _ in cells])
        cols = np.array([c for _, c, _ in cells])
        values.append(np.array([bool(v) for _, _, v in cells]))
    assert rows is not None and cols is not None
    return rows, cols, tuple(values)


def candidates(text: str) -> list[np.ndarray]:
    """The symbol under each of the eight masks, without quiet zone."""
    symbol = _Symbol(error_correction=ERROR_CORRECTION, border=0, mask_pattern=0)
    symbol.add_data(text)
    symbol.make(fit=True)
    base = np.array(symbol.modules, dtype=bool)
    count = base.shape[0]
    masks = _masks(count)
    rows, cols, formats = _format_info(count, ERROR_CORRECTION)
    result = []
    for pattern in range(8):
        grid = base ^ (symbol.data_cells & (masks[0] ^ masks[pattern]))
        grid[rows, cols] = formats[pattern]
        result.append(grid)
    return result


_FINDER = np.array([1, 0, 1, 1, 1, 0, 1], dtype=bool)
_LIGHT4 = np.zeros(4, dtype=bool)
_FINDER_BEFORE = np.concatenate((_LIGHT4, _FINDER))
_FINDER_AFTER = np.concatenate((_FINDER, _LIGHT4))


def penalties(grids: np.ndarray) -> np.ndarray:
    """ISO/IEC 18004 7.8.3 for a stack of candidate symbols (k, n, n): runs, 2x2 blocks,
    finder-like patterns, and dark/light balance. The quiet zone counts as light."""
    k, n, _ = grids.shape
    scores = np.zeros(k, dtype=np.int64)
    for lines in (grids, grids.transpose(0, 2, 1)):
        rows = lines.reshape(k * n, n)
        # N1: five or more same-coloured modules in a row: 3 + (length - 5). A separator value
        # between lines keeps runs from crossing from one line to the next.
        flat = np.full((k * n, n + 1), 2, dtype=np.int8)
        flat[:, :-1] = rows
        flat = flat.ravel()
        starts = np.concatenate(([0], np.flatnonzero(flat[1:] != flat[:-1]) + 1))
        lengths = np.diff(np.concatenate((starts, [flat.size])))
        long_runs = (lengths >= 5) & (flat[starts] != 2)
        owner = starts[long_runs] // ((n + 1) * n)
        scores += np.bincount(owner, weights=lengths[long_runs] - 2, minlength=k).astype(np.int64)
        # N3: 1:1:3:1:1 (dark-light-dark x3-light-dark) with four light modules before or after
        padded = np.pad(rows, ((0, 0), (4, 4)), constant_values=False)
        windows = np.lib.stride_tricks.sliding_window_view(padded, 11, axis=1)
        found = np.all(windows == _FINDER_BEFORE, axis=2).sum(axis=1)
        found += np.all(windows == _FINDER_AFTER, axis=2).sum(axis=1)
        scores += 40 * found.reshape(k, n).sum(axis=1)
    # N2: each 2x2 block of one colour: 3
    corner = grids[:, :-1, :-1]
    block = (corner == grids[:, 1:, :-1]) & (corner == grids[:, :-1, 1:]) & (corner == grids[:, 1:, 1:])
    scores += 3 * block.sum(axis=(1, 2))
    # N4: 10 points for each full 5 % the dark share strays from 50 %
    dark_percent = 100.0 * grids.sum(axis=(1, 2)) / (n * n)
    scores += 10 * (np.abs(dark_percent - 50.0) // 5).astype(np.int64)
    return scores


def qr_modules(text: str) -> list[list[bool]]:
    """Error correction M (a scratched or creased badge still reads), the lowest-penalty mask, and a
    4-module quiet zone."""
    grids = np.stack(candidates(text))
    best = grids[int(np.argmin(penalties(grids)))]
    padded = np.pad(best, QR_QUIET_MODULES, constant_values=False)
    return padded.tolist()


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
