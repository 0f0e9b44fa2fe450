"""Door scenes: our badges held up to a 720p webcam, as physics would show them.

A pinhole camera (1280x720, 65 degrees across) looks at a doorway; a badge (the production
renderer's image) is a card in 3-D: a distance, a tilt out of its plane, a roll, a place in the
frame. A hand may hold it by its lower edge (a thumb over the card) and a lanyard clip covers its
top centre. Then the light: a level, a gradient, a glare spot that saturates the sensor; the card's
motion blur (the card moves, the doorway does not); the lens's softness, sensor noise that grows
as the light falls, and the webcam's MJPG compression.

Every function takes a `numpy.random.Generator`; a seed gives the same frames everywhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import cv2
import numpy as np

from kiosk.badges.layout import BadgeFormat
from tests.support import synthetic
from tests.support.badge_images import RENDER_DPI

HFOV_DEG = 65.0
CARD_PX_PER_MM = RENDER_DPI / 25.4
SKIN = (118, 148, 196)  # BGR
CLIP = (70, 70, 74)


@dataclass(frozen=True)
class Camera:
    """A pinhole webcam: its frame size and its horizontal field of view."""

    size: tuple[int, int] = synthetic.FRAME_720P
    hfov_deg: float = HFOV_DEG

    @property
    def focal_px(self) -> float:
        return (self.size[0] / 2) / math.tan(math.radians(self.hfov_deg / 2))  # ~1005 px at 720p

    @property
    def middle(self) -> tuple[float, float]:
        return (self.size[0] / 2, self.size[1] / 2)


WEBCAM_720P = Camera()
WEBCAM_1080P = Camera(synthetic.FRAME_1080P)


@dataclass(frozen=True)
class Presentation:
    """How one badge is shown: pose, hand, light and motion. Defaults: square on, 30 cm, still."""

    camera: Camera = WEBCAM_720P
    distance_mm: float = 300.0
    tilt_deg: float = 0.0  # out of the card's plane, about `tilt_axis_deg` (0 = about the vertical)
    tilt_axis_deg: float = 0.0
    roll_deg: float = 0.0
    centre: tuple[float, float] = WEBCAM_720P.middle  # where the card's centre lands
    thumb: float | None = None  # where a thumb grips the lower edge, 0..1 across; None: no hand
    thumb_depth_mm: float = 12.0  # how far it reaches into the card
    clip: bool = True  # a lanyard clip over the top centre
    light: float = 1.0  # exposure: 1 a lit hall, 0.2 a dim entrance
    glare: float = 0.0  # peak of the specular spot in full scales (1: just saturates its centre)
    glare_at: tuple[float, float] = (0.5, 0.75)  # its centre on the card, fractions of w and h
    glare_mm: float = 12.0  # its radius (sigma)
    blur_px: float = 0.0  # length of the motion streak in frame pixels
    blur_deg: float = 0.0  # its direction (0: horizontal)
    focus_sigma: float = 0.7  # the lens's softness, frame pixels
    noise: float = 2.0  # sensor noise at full light; grows as 1/sqrt(light)
    jpeg_quality: int = 80  # a webcam's MJPG; 0 = none


def card_corners(fmt: BadgeFormat, p: Presentation) -> np.ndarray:
    """The card's four corners in frame pixels (TL, TR, BR, BL), by a pinhole projection."""
    w, h = fmt.width, fmt.height
    corners = np.array([[-w / 2, -h / 2, 0], [w / 2, -h / 2, 0], [w / 2, h / 2, 0], [-w / 2, h / 2, 0]])
    return _project(corners, p)


def _rotation(p: Presentation) -> np.ndarray:
    axis_angle = math.radians(p.tilt_axis_deg)
    axis = np.array([math.cos(axis_angle + math.pi / 2), math.sin(axis_angle + math.pi / 2), 0.0])
    tilt, _ = cv2.Rodrigues(axis * math.radians(p.tilt_deg))
    roll, _ = cv2.Rodrigues(np.array([0.0, 0.0, math.radians(p.roll_deg)]))
    return roll @ tilt


def _project(points_mm: np.ndarray, p: Presentation) -> np.ndarray:
    cx, cy = p.camera.middle
    f = p.camera.focal_px
    z = p.distance_mm
    centre = np.array([(p.centre[0] - cx) * z / f, (p.centre[1] - cy) * z / f, z])
    world = points_mm @ _rotation(p).T + centre
    return np.stack([f * world[:, 0] / world[:, 2] + cx, f * world[:, 1] / world[:, 2] + cy], axis=1)


