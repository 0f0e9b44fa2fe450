"""Generated badge scenes: what a webcam at the door sees, for tests, benchmarks and the demo.

Nothing here is random by itself: every function takes a `numpy.random.Generator`, so a seed
gives the same frames on every machine.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import qrcode
import qrcode.constants

BADGE_PREFIX = "B1.K3Q.IGA93.M0042.1."
BADGE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-/"
BADGE_PAYLOAD_LENGTH = 95
QR_VERSION = 7
QR_BORDER = 4

FRAME_720P = (1280, 720)
FRAME_1080P = (1920, 1080)


def badge_text(rng: np.random.Generator, prefix: str = BADGE_PREFIX) -> str:
    """A badge text shaped like the real ones: the fixed prefix and 95 alphanumeric characters."""
    picks = rng.integers(0, len(BADGE_ALPHABET), size=BADGE_PAYLOAD_LENGTH)
    return prefix + "".join(BADGE_ALPHABET[int(i)] for i in picks)


@functools.lru_cache(maxsize=64)
def qr_modules(text: str) -> np.ndarray:
    """The QR symbol (version 7, level M, 4-module quiet zone) as a bool array, True = dark."""
    code = qrcode.QRCode(
        version=QR_VERSION,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=QR_BORDER,
        box_size=1,
    )
    code.add_data(text)
    code.make(fit=False)
    modules = np.array(code.get_matrix(), dtype=bool)
    modules.flags.writeable = False
    return modules


def badge_card(text: str, qr_px: int, rng: np.random.Generator) -> np.ndarray:
    """A white badge card (BGR) with a photo block, name lines and the QR code at `qr_px` wide.

    `qr_px` counts the quiet zone too, so the symbol itself is 45/53 of it.
    """
    modules = qr_modules(text)
    symbol = np.where(modules, 0, 255).astype(np.uint8)
    qr = cv2.resize(symbol, (qr_px, qr_px), interpolation=cv2.INTER_NEAREST)
    card_w = int(qr_px * 1.55)
    card_h = int(qr_px * 1.95)
    card = np.full((card_h, card_w, 3), 246, dtype=np.uint8)
    # a coloured header band, a photo block, a few lines of "text"
    header = int(card_h * 0.12)
    card[:header] = rng.integers(60, 200, size=3, dtype=np.uint8)
    photo_w = int(card_w * 0.32)
    top = header + int(card_h * 0.04)
    left = int(card_w * 0.08)
    card[top : top + int(photo_w * 1.25), left : left + photo_w] = rng.integers(
        40, 160, size=3, dtype=np.uint8
    )
    for row in range(4):
        y = top + row * int(card_h * 0.06)
        length = int(card_w * rng.uniform(0.25, 0.45))
        x = left + photo_w + int(card_w * 0.06)
        card[y : y + int(card_h * 0.025), x : min(card_w - left, x + length)] = 30
    qx = (card_w - qr_px) // 2
    qy = card_h - qr_px - int(card_h * 0.04)
    card[qy : qy + qr_px, qx : qx + qr_px] = qr[:, :, None]
    return card


def background(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A busy indoor scene (BGR): a gradient wall, a door frame, posters, sensor noise."""
    width, height = size
    ramp = np.linspace(rng.uniform(70, 120), rng.uniform(130, 190), width, dtype=np.float32)
    scene = np.repeat(ramp[None, :], height, axis=0)
    scene = np.stack([scene * rng.uniform(0.85, 1.1) for _ in range(3)], axis=-1)
    for _ in range(int(rng.integers(4, 9))):
        x0, y0 = int(rng.integers(0, width - 40)), int(rng.integers(0, height - 40))
        x1 = min(width, x0 + int(rng.integers(40, width // 3)))
        y1 = min(height, y0 + int(rng.integers(40, height // 2)))
        scene[y0:y1, x0:x1] = rng.uniform(20, 235, size=3)
    # some high-contrast clutter: stripes and text-like marks (things a QR finder may trip on)
    for _ in range(int(rng.integers(20, 50))):
        x0, y0 = int(rng.integers(0, width - 20)), int(rng.integers(0, height - 8))
        scene[y0 : y0 + int(rng.integers(2, 8)), x0 : x0 + int(rng.integers(5, 60))] = rng.uniform(
            0, 60
        )
    # a patterned region (a shirt, a bookshelf): fine texture that costs decoders time
    tw, th = int(rng.integers(width // 8, width // 4)), int(rng.integers(height // 4, height // 2))
    tx, ty = int(rng.integers(0, width - tw)), int(rng.integers(0, height - th))
    cells = rng.uniform(20, 220, size=(max(1, th // 6), max(1, tw // 6))).astype(np.float32)
    scene[ty : ty + th, tx : tx + tw] = cv2.resize(
        cells, (tw, th), interpolation=cv2.INTER_NEAREST
    )[:, :, None]
    smooth = cv2.GaussianBlur(scene, (0, 0), 1.2)
    return np.clip(smooth, 0, 255).astype(np.uint8)


@dataclass(frozen=True)
class Conditions:
    """How hard the camera makes it: every field at its default is a clean, square-on badge."""

    tilt: float = 0.0  # perspective: how far the corners move, as a fraction of the card size
    rotation_deg: float = 0.0
    blur_sigma: float = 0.0
    noise_sigma: float = 0.0
    light: float = 1.0  # 1.0 = well lit; 0.35 = a dim entrance
    glare: float = 0.0  # 0..1 strength of a specular blob on the card

    @staticmethod
    def varied(rng: np.random.Generator) -> Conditions:
        """A realistic mix of moderate difficulties, as a badge held at arm's length gives."""
        return Conditions(
            tilt=float(rng.uniform(0.0, 0.12)),
            rotation_deg=float(rng.uniform(-25, 25)),
            blur_sigma=float(rng.choice([0.0, 0.6, 1.0])),
            noise_sigma=float(rng.uniform(0, 6)),
            light=float(rng.choice([1.0, 0.8, 0.5])),
            glare=float(rng.choice([0.0, 0.0, 0.5])),
        )


def place_card(
    scene: np.ndarray,
    card: np.ndarray,
    center: tuple[float, float],
    conditions: Conditions,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray | None]:
    """The scene with the card warped in at `center`, and the card's glare layer (uint8) if any.

    Glare is kept apart because it comes from the lamp, not the card: dimming the scene does
    not dim it, and it saturates the sensor.
    """
    h, w = card.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    angle = np.deg2rad(conditions.rotation_deg)
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    corners = (src - [w / 2, h / 2]) @ rot.T
    jitter = rng.uniform(-conditions.tilt, conditions.tilt, size=(4, 2)) * [w, h]
    dst = (corners + jitter + center).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    size = (scene.shape[1], scene.shape[0])
    out = scene.copy()
    cv2.warpPerspective(
        card, matrix, size, dst=out, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    if conditions.glare <= 0:
        return out, None
    glare = np.zeros(size[::-1], dtype=np.uint8)
    gx, gy = dst.mean(axis=0) + rng.uniform(-0.2, 0.2, size=2) * [w, h]
    x0, y0 = max(0, int(gx - w)), max(0, int(gy - w))
    x1, y1 = min(size[0], int(gx + w)), min(size[1], int(gy + w))
    if x1 > x0 and y1 > y0:
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        radius = 0.18 * w
        blob = np.exp(-(((xx - gx) ** 2 + ((yy - gy) * 1.6) ** 2) / (2 * radius**2)))
        card_mask = cv2.warpPerspective(
            np.full((h, w), 1, np.uint8), matrix, size, flags=cv2.INTER_NEAREST
        )[y0:y1, x0:x1]
        glare[y0:y1, x0:x1] = (conditions.glare * 255.0 * blob * card_mask).astype(np.uint8)
    return out, glare


def degrade(
    frame: np.ndarray,
    conditions: Conditions,
    rng: np.random.Generator,
    glare: np.ndarray | None = None,
) -> np.ndarray:
    """Camera effects over the whole frame: dim light, lamp glare, defocus, sensor noise."""
    out = frame
    if conditions.light != 1.0:
        out = cv2.convertScaleAbs(out, alpha=conditions.light)
    if glare is not None:
        out = cv2.add(out, cv2.merge([glare, glare, glare]))
    if conditions.blur_sigma > 0:
        out = cv2.GaussianBlur(out, (0, 0), conditions.blur_sigma)
    if conditions.noise_sigma > 0:
        noise: np.ndarray = np.empty(out.shape, dtype=np.int16)
        cv2.setRNGSeed(int(rng.integers(0, 2**31 - 1)))
        cv2.randn(noise, 0, conditions.noise_sigma)  # type: ignore[call-overload]  # scalars are fine
        out = cv2.add(out, noise, dtype=cv2.CV_8U)
    return out


def compose(
    scene: np.ndarray,
    cards: Sequence[tuple[np.ndarray, tuple[float, float]]],
    conditions: Conditions,
    rng: np.random.Generator,
) -> np.ndarray:
    """One camera frame: `cards` (image, centre) placed on `scene`, then the camera's effects."""
    frame = scene
    glare: np.ndarray | None = None
    for card, center in cards:
        frame, card_glare = place_card(frame, card, center, conditions, rng)
        if card_glare is not None:
            glare = card_glare if glare is None else cv2.add(glare, card_glare)
    return degrade(frame, conditions, rng, glare)


def default_centers(
    count: int, size: tuple[int, int], rng: np.random.Generator
) -> list[tuple[float, float]]:
    """Where `count` badges held side by side appear, with a little hand shake."""
    width, height = size
    return [
        (width * (i + 1) / (count + 1) + rng.uniform(-20, 20), height / 2 + rng.uniform(-20, 20))
        for i in range(count)
    ]


def badge_scene(
    texts: Sequence[str],
    rng: np.random.Generator,
    size: tuple[int, int] = FRAME_720P,
    qr_px: int = 240,
    conditions: Conditions = Conditions(),
    scene: np.ndarray | None = None,
) -> np.ndarray:
    """A BGR frame of `size` showing one badge card per text (none for an empty list)."""
    backdrop = background(size, rng) if scene is None else scene
    centers = default_centers(len(texts), size, rng)
    cards = [(badge_card(text, qr_px, rng), c) for text, c in zip(texts, centers, strict=True)]
    return compose(backdrop, cards, conditions, rng)
