"""Headless runs: the demo and `kiosk run --source VIDEO --headless` play once, log, and exit 0."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.demo.home import DEMO_CAMERA

ROOT = Path(__file__).resolve().parents[2]


def run_kiosk(args: list[str], tmp_path: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["KIOSK_HOME"] = str(tmp_path / "real-home")  # must stay untouched by the demo
    env["KIOSK_SOUND"] = "off"
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT
    )


def expected_codes(folder: Path) -> list[str]:
    """The verdict codes scenes.toml promises for the shipped images, in play order."""
    raw = tomllib.loads((folder / "scenes.toml").read_text(encoding="utf-8"))
    return [str(s["expect"]) for s in sorted(raw["scene"], key=lambda s: str(s["image"]))]


def events(path: Path) -> list[dict]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        assert {"time", "event", "badge"} <= set(line), line
    return lines


@pytest.mark.slow
def test_the_headless_demo_plays_the_sample_badges_and_exits_0(tmp_path: Path) -> None:
    shots, log = tmp_path / "shots", tmp_path / "events.jsonl"
    # no display: headless; a French screen, but the narration on stdout stays in English
    result = run_kiosk(["demo", "--out", str(shots), "--events-out", str(log), "--language", "fr"], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "DENIED: Forged or altered (forged)" in result.stdout and "Falsifié" not in result.stdout
    home = re.search(r"^Demo home: (\S+)", result.stdout, re.MULTILINE)
    assert home is not None and not Path(home.group(1)).exists()  # its temporary home is gone
    lines = events(log)
    verdicts = [e["code"] for e in lines if e["event"] == "verdict"]
    assert verdicts == expected_codes(DEMO_CAMERA)
    decisions = [e for e in lines if e["event"] == "decision"]
    assert [d["decision"] for d in decisions] == ["admitted"] * verdicts.count("valid")  # --auto-confirm
    assert len([e for e in lines if e["event"] == "scan"]) == len(verdicts)
    assert len(list(shots.glob("*.png"))) == len(verdicts) + len(decisions)
    assert not (tmp_path / "real-home").exists()  # the demo built its own home


def write_video(path: Path, frames: list, fps: int = 10) -> None:
    import cv2

    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()


@pytest.mark.slow
def test_kiosk_run_on_a_video_yields_the_expected_verdicts_in_order(tmp_path: Path) -> None:
    import numpy as np
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.demo.door import DEMO_START, seed_demo_staff
    from kiosk.demo.home import prepare_demo_home
    from kiosk.domain.badge import BadgeIssuer
    from kiosk.domain.clock import FixedClock
    from kiosk.station.station import Station
    from tests.support.frames import badge_frame

    home = tmp_path / "home"
    prepare_demo_home(home, FixedClock(DEMO_START))
    with Station.open(home, clock=FixedClock(DEMO_START)) as station:
        seed_demo_staff(station)
        stranger = BadgeIssuer(Ed25519PrivateKey.generate()).sign("IGA93", "M0002", 1)
        shown = [
            (station.badge_text("M0001"), "valid"),
            (station.badge_text("M0008"), "revoked"),
            (stranger, "forged"),
            (station.badge_text("M0001"), "already_admitted"),  # admitted a few seconds earlier
            (station.badge_text("M0006"), "not_accredited_for_session"),
        ]
    blank = np.full((720, 1280, 3), 60, np.uint8)
    frames = []
    for text, _ in shown:
        frames += [badge_frame(text, "VIDEO")] * 12 + [blank] * 8  # 1.2 s held, 0.8 s away
    video = tmp_path / "door.avi"
    write_video(video, frames)
    log = tmp_path / "events.jsonl"
    result = run_kiosk(
        ["run", "--home", str(home), "--source", str(video), "--headless", "--auto-confirm",
         "--now", "2025-11-24T09:00+01:00", "--events-out", str(log)],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    verdicts = [e["code"] for e in events(log) if e["event"] == "verdict"]
    assert verdicts == [code for _, code in shown]


@pytest.mark.slow
def test_kiosk_run_on_a_folder_of_images_with_a_chosen_time(tmp_path: Path) -> None:
    """`kiosk run` end to end with whichever capture thread is installed (images: both read them)."""
    import cv2

    from kiosk.demo.door import DEMO_START
    from kiosk.demo.home import prepare_demo_home
    from kiosk.domain.clock import FixedClock
    from kiosk.station.station import Station
    from tests.support.frames import badge_frame

    home = tmp_path / "home"
    prepare_demo_home(home, FixedClock(DEMO_START))
    with Station.open(home, clock=FixedClock(DEMO_START)) as station:
        folder = tmp_path / "door"
        folder.mkdir()
        for index, number in enumerate(["M0005", "M0009", "M0006"]):
            cv2.imwrite(str(folder / f"{index}.png"), badge_frame(station.badge_text(number), number))
    log = tmp_path / "events.jsonl"
    # 07:50: before the doors open, so even the valid badge is "too early" (outside_window)
    result = run_kiosk(
        ["run", "--home", str(home), "--source", str(folder), "--headless", "--now", "2025-11-24T07:50",
         "--events-out", str(log)],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = events(log)
    # no session is open yet, so the closing-only badge is "too early" too, not "wrong session"
    assert [e["code"] for e in lines if e["event"] == "verdict"] == ["outside_window", "suspended", "outside_window"]
    assert [e for e in lines if e["event"] == "decision"] == []  # nobody confirms without --auto-confirm
    assert lines[0]["time"].startswith("2025-11-24T06:50")  # 07:50 in Marrakech, in UTC


def test_auto_confirm_is_refused_at_a_real_door(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code = main(["run", "--home", str(tmp_path / "h"), "--auto-confirm", "--source", str(DEMO_CAMERA)])
    assert code == 2
    assert "--auto-confirm is only for --headless" in capsys.readouterr().err


def test_headless_needs_a_file_source(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["run", "--home", str(tmp_path / "h"), "--headless"]) == 2
    assert "--source" in capsys.readouterr().err


def test_the_terminal_demo_is_still_there(tmp_path: Path) -> None:
    result = run_kiosk(["demo", "--terminal", "--home", str(tmp_path / "demo")], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Log chain intact: True" in result.stdout
    assert (tmp_path / "demo" / "kiosk.db").exists()  # --home named it: it is kept


def test_headless_on_a_folder_without_images_says_so_in_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("no badge here")
    result = run_kiosk(["run", "--home", str(tmp_path / "h"), "--headless", "--source", str(empty)], tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"kiosk: no images to play in {empty}") and result.stderr.count("\n") == 1


@pytest.mark.slow
def test_headless_on_a_source_that_cannot_be_read_ends_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "door.avi"
    broken.write_bytes(b"not a video at all")
    result = run_kiosk(
        ["run", "--home", str(tmp_path / "h"), "--headless", "--source", str(broken)], tmp_path, timeout=60
    )
    assert result.returncode == 1
    assert "kiosk: the source cannot be read" in result.stderr
    assert "Traceback" not in result.stderr
