"""The GUI demo's data: demo staff, a simulated morning, and the badges the simulated camera shows.

The camera plays data/demo/camera/ (badge production ships it with scenes.toml: image, time and
expected verdict). Everything is written into the demo home, never into the real one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kiosk.demo.home import DEMO_CAMERA
from kiosk.domain.staff import DemoCredentials, StaffRole
from kiosk.errors import ConfigError
from kiosk.station.station import Station

# 09:00 on the morning of the opening ceremony: doors have been open an hour.
DEMO_START = datetime.fromisoformat("2025-11-24T09:00:00+01:00")
DEMO_CREDENTIALS = DemoCredentials(officer="1001", pin="4827", supervisor_pin="5803")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}


def seed_demo_staff(station: Station) -> None:
    staff = station.staff
    now = station.clock.now()
    staff.set_member(DEMO_CREDENTIALS.officer, "Demo officer", StaffRole.OFFICER, DEMO_CREDENTIALS.pin, now)
    staff.set_member("SUP1", "Demo supervisor", StaffRole.SUPERVISOR, DEMO_CREDENTIALS.supervisor_pin, now)


def prepare_demo_camera() -> Path:
    """The folder the simulated camera plays: the badge images shipped with the demo data."""
    if not DEMO_CAMERA.is_dir() or not any(p.suffix.lower() in IMAGE_SUFFIXES for p in DEMO_CAMERA.iterdir()):
        raise ConfigError(f"the demo camera images are missing from {DEMO_CAMERA}")
    return DEMO_CAMERA