def qr_corners(fmt: BadgeFormat, p: Presentation) -> np.ndarray:
    """The QR box (symbol and quiet zone) in frame pixels."""
    box = fmt.qr
    x0, y0 = box.x - fmt.width / 2, box.y - fmt.height / 2
    pts = np.array([[x0, y0, 0], [x0 + box.w, y0, 0], [x0 + box.w, y0 + box.h, 0], [x0, y0 + box.h, 0]])
    return _project(pts, p)


def qr_in_frame(fmt: BadgeFormat, p: Presentation, margin: float = 0.0) -> bool:
    pts = qr_corners(fmt, p)
    width, height = p.camera.size
    return bool(
        (pts[:, 0] >= margin).all() and (pts[:, 0] <= width - margin).all()
        and (pts[:, 1] >= margin).all() and (pts[:, 1] <= height - margin).all()
    )


def card_visible(fmt: BadgeFormat, p: Presentation) -> bool:
    pts = card_corners(fmt, p)
    width, height = p.camera.size
    return bool(pts[:, 0].max() > 0 and pts[:, 0].min() < width
                and pts[:, 1].max() > 0 and pts[:, 1].min() < height)


# -- drawing ------------------------------------------------------------------------------------

_PAD_MM = 20.0  # room around the card for the thumb and the clip


def _held_card(badge: np.ndarray, fmt: BadgeFormat, p: Presentation, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """The card at `scale` of its rendered size, with the hand and the clip, on a padded canvas:
    (BGR float32, alpha float32)."""
    ppm = CARD_PX_PER_MM * scale
    small = cv2.resize(badge, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    pad = round(_PAD_MM * ppm)
    h, w = small.shape[:2]
    colour = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
    alpha = np.zeros(colour.shape[:2], np.float32)
    colour[pad : pad + h, pad : pad + w] = small
    alpha[pad : pad + h, pad : pad + w] = 1.0
    if p.clip:
        cw, ch = 14 * ppm, 9 * ppm
        x0, y0 = pad + w / 2 - cw / 2, pad - 3 * ppm
        pt0, pt1 = (int(x0), int(y0)), (int(x0 + cw), int(y0 + ch))
        cv2.rectangle(colour, pt0, pt1, CLIP, -1, cv2.LINE_AA)
        cv2.rectangle(alpha, pt0, pt1, 1.0, -1, cv2.LINE_AA)
    if p.thumb is not None:
        centre = (int(pad + p.thumb * w), int(pad + h + (16 - p.thumb_depth_mm) * ppm))
        axes = (int(10 * ppm), int(16 * ppm))
        cv2.ellipse(colour, centre, axes, 0, 0, 360, SKIN, -1, cv2.LINE_AA)
        cv2.ellipse(alpha, centre, axes, 0, 0, 360, 1.0, -1, cv2.LINE_AA)
        nail = (centre[0], centre[1] - int(10 * ppm))
        cv2.ellipse(colour, nail, (int(6 * ppm), int(5 * ppm)), 0, 0, 360, (160, 178, 214), -1,
                    cv2.LINE_AA)
    return colour, alpha


def _glare_layer(shape: tuple[int, int], fmt: BadgeFormat, p: Presentation, scale: float) -> np.ndarray:
    ppm = CARD_PX_PER_MM * scale
    pad = round(_PAD_MM * ppm)
    h, w = shape
    gx = pad + p.glare_at[0] * fmt.width * ppm
    gy = pad + p.glare_at[1] * fmt.height * ppm
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sigma = p.glare_mm * ppm
    return (p.glare * 255.0 * np.exp(-((xx - gx) ** 2 + ((yy - gy) * 1.3) ** 2) / (2 * sigma**2))).astype(np.float32)


def _streak(length: float, degrees: float) -> np.ndarray | None:
    if length < 1.0:
        return None
    size = math.ceil(length) | 1
    kernel = np.zeros((size, size), np.float32)
    c = size // 2
    dx, dy = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    steps = max(2, int(length * 4))
    for t in np.linspace(-length / 2, length / 2, steps):
        x, y = c + t * dx, c + t * dy
        x0, y0 = math.floor(x), math.floor(y)
        fx, fy = x - x0, y - y0
        for xi, yi, wgt in ((x0, y0, (1 - fx) * (1 - fy)), (x0 + 1, y0, fx * (1 - fy)),
                            (x0, y0 + 1, (1 - fx) * fy), (x0 + 1, y0 + 1, fx * fy)):
            if 0 <= xi < size and 0 <= yi < size:
                kernel[yi, xi] += wgt
    return kernel / kernel.sum()


def door_frame(
    badge: np.ndarray | None,
    fmt: BadgeFormat,
    p: Presentation,
    scene: np.ndarray,
    rng: np.random.Generator,
) -> np.ndarray:
    """One webcam frame (BGR uint8) of `scene` with the badge presented as `p` (None: empty)."""
    out = scene.astype(np.float32) * p.light
    if badge is not None and card_visible(fmt, p):
        out = _composite(out, badge, fmt, p)
    if p.focus_sigma > 0:
        out = cv2.GaussianBlur(out, (0, 0), p.focus_sigma)
    noise = p.noise / math.sqrt(max(p.light, 0.05))
    if noise > 0:
        out += rng.normal(0.0, noise, size=out.shape).astype(np.float32)
    frame = np.clip(out, 0, 255).astype(np.uint8)
    if p.jpeg_quality:
        _ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, p.jpeg_quality])
        frame = cv2.imdecode(data, cv2.IMREAD_COLOR)
    return frame


