"""Badge fixtures: a demo home per test, the real Verifier, and QR decoding of rendered pages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from pyzbar import pyzbar

from kiosk.demo.home import prepare_demo_home
from kiosk.domain.accreditation import Accreditation
from kiosk.domain.gate import Gate
from kiosk.domain.verdict import PriorAdmission, Verdict
from kiosk.station.station import Station

CHECKPOINT = "media-entrance"


@pytest.fixture(autouse=True)
def _qt(qapp):  # noqa: ANN001 - pytest-qt's QApplication, made before any badge code makes its own
    return qapp


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    paths = prepare_demo_home(tmp_path / "home")
    with Station.open(paths.home) as opened:
        yield opened


class NoAdmissions:
    def admission_for(self, badge_number: str, session: str, occurrence: str) -> PriorAdmission | None:
        return None


def time_inside_a_window(station: Station, acc: Accreditation) -> datetime:
    """A minute after the doors open for one of the holder's sessions (inside a slot if by appointment)."""
    for code, session in station.event.sessions.items():
        if code not in acc.sessions or code not in station.event.checkpoints[CHECKPOINT].sessions:
            continue
        if session.by_appointment:
            if acc.appointments:
                return acc.appointments[0].starts + timedelta(minutes=1)
            continue
        return session.windows[0].opens + timedelta(minutes=1)
    raise AssertionError(f"{acc.badge_number} has no session at {CHECKPOINT}")


def judge(station: Station, text: str, at: datetime) -> Verdict:
    from kiosk.domain.rules import Verifier

    verifier = Verifier(station.event, station.trusted_keys)
    return verifier.judge_text(text, Gate(CHECKPOINT), at, station.roster, NoAdmissions())


def decode_qr(gray: np.ndarray) -> list[str]:
    found = pyzbar.decode(gray, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [symbol.data.decode("ascii") for symbol in found]


def pdf_pages(path: Path, dpi: int = 150) -> Iterator[np.ndarray]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            yield page.render(scale=dpi / 72, grayscale=True).to_numpy()
            page.close()
    finally:
        document.close()


def png_gray(path: Path) -> np.ndarray:
    import cv2

    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    assert image is not None, f"cannot read {path}"
    return image
