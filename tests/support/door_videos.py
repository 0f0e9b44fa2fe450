"""Short door videos: a badge brought into view by a hand and held there for a second.

The card enters from a side or from below, slowing down as it comes (ease-out), turning and
coming nearer on the way, then stays with a little hand shake. Its motion streak is what the
camera's exposure (half a frame interval) sees of its speed in each frame. Light, glare and the
thumb are drawn once per video, moderately: this is an ordinary door, not a torture test.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from kiosk.badges.layout import BadgeFormat
from tests.support import door
from tests.support.door import WEBCAM_720P, Camera, Presentation

EXPOSURE = 0.5  # of a frame interval: 1/60 s at 30 fps


@dataclass(frozen=True)
class Approach:
    """One video's presentations (None: the badge is not in the frame) and its timeline."""

    shots: tuple[Presentation | None, ...]
    fps: float
    entered: int  # the first frame with the whole QR code in view


def approach(
    rng: np.random.Generator,
    fmt: BadgeFormat,
    camera: Camera = WEBCAM_720P,
    fps: float = 30.0,
    hold_s: float = 1.0,
    lead_s: float = 0.3,
) -> Approach:
    """A badge moved into view over 0.35-0.7 s and held for `hold_s`, after `lead_s` of doorway."""
    width, height = camera.size
    held = door.clean(rng, fmt, camera)
    held = replace(
        held,
        tilt_deg=float(rng.uniform(0, 25)),
        light=float(rng.choice([1.0, 0.8, 0.55, 0.4])),
        **(door._glare(rng, (0.5, 1.1)) if rng.random() < 0.3 else {}),
    )
    side = int(rng.integers(3))  # from the left, the right, below
    start_x, start_y = held.centre
    reach = 0.75 * max(width, height)
    if side == 0:
        start_x = held.centre[0] - reach
    elif side == 1:
        start_x = held.centre[0] + reach
    else:
        start_y = held.centre[1] + 0.9 * height
    start = replace(
        held,
        centre=(float(start_x), float(start_y)),
        distance_mm=held.distance_mm * float(rng.uniform(1.0, 1.3)),
        tilt_deg=float(rng.uniform(15, 40)),
        roll_deg=held.roll_deg + float(rng.uniform(-20, 20)),
    )
    moving = round(float(rng.uniform(0.35, 0.7)) * fps)
    lead = round(lead_s * fps)
    shots: list[Presentation | None] = [None] * lead
    previous = start.centre
    for i in range(1, moving + 1):
        t = 1 - (1 - i / moving) ** 3  # ease-out: fast in, slowing to a stop
        shot = _between(start, held, t)
        shots.append(_streaked(shot, previous))
        previous = shot.centre
    for _ in range(round(hold_s * fps)):
        shake = (held.centre[0] + float(rng.normal(0, 2.0)), held.centre[1] + float(rng.normal(0, 2.0)))
        shot = replace(held, centre=shake)
        shots.append(_streaked(shot, previous))
        previous = shake
    entered = next(
        (i for i, s in enumerate(shots) if s is not None and door.qr_in_frame(fmt, s)), len(shots)
    )
    return Approach(tuple(s if s is None or door.card_visible(fmt, s) else None for s in shots), fps, entered)


def _between(a: Presentation, b: Presentation, t: float) -> Presentation:
    def mix(x: float, y: float) -> float:
        return x + (y - x) * t

    return replace(
        b,
        centre=(mix(a.centre[0], b.centre[0]), mix(a.centre[1], b.centre[1])),
        distance_mm=mix(a.distance_mm, b.distance_mm),
        tilt_deg=mix(a.tilt_deg, b.tilt_deg),
        roll_deg=mix(a.roll_deg, b.roll_deg),
    )


def _streaked(shot: Presentation, previous: tuple[float, float]) -> Presentation:
    """The shot blurred by what the exposure sees of its motion since the previous frame."""
    dx, dy = shot.centre[0] - previous[0], shot.centre[1] - previous[1]
    length = EXPOSURE * math.hypot(dx, dy)
    return replace(shot, blur_px=length, blur_deg=math.degrees(math.atan2(dy, dx)) if length else 0.0)


def render(
    video: Approach, badge: np.ndarray, fmt: BadgeFormat, scene: np.ndarray, rng: np.random.Generator
) -> list[np.ndarray]:
    """The video's frames (BGR), sensor noise fresh in each; the doorway as lit as the badge."""
    lit = next((s for s in video.shots if s is not None), Presentation())
    return [
        door.door_frame(None if shot is None else badge, fmt, lit if shot is None else shot, scene, rng)
        for shot in video.shots
    ]
