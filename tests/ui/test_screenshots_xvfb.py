"""The real window under a real X server (Xvfb): every screen in every language, screenshots saved."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "en", "ar")


def free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :199")


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb): no real X server to take screenshots on")
    number = free_display()
    process = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Xvfb :{number} did not start")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.slow
@pytest.mark.xvfb
def test_every_screen_in_every_language_under_xvfb(xvfb: str, tmp_path: Path) -> None:
    out = tmp_path / "screens"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb, KIOSK_SOUND="off")
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_tour", str(out), "--languages", ",".join(LANGUAGES)],
        capture_output=True, text=True, timeout=300, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"platform xcb {xvfb}" in result.stdout  # a real X server, not the offscreen platform
    misfits = [line for line in result.stdout.splitlines() if "MISFIT" in line]
    assert misfits == []
    shots = sorted(out.glob("*.png"))
    per_language = {lang: [s for s in shots if s.name.startswith(f"{lang}-")] for lang in LANGUAGES}
    assert len({len(v) for v in per_language.values()}) == 1 and len(per_language["fr"]) >= 30
    for shot in shots:
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1280, 800), shot.name
        assert image.pixelColor(5, 5) != image.pixelColor(640, 400) or shot.stat().st_size > 20_000, shot.name
    print(f"screenshots kept in {out}")
