"""What the camera is doing, as a value the UI translates: a status, a message id, the facts.

Only an English default text lives here (for logs and the CLI); the UI looks up `message_id`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class CameraStatus(enum.Enum):
    """The states a frame source goes through; the UI shows each differently."""

    STARTING = "starting"  # opening the device
    RUNNING = "running"  # frames arrive
    BAD_FRAMES = "bad_frames"  # the device is open but frames come empty or corrupt
    UNAVAILABLE = "unavailable"  # could not open the device; retrying with backoff
    LOST = "lost"  # the device stopped delivering (unplugged); reconnecting with backoff
    ENDED = "ended"  # a video file or image folder has no more frames
    STOPPED = "stopped"  # the scanner was asked to stop

    @property
    def is_fault(self) -> bool:
        return self in (CameraStatus.BAD_FRAMES, CameraStatus.UNAVAILABLE, CameraStatus.LOST)


_ENGLISH = {
    CameraStatus.STARTING: "starting camera",
    CameraStatus.RUNNING: "camera running",
    CameraStatus.BAD_FRAMES: "camera sends bad frames",
    CameraStatus.UNAVAILABLE: "camera unavailable",
    CameraStatus.LOST: "camera lost",
    CameraStatus.ENDED: "video ended",
    CameraStatus.STOPPED: "camera stopped",
}


@dataclass(frozen=True)
class CameraFeed:
    """The camera as the supervisor's panel shows it: which source, its status, the picture's size
    and how long ago the last frame came (None before the first). Immutable: it crosses threads."""

    spec: str
    status: CameraStatus
    width: int = 0
    height: int = 0
    frame_age: float | None = None


@dataclass(frozen=True)
class CameraStatusReport:
    """One status change, immutable so it can cross threads in a signal.

    `retry_in` is set while the scanner waits before reconnecting; `attempt` counts the
    reconnection attempts since frames last arrived; `detail` is technical (for the log).
    """

    status: CameraStatus
    retry_in: float | None = None
    attempt: int = 0
    detail: str = ""

    @property
    def message_id(self) -> str:
        suffix = ".retrying" if self.retry_in is not None else ""
        return f"camera.{self.status.value}{suffix}"

    def english(self) -> str:
        """Default text, e.g. "camera unavailable — retrying in 2 s"."""
        text = _ENGLISH[self.status]
        if self.retry_in is not None:
            text += f" — retrying in {self.retry_in:.3g} s"
        return text
