"""Finder patterns, found cheaply: is there anything QR-like in a frame, and where.

Both decoders need a QR code's three finder patterns (the nested squares in three of its
corners), so a frame without three of them in a plausible triangle holds nothing either could
read. This scan looks for 1:1:3:1:1 dark-light-dark-light-dark runs along every 4th row and
every 4th column at full resolution (a 2 px module still shows; a halved frame would lose it),
then for square cores and light rings around them, then for triangles: well under a millisecond
on a 720p frame. It is the live path's early-out for empty frames, and it says where the costly
variants are worth spending and whether a motion streak smeared the symbol along one axis: the
runs across a horizontal streak (down the columns) survive it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import cv2
import numpy as np

Box = tuple[int, int, int, int]
"""x0, y0, x1, y1 in frame pixels (x1, y1 exclusive)."""


class Smear(enum.Enum):
    """Along which axis the finders lost their runs: the direction of a motion blur."""

    NONE = "sharp"  # runs along rows and columns
    HORIZONTAL = "horizontal"  # runs down the columns only
    VERTICAL = "vertical"  # runs along the rows only

    @property
    def degrees(self) -> float | None:
        """The blur's direction (0: horizontal), None when the finders show none."""
        return {Smear.HORIZONTAL: 0.0, Smear.VERTICAL: 90.0}.get(self)


@dataclass(frozen=True)
class FinderSettings:
    """Knobs of the scan; the defaults are measured (docs/scanner.md)."""

    step: int = 4  # every n-th row and column: a 2 px module's 6 px core is crossed at least once
    column_stride: int = 1  # every n-th pixel down a sampled column
    window: int = 31  # local mean along a line, px
    delta: int = 4  # a pixel is dark below the local mean minus this (sensor noise stays light)
    tolerance: float = 0.75  # each run may be off its share of the pattern by this fraction
    contrast: int = 10  # the light ring must be this much brighter than the core
    min_module: float = 1.2  # px
    max_finders: int = 40  # the strongest kept for the triangle search
    max_hits: int = 1500  # per axis; a frame of fine texture is thinned to this (pairs grow as n^2)


@dataclass(frozen=True)
class Symbol:
    """Where a symbol may be: three finder centres in a plausible triangle, and its box."""

    corner: tuple[float, float]  # the finder at the right-angle corner
    arms: tuple[tuple[float, float], tuple[float, float]]
    module: float  # px, from the finder runs
    box: Box  # the symbol, its quiet zone and some slack, clipped to the frame
    smear: Smear

    @property
    def area(self) -> int:
        return (self.box[2] - self.box[0]) * (self.box[3] - self.box[1])


def find_symbols(image: np.ndarray, settings: FinderSettings = FinderSettings()) -> list[Symbol]:
    """Symbols whose three finder patterns show in `image` (BGR, BGRA or gray), best first."""
    channel = green(image)
    if channel is None or min(channel.shape[:2]) < 21:
        return []
    finders = ringed(channel, finder_candidates(finder_hits(channel, settings), settings), settings)
    if len(finders) < 3:
        return []
    return _triangles(finders[: settings.max_finders], channel.shape, settings)


def green(image: np.ndarray) -> np.ndarray | None:
    """The green channel is luma enough for finding patterns, and costs no conversion."""
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.size == 0:
        return None
    if image.ndim == 2:
        return image
    if image.ndim == 3 and image.shape[2] in (1, 3, 4):
        return image[:, :, 1 if image.shape[2] > 1 else 0]
    return None


# -- runs along lines -------------------------------------------------------------------------