def _composite(out: np.ndarray, badge: np.ndarray, fmt: BadgeFormat, p: Presentation) -> np.ndarray:
    centre_ppm = p.camera.focal_px / p.distance_mm  # frame pixels per card mm at the card's centre
    scale = min(1.0, 1.25 * centre_ppm / CARD_PX_PER_MM)
    colour, alpha = _held_card(badge, fmt, p, scale)
    h, w = colour.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    canvas_mm = np.array([[-fmt.width / 2 - _PAD_MM, -fmt.height / 2 - _PAD_MM, 0],
                          [fmt.width / 2 + _PAD_MM, -fmt.height / 2 - _PAD_MM, 0],
                          [fmt.width / 2 + _PAD_MM, fmt.height / 2 + _PAD_MM, 0],
                          [-fmt.width / 2 - _PAD_MM, fmt.height / 2 + _PAD_MM, 0]])
    dst = _project(canvas_mm, p).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    # light on the card: the exposure, a gradient across it, then the lamp's reflection
    yy = np.linspace(-0.5, 0.5, h, dtype=np.float32)[:, None]
    xx = np.linspace(-0.5, 0.5, w, dtype=np.float32)[None, :]
    shade = p.light * (1.0 + 0.18 * (0.6 * xx - yy))
    lit = colour * shade[:, :, None]
    if p.glare > 0:
        lit += _glare_layer((h, w), fmt, p, scale)[:, :, None] * alpha[:, :, None]
    size = (out.shape[1], out.shape[0])
    x0, y0 = np.floor(dst.min(axis=0)).astype(int) - 8
    x1, y1 = np.ceil(dst.max(axis=0)).astype(int) + 8
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(size[0], x1), min(size[1], y1)
    if x1 <= x0 or y1 <= y0:
        return out
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
    local = shift @ matrix
    roi = (x1 - x0, y1 - y0)
    premul = cv2.warpPerspective(lit * alpha[:, :, None], local, roi, flags=cv2.INTER_LINEAR)
    cover = cv2.warpPerspective(alpha, local, roi, flags=cv2.INTER_LINEAR)
    kernel = _streak(p.blur_px, p.blur_deg)
    if kernel is not None:
        premul = cv2.filter2D(premul, -1, kernel, borderType=cv2.BORDER_CONSTANT)
        cover = cv2.filter2D(cover, -1, kernel, borderType=cv2.BORDER_CONSTANT)
    region = out[y0:y1, x0:x1]
    out[y0:y1, x0:x1] = region * (1.0 - cover[:, :, None]) + premul
    return out


# -- the door's classes of presentation ---------------------------------------------------------

Sampler = Callable[..., Presentation]
"""(rng, badge format, camera=WEBCAM_720P) -> a presentation of one class."""


def _place(rng: np.random.Generator, fmt: BadgeFormat, p: Presentation, edge: bool = False) -> Presentation:
    """A place in the frame where the whole QR box is in view (near an edge if `edge`)."""
    width, height = p.camera.size
    for _ in range(200):
        if edge:
            side = rng.integers(4)
            u = rng.uniform(0.05, 0.95)
            near = rng.uniform(0.0, 0.15)
            x = [near, 1 - near, u, u][side] * width
            y = [u, u, near, 1 - near][side] * height
        else:
            x, y = rng.uniform(0.2, 0.8) * width, rng.uniform(0.25, 0.75) * height
        placed = replace(p, centre=(float(x), float(y)))
        if qr_in_frame(fmt, placed, margin=2.0):
            return placed
    return replace(p, centre=p.camera.middle)


