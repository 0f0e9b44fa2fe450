"""`kiosk run` at a screen: a video or a folder of images waits for an officer before it plays."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.demo.home import DEMO_CAMERA


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list:
    import kiosk.app

    seen: list = []
    monkeypatch.setattr(kiosk.app, "display_available", lambda: True)
    monkeypatch.setattr(kiosk.app, "run_kiosk", lambda options, station: seen.append(options) or 0)
    return seen


def test_a_file_source_at_a_screen_waits_for_the_first_sign_in(tmp_path: Path, started: list) -> None:
    assert main(["run", "--home", str(tmp_path / "h"), "--source", str(DEMO_CAMERA)]) == 0
    assert started[0].camera_after_sign_in  # played before anyone signs in, its badges would be lost


def test_a_camera_starts_at_once(tmp_path: Path, started: list) -> None:
    assert main(["run", "--home", str(tmp_path / "h"), "--camera", "0"]) == 0
    assert not started[0].camera_after_sign_in  # a badge shown early gets "sign in first"