def finder_hits(channel: np.ndarray, settings: FinderSettings = FinderSettings()) -> np.ndarray:
    """(x, y, module, axis) of every 1:1:3:1:1 run centre on the sampled rows (axis 0) and
    columns (axis 1), float32."""
    step = settings.step
    offset = step // 2
    rows = np.ascontiguousarray(channel[offset::step])
    stride = settings.column_stride
    cols = cv2.transpose(np.ascontiguousarray(channel[::stride, offset::step]))
    along_rows = _line_hits(rows, settings)  # (line, position, module)
    along_cols = _line_hits(cols, settings, stride)
    n = len(along_rows)
    out = np.zeros((n + len(along_cols), 4), np.float32)
    out[:n, 0] = along_rows[:, 1]
    out[:n, 1] = along_rows[:, 0] * step + offset
    out[n:, 0] = along_cols[:, 0] * step + offset
    out[n:, 1] = along_cols[:, 1]
    out[:n, 2] = along_rows[:, 2]
    out[n:, 2] = along_cols[:, 2]
    out[n:, 3] = 1.0
    return out


def _line_hits(lines: np.ndarray, settings: FinderSettings, stride: int = 1) -> np.ndarray:
    """Finder-like runs along each line of `lines` (n, m): rows of (line, centre, module), in
    full-frame pixels along the line when the line was sampled every `stride` pixels."""
    n, m = lines.shape
    mean = cv2.blur(lines, (max(3, settings.window // stride) | 1, 1))
    threshold = cv2.subtract(mean, settings.delta)  # type: ignore[call-overload]  # saturates at 0
    dark = (lines < threshold).view(np.uint8).ravel()
    # run starts: every change of colour, and the start of every line
    changes = np.flatnonzero(dark[1:] != dark[:-1]) + 1
    starts = np.sort(np.concatenate([changes, np.arange(0, n * m, m)]))
    starts = starts[np.concatenate([[True], starts[1:] != starts[:-1]])]
    if len(starts) < 5:
        return np.empty((0, 3), np.float32)
    line = starts // m
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = n * m
    ends = np.minimum(ends, (line + 1) * m)  # a run never crosses into the next line
    lengths = (ends - starts).astype(np.float32)
    first = np.flatnonzero((line[:-4] == line[4:]) & (dark[starts[:-4]] == 1))
    a, b, c, d, e = (lengths[first + i] for i in range(5))
    unit = (a + b + c + d + e) / 7.0
    tol = settings.tolerance * unit
    ok = (
        (unit * stride >= settings.min_module)
        & (np.abs(a - unit) < tol)
        & (np.abs(b - unit) < tol)
        & (np.abs(d - unit) < tol)
        & (np.abs(e - unit) < tol)
        & (np.abs(c - 3 * unit) < 1.6 * tol)
    )
    first, unit = first[ok], unit[ok]
    if len(first) == 0:
        return np.empty((0, 3), np.float32)
    flat = lines.ravel()
    core = (starts[first + 2] + ends[first + 2]) // 2
    ring_b = (starts[first + 1] + ends[first + 1]) // 2
    ring_d = (starts[first + 3] + ends[first + 3]) // 2
    light = np.minimum(flat[ring_b], flat[ring_d]).astype(np.int16)
    strong = light - flat[core].astype(np.int16) >= settings.contrast
    core, unit = core[strong], unit[strong]
    return np.stack([core // m, (core % m) * stride, unit * stride], axis=1).astype(np.float32)


# -- finders: square cores ----------------------------------------------------------------------

_X, _Y, _UX, _UY, _COUNT, _KIND = range(6)
_CROSSED, _COLUMNS_ONLY, _ROWS_ONLY = 0.0, 1.0, 2.0


def _stacks(hits: np.ndarray, along: int, step: int) -> np.ndarray:
    """Runs on neighbouring lines naming one centre, as a finder's square core gives them:
    (along, across, module, lines) per core, one per 8 px cell.

    A patterned shirt gives 1:1:3:1:1 runs by chance, but on a line or two; a finder's core is
    as tall as it is wide, so about 3u/step lines cross it. At least 40 % of them must show (lines
    off the centre of a rotated finder lose the ratios).
    """
    if len(hits) == 0:
        return np.empty((0, 4), np.float32)
    pos, line, unit = hits[:, along], hits[:, 1 - along], hits[:, 2]
    near = (
        (np.abs(pos[:, None] - pos[None, :]) <= 0.5 * unit[:, None] + 1.5)
        & (np.abs(line[:, None] - line[None, :]) <= 1.5 * unit[:, None] + step)
        & (np.maximum(unit[:, None], unit[None, :]) < 1.5 * np.minimum(unit[:, None], unit[None, :]))
    )
    count = near.sum(axis=1)
    need = np.maximum(1, np.ceil(0.4 * 3 * unit / step))
    keep = count >= need
    if not keep.any():
        return np.empty((0, 4), np.float32)
    across = (near * line[None, :]).sum(axis=1) / count
    along_mean = (near * pos[None, :]).sum(axis=1) / count
    out = np.stack([along_mean, across, unit, count], axis=1)[keep].astype(np.float32)
    keys = (out[:, 0] // 8).astype(np.int64) * 8192 + (out[:, 1] // 8).astype(np.int64)
    _, first = np.unique(keys, return_index=True)
    return out[first]


def finder_candidates(hits: np.ndarray, settings: FinderSettings = FinderSettings()) -> np.ndarray:
    """Square cores: (x, y, module along x, module along y, lines, kind), strongest first.

    Kind: crossed by rows and columns, or by columns only (a horizontal streak smeared the
    rows), or by rows only.
    """
    step = settings.step
    rows = _stacks(_thinned(hits[hits[:, 3] == 0], settings.max_hits), 0, step)  # along x, across y
    cols = _stacks(_thinned(hits[hits[:, 3] == 1], settings.max_hits), 1, step)  # along y, across x
    out: list[np.ndarray] = []
    matched_rows = np.zeros(len(rows), bool)
    matched_cols = np.zeros(len(cols), bool)
    if len(rows) and len(cols):
        reach = 0.75 * np.maximum(rows[:, None, 2], cols[None, :, 2]) + 2.0
        same = (
            (np.abs(rows[:, None, 0] - cols[None, :, 1]) <= reach)
            & (np.abs(rows[:, None, 1] - cols[None, :, 0]) <= reach)
            & (np.maximum(rows[:, None, 2], cols[None, :, 2])
               < 1.8 * np.minimum(rows[:, None, 2], cols[None, :, 2]))  # a 40 degree tilt
        )
        r, c = np.nonzero(same)
        matched_rows[r] = True
        matched_cols[c] = True
        if len(r):
            # each axis gives both coordinates: the run's centre along it, the mean line across
            x = (rows[r, 0] + cols[c, 1]) / 2
            y = (rows[r, 1] + cols[c, 0]) / 2
            crossed = np.stack([x, y, rows[r, 2], cols[c, 2],
                                rows[r, 3] + cols[c, 3], np.full(len(r), _CROSSED)], axis=1)
            out.append(_one_per_cell(crossed))
    # a finder seen along one axis only must show on most lines across its core: the evidence
    # of the other axis is missing, and textures give short stacks of chance runs
    lone_cols = _tall(cols[~matched_cols], step)
    if len(lone_cols):
        out.append(np.stack([lone_cols[:, 1], lone_cols[:, 0], lone_cols[:, 2], lone_cols[:, 2],
                             lone_cols[:, 3], np.full(len(lone_cols), _COLUMNS_ONLY)], axis=1))
    lone_rows = _tall(rows[~matched_rows], step)
    if len(lone_rows):
        out.append(np.stack([lone_rows[:, 0], lone_rows[:, 1], lone_rows[:, 2], lone_rows[:, 2],
                             lone_rows[:, 3], np.full(len(lone_rows), _ROWS_ONLY)], axis=1))
    if not out:
        return np.empty((0, 6), np.float32)
    found = np.concatenate(out).astype(np.float32)
    # crossed first, then by the lines through the core
    return found[np.lexsort((-found[:, _COUNT], found[:, _KIND] != _CROSSED))]


def _thinned(hits: np.ndarray, most: int) -> np.ndarray:
    return hits if len(hits) <= most else hits[:: -(-len(hits) // most)]


def _tall(stacks: np.ndarray, step: int) -> np.ndarray:
    return stacks[stacks[:, 3] >= np.ceil(0.5 * 3 * stacks[:, 2] / step)]


def _one_per_cell(points: np.ndarray) -> np.ndarray:
    keys = (points[:, 1] // 8).astype(np.int64) * 8192 + (points[:, 0] // 8).astype(np.int64)
    _, first = np.unique(keys, return_index=True)
    return points[first]


_ANGLES = np.linspace(0, 2 * np.pi, 12, endpoint=False)
_RAY_X, _RAY_Y = np.cos(_ANGLES), np.sin(_ANGLES)
_UPRIGHT = np.abs(_RAY_Y) > 0.8  # rays up and down: intact under a horizontal streak
_LEVEL = np.abs(_RAY_X) > 0.8
_SAMPLES = np.linspace(0.0, 5.5, 23)  # along a ray, in modules


def ringed(channel: np.ndarray, finders: np.ndarray, settings: FinderSettings = FinderSettings()) -> np.ndarray:
    """The finders whose rings show along rays from the centre, as nested squares give them.

    Along any ray out of a finder's centre the core ends, the light ring ends and the dark ring
    ends at 1.5, 2.5 and 3.5 modules times one factor (1 to 1.41, by the ray's angle to the
    square): dark, light, dark, light, in the ratios 3:5:7 whatever the rotation, and close to
    them under a 40 degree tilt. Eight rays of twelve must show it; a streaked finder is judged
    on the rays across its streak (three of six).
    """
    if len(finders) == 0:
        return finders
    height, width = channel.shape[:2]
    x, y = finders[:, _X, None, None], finders[:, _Y, None, None]
    ux, uy = finders[:, _UX, None, None], finders[:, _UY, None, None]
    xs = np.clip(np.rint(x + ux * _SAMPLES[None, None, :] * _RAY_X[None, :, None]), 0, width - 1)
    ys = np.clip(np.rint(y + uy * _SAMPLES[None, None, :] * _RAY_Y[None, :, None]), 0, height - 1)
    profiles = channel[ys.astype(np.intp), xs.astype(np.intp)].astype(np.int16)  # (k, rays, samples)
    core = profiles[:, :, 0].min(axis=1)
    ring = profiles[:, :, 8:12].reshape(len(finders), -1)  # ~2 modules out: the light ring
    light = np.partition(ring, (3 * ring.shape[1]) // 4, axis=1)[:, (3 * ring.shape[1]) // 4]
    threshold = ((core + light) / 2)[:, None, None]
    dark = profiles < threshold
    # the first light sample, the first dark after it, the first light after that, per ray
    n = dark.shape[2]
    index = np.arange(n)[None, None, :]
    first_light = np.where(~dark, index, n).min(axis=2)
    after_light = index > first_light[:, :, None]
    second_dark = np.where(dark & after_light, index, n).min(axis=2)
    after_dark = index > second_dark[:, :, None]
    second_light = np.where(~dark & after_dark, index, n).min(axis=2)
    r1, r2, r3 = (_SAMPLES[np.minimum(v, n - 1)] for v in (first_light, second_dark, second_light))
    with np.errstate(divide="ignore", invalid="ignore"):
        shaped = (
            (first_light > 0) & (second_light < n)
            & (r2 / r1 > 1.2) & (r2 / r1 < 2.4) & (r3 / r2 > 1.1) & (r3 / r2 < 1.9)
        )
    kind = finders[:, _KIND]
    whole = shaped.sum(axis=1) >= 8
    upright = shaped[:, _UPRIGHT].sum(axis=1) >= 3
    level = shaped[:, _LEVEL].sum(axis=1) >= 3
    contrast = light - core >= settings.contrast
    ok = contrast & np.where(kind == _CROSSED, whole, np.where(kind == _COLUMNS_ONLY, upright, level))
    return finders[ok]


# -- symbols: three finders in an L -------------------------------------------------------------

_SMEARS = {_CROSSED: Smear.NONE, _COLUMNS_ONLY: Smear.HORIZONTAL, _ROWS_ONLY: Smear.VERTICAL}


def _triangles(finders: np.ndarray, shape: tuple[int, ...], settings: FinderSettings) -> list[Symbol]:
    """Triples (corner, arm, arm) shaped like a QR code's finders, seen in perspective; a symbol
    is streaked along one axis at most."""
    if len(finders) < 3:
        return []
    xy = finders[:, :2]
    unit = finders[:, _UX:_UY + 1].max(axis=1)
    kind = finders[:, _KIND]
    vec = xy[None, :, :] - xy[:, None, :]  # vec[i, j] = j - i
    dist = np.hypot(vec[..., 0], vec[..., 1])
    smaller = np.minimum(unit[:, None], unit[None, :])
    size_ratio = np.maximum(unit[:, None], unit[None, :]) / smaller
    compatible = (kind[:, None] == kind[None, :]) | (kind[:, None] == _CROSSED) | (kind[None, :] == _CROSSED)
    # an arm: another finder of about the same module size, 10 to 60 modules away (versions 1-10)
    arm = compatible & (size_ratio < 2.0) & (dist > 10 * smaller) & (dist < 60 * smaller)
    i, j, k = np.nonzero(arm[:, :, None] & arm[:, None, :] & compatible[None, :, :])
    keep = j < k
    i, j, k = i[keep], j[keep], k[keep]
    if len(i) == 0:
        return []
    dj, dk = dist[i, j], dist[i, k]
    cos = (vec[i, j] * vec[i, k]).sum(axis=1) / (dj * dk)
    fair = (np.abs(cos) < 0.6) & (np.maximum(dj, dk) < 1.8 * np.minimum(dj, dk))
    i, j, k = i[fair], j[fair], k[fair]
    # three finders seen along one axis only: each on two lines at least (chance runs in a
    # texture line up on one line easily, on two rarely)
    lines = finders[:, _COUNT]
    lone = kind != _CROSSED
    weak = lone[i] & lone[j] & lone[k] & (np.minimum(np.minimum(lines[i], lines[j]), lines[k]) < 2)
    i, j, k = i[~weak], j[~weak], k[~weak]
    # a symbol's best triangle first: most finders crossed, then the most lines through them
    order = np.lexsort((-(lines[i] + lines[j] + lines[k]),
                        (kind[i] != _CROSSED).astype(int) + (kind[j] != _CROSSED) + (kind[k] != _CROSSED)))
    i, j, k = i[order], j[order], k[order]
    height, width = shape[:2]
    symbols: list[Symbol] = []
    for a, b, c in zip(i.tolist(), j.tolist(), k.tolist(), strict=True):
        far_corner = xy[b] + xy[c] - xy[a]
        centre = (xy[b] + xy[c]) / 2
        module = float(np.median(unit[[a, b, c]]))
        if any(s.box[0] <= centre[0] < s.box[2] and s.box[1] <= centre[1] < s.box[3]
               and max(s.module, module) < 1.4 * min(s.module, module) for s in symbols):
            continue  # the same symbol again, through another candidate of one of its finders
        corners = np.stack([xy[a], xy[b], xy[c], far_corner])
        pad = 8.0 * module  # finder centre to symbol edge: 3.5 modules; then a 4-module quiet zone
        x0, y0 = np.floor(corners.min(axis=0) - pad)
        x1, y1 = np.ceil(corners.max(axis=0) + pad)
        box = (max(0, int(x0)), max(0, int(y0)), min(width, int(x1)), min(height, int(y1)))
        streaked = [kind[n] for n in (a, b, c) if kind[n] != _CROSSED]
        symbols.append(
            Symbol(
                corner=(float(xy[a, 0]), float(xy[a, 1])),
                arms=((float(xy[b, 0]), float(xy[b, 1])), (float(xy[c, 0]), float(xy[c, 1]))),
                module=module,
                box=box,
                smear=_SMEARS[streaked[0]] if streaked else Smear.NONE,
            )
        )
    return symbols