def _hand(rng: np.random.Generator) -> dict[str, object]:
    """Half the badges are held by the lower edge, the thumb anywhere along it."""
    if rng.random() < 0.5:
        return {"thumb": float(rng.uniform(0.1, 0.9)), "thumb_depth_mm": float(rng.uniform(8, 16))}
    return {"thumb": None}


def _common(rng: np.random.Generator) -> dict[str, object]:
    return {
        "distance_mm": float(rng.uniform(220, 380)),
        "tilt_deg": float(rng.uniform(0, 12)),
        "tilt_axis_deg": float(rng.uniform(0, 360)),
        "roll_deg": float(rng.uniform(-15, 15)),
        "focus_sigma": float(rng.uniform(0.5, 0.9)),
        "noise": float(rng.uniform(1.5, 3.0)),
        **_hand(rng),
    }


def _glare(rng: np.random.Generator, strength: tuple[float, float]) -> dict[str, object]:
    """A spot somewhere on the lower half of the card, where the QR code is."""
    return {
        "glare": float(rng.uniform(*strength)),
        "glare_at": (float(rng.uniform(0.2, 0.85)), float(rng.uniform(0.55, 0.95))),
        "glare_mm": float(rng.uniform(6, 12)),
    }


def clean(rng: np.random.Generator, fmt: BadgeFormat, camera: Camera = WEBCAM_720P) -> Presentation:
    return _place(rng, fmt, Presentation(camera=camera, **_common(rng)))


def tilted(rng: np.random.Generator, fmt: BadgeFormat, camera: Camera = WEBCAM_720P) -> Presentation:
    """Tilted 20-40 degrees about any axis, rolled, often near the frame's edge."""
    base = _common(rng) | {
        "tilt_deg": float(rng.uniform(20, 40)),
        "roll_deg": float(rng.uniform(-35, 35)),
    }
    return _place(rng, fmt, Presentation(camera=camera, **base), edge=bool(rng.random() < 0.6))


def far(rng: np.random.Generator, fmt: BadgeFormat, camera: Camera = WEBCAM_720P) -> Presentation:
    """Held out from where the person stops: 45-65 cm from the lens."""
    base = _common(rng) | {"distance_mm": float(rng.uniform(450, 650))}
    return _place(rng, fmt, Presentation(camera=camera, **base))


def glared(rng: np.random.Generator, fmt: BadgeFormat, camera: Camera = WEBCAM_720P) -> Presentation:
    return _place(rng, fmt, Presentation(camera=camera, **(_common(rng) | _glare(rng, (0.8, 1.6)))))


def moving(rng: np.random.Generator, fmt: BadgeFormat, camera: Camera = WEBCAM_720P) -> Presentation:
    """A hand still moving: a 7-13 px streak, about horizontal."""
    base = _common(rng) | {"blur_px": float(rng.uniform(7, 13)), "blur_deg": float(rng.uniform(-15, 15))}
    return _place(rng, fmt, Presentation(camera=camera, **base))


def dim(rng: np.random.Generator, fmt: BadgeFormat, camera: Camera = WEBCAM_720P) -> Presentation:
    """A dim entrance: a fifth to a third of the light, so four to five times the noise gain."""
    base = _common(rng) | {"light": float(rng.uniform(0.18, 0.35)), "noise": float(rng.uniform(2.0, 3.0))}
    return _place(rng, fmt, Presentation(camera=camera, **base))


def everything(rng: np.random.Generator, fmt: BadgeFormat, camera: Camera = WEBCAM_720P) -> Presentation:
    """All of it at once, each a little milder."""
    base = _common(rng) | {
        "distance_mm": float(rng.uniform(300, 480)),
        "tilt_deg": float(rng.uniform(10, 30)),
        "roll_deg": float(rng.uniform(-30, 30)),
        "blur_px": float(rng.uniform(3, 9)),
        "blur_deg": float(rng.uniform(-20, 20)),
        "light": float(rng.uniform(0.3, 0.6)),
    }
    if rng.random() < 0.5:
        base |= _glare(rng, (0.5, 1.1))
    return _place(rng, fmt, Presentation(camera=camera, **base), edge=bool(rng.random() < 0.3))


CLASSES: dict[str, Sampler] = {
    "clean": clean,
    "tilt": tilted,
    "distance": far,
    "glare": glared,
    "motion": moving,
    "low light": dim,
    "all at once": everything,
}


def doorway(rng: np.random.Generator, camera: Camera = WEBCAM_720P) -> np.ndarray:
    """An empty doorway (BGR), the backdrop of every frame."""
    return synthetic.background(camera.size, rng)
