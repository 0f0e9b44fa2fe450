"""The GUI demo's data: demo staff, a simulated morning, and the badges the simulated camera shows.

The camera plays data/demo/camera/ (badge production ships it with scenes.toml: image, time and
expected verdict). Without it, a simple set is generated here with qrcode into the demo home.
Everything is written into the demo home, never into the real one.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import cv2
import numpy as np
import qrcode
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.demo import DEMO_DIR, altered
from kiosk.domain.badge import BadgeIssuer
from kiosk.domain.clock import FixedClock
from kiosk.domain.verdict import Decision
from kiosk.station import Station
from kiosk.storage.staff_store import StaffRole, StaffStore
from kiosk.ui.ports import DemoCredentials

SHIPPED_CAMERA = DEMO_DIR / "camera"
# 09:00 on the morning of the opening ceremony: doors have been open an hour.
DEMO_START = datetime.fromisoformat("2025-11-24T09:00:00+01:00")
DEMO_CREDENTIALS = DemoCredentials(officer="1001", pin="1234", supervisor_pin="2468")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}


@dataclass(frozen=True)
class DemoBadge:
    name: str  # file name stem
    label: str  # printed on the image, ASCII
    text: str  # the QR text
    expected: str  # the verdict code the demo should produce


def seed_demo_staff(station: Station) -> None:
    staff = StaffStore(station.database, station.settings.kiosk_id)
    now = station.clock.now()
    staff.set_member(DEMO_CREDENTIALS.officer, "Demo officer", StaffRole.OFFICER, DEMO_CREDENTIALS.pin, now)
    staff.set_member("SUP1", "Demo supervisor", StaffRole.SUPERVISOR, DEMO_CREDENTIALS.supervisor_pin, now)


def expected_codes(folder: Path) -> list[str]:
    """The verdict codes scenes.toml promises for the shipped images, in play order."""
    scenes = folder / "scenes.toml"
    if not scenes.exists():
        return []
    raw = tomllib.loads(scenes.read_text(encoding="utf-8"))
    return [str(s["expect"]) for s in sorted(raw.get("scene", []), key=lambda s: str(s["image"]))]


def shipped_camera_images() -> Path | None:
    if SHIPPED_CAMERA.is_dir() and any(p.suffix.lower() in IMAGE_SUFFIXES for p in SHIPPED_CAMERA.iterdir()):
        return SHIPPED_CAMERA
    return None


def demo_badges(station: Station) -> list[DemoBadge]:
    """Signs the demo set and puts the roster and log in the state the set needs (reprint, prior entry)."""
    sign = station.badge_text
    event = station.event.code
    stranger = BadgeIssuer(Ed25519PrivateKey.generate())
    salma = sign("M0001")
    siobhan = sign("M0004")
    if station.roster.get("M0003").badge_version < 2:  # the demo roster normally holds the reprint
        station.roster.bump_version("M0003", station.clock.now())
    old_anne = station.issuer().sign(event, "M0003", 1)
    _admit_earlier(station, "M0002", DEMO_START.replace(hour=8, minute=40))
    return [
        DemoBadge("01-valid", "VALID  M0001", salma, "valid"),
        DemoBadge("02-forged", "FORGED  (stranger key)", stranger.sign(event, "M0005", 1), "forged"),
        DemoBadge("03-altered", "ALTERED  M0004", altered(siobhan), "forged"),
        DemoBadge("04-revoked", "REVOKED  M0008", sign("M0008"), "revoked"),
        DemoBadge("05-superseded", "SUPERSEDED  M0003 v1", old_anne, "superseded"),
        DemoBadge("06-wrong-session", "CLOSING ONLY  M0006", sign("M0006"), "not_accredited_for_session"),
        DemoBadge("07-already-admitted", "ADMITTED 08:40  M0002", sign("M0002"), "already_admitted"),
        DemoBadge("08-suspended", "SUSPENDED  M0009", sign("M0009"), "suspended"),
        DemoBadge("09-valid-mission-letter", "VALID  M0004", siobhan, "valid"),
        DemoBadge("10-valid-attention-note", "VALID  M0010", sign("M0010"), "valid"),
        DemoBadge("11-shown-again", "AGAIN  M0001", salma, "already_admitted"),
    ]


def _admit_earlier(station: Station, badge_number: str, at: datetime) -> None:
    """Someone came in before the demo starts, so their badge shows 'already admitted'."""
    service = replace(station.checkpoint_service(), clock=FixedClock(at))
    verdict = service.scan(station.badge_text(badge_number), DEMO_CREDENTIALS.officer)
    if verdict.admissible and verdict.scan_id is not None:
        service.decide(verdict.scan_id, Decision.ADMITTED, None, DEMO_CREDENTIALS.officer)


def write_badge_images(badges: list[DemoBadge], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for item in badges:
        cv2.imwrite(str(folder / f"{item.name}.png"), badge_frame(item.text, item.label))
    return folder


def badge_frame(text: str, label: str, size: tuple[int, int] = (1280, 720)) -> np.ndarray:
    """A camera-sized frame: a white card holding the QR code, on a grey background."""
    width, height = size
    frame = np.full((height, width, 3), (92, 84, 78), np.uint8)
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = np.array(code.get_matrix(), dtype=bool)
    module = max(4, min(9, 440 // matrix.shape[0]))
    qr = np.where(matrix, 0, 255).astype(np.uint8).repeat(module, 0).repeat(module, 1)
    side = qr.shape[0]
    card_w, card_h = side + 80, side + 150
    x0, y0 = (width - card_w) // 2, (height - card_h) // 2
    frame[y0 : y0 + card_h, x0 : x0 + card_w] = 250
    frame[y0 + 40 : y0 + 40 + side, x0 + 40 : x0 + 40 + side] = qr[:, :, None]
    cv2.putText(frame, label, (x0 + 40, y0 + card_h - 40), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (40, 40, 40), 2, cv2.LINE_AA)
    cv2.putText(frame, "IGA93 DEMO", (x0 + 40, y0 + 28), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (110, 80, 30), 2, cv2.LINE_AA)
    return frame


def prepare_demo_camera(station: Station) -> tuple[Path, list[DemoBadge]]:
    """The folder the simulated camera plays, and (for generated sets) what each image should give."""
    shipped = shipped_camera_images()
    if shipped is not None:
        return shipped, []
    badges = demo_badges(station)
    return write_badge_images(badges, station.paths.home / "camera"), badges
