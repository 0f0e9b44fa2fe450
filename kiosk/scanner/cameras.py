"""The cameras a supervisor can choose from, as plain values (no OpenCV: the screen imports this)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CameraChoice:
    label: str  # shown to the supervisor, e.g. "/dev/video0"
    spec: str  # what the scanner opens


def camera_choices(current: str, devices_dir: Path = Path("/dev")) -> list[CameraChoice]:
    """The video devices present, with the current source first when it is not one of them."""
    devices = sorted(str(p) for p in devices_dir.glob("video*"))
    choices = [CameraChoice(d, d) for d in devices]
    if current and current not in devices:
        choices.insert(0, CameraChoice(current, current))
    return choices
