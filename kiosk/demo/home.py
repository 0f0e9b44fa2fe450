"""The demo home: a fresh data directory with the demo key, roster and photos, never the real home."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from kiosk.domain.clock import Clock, FixedClock
from kiosk.resources import data_path
from kiosk.station.event_file import REFERENCE_EVENT
from kiosk.station.home import Paths

DEMO_DIR = data_path("demo")
DEMO_ROSTER = DEMO_DIR / "roster.csv"
DEMO_PHOTOS = DEMO_DIR / "photos"
DEMO_KEYS = DEMO_DIR / "keys"
DEMO_CAMERA = DEMO_DIR / "camera"
# The morning of the opening ceremony, doors open at 08:00 in Marrakech.
DEMO_MORNING = datetime.fromisoformat("2025-11-24T07:45:00+01:00")
# Badges the accreditation office has reprinted: the demo roster holds them at this version, so the
# camera's image of the first print (data/demo/camera/07-superseded-M0003-v1.png) verifies superseded.
DEMO_REISSUED = {"M0003": 2}


def prepare_demo_home(home: Path | None = None, clock: Clock | None = None) -> Paths:
    """Builds (or rebuilds) a demo home: demo keys, settings, roster with photos."""
    from kiosk.station.station import Station

    paths = Paths(home or Path(tempfile.mkdtemp(prefix="kiosk-demo-")))
    paths.create()
    for pem in DEMO_KEYS.glob("issuer-*.pem"):
        shutil.copyfile(pem, paths.keys / pem.name)
        (paths.keys / pem.name).chmod(0o600)
    for pub in (DEMO_KEYS / "trusted").glob("*.pub"):
        shutil.copyfile(pub, paths.trusted_keys / pub.name)
    with Station.open(paths.home, event=REFERENCE_EVENT, clock=clock or FixedClock(DEMO_MORNING)) as station:
        station.import_roster(DEMO_ROSTER, DEMO_PHOTOS if DEMO_PHOTOS.is_dir() else None)
        for number, version in DEMO_REISSUED.items():  # idempotent: a rebuilt home is not bumped again
            while station.roster.get(number).badge_version < version:
                station.roster.bump_version(number, station.clock.now())
    return paths


def altered(text: str) -> str:
    """A genuine badge text with one character of its signature changed: what a tamperer produces."""
    return text[:-5] + ("A" if text[-5] != "A" else "B") + text[-4:]
