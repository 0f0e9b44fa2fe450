"""The demo data set: a varied fictional roster, small placeholder portraits, and camera images that
the real checkpoint judges as their play list says."""

from __future__ import annotations

import tomllib
import unicodedata

import pytest

from kiosk.demo.home import DEMO_CAMERA, DEMO_PHOTOS, DEMO_REISSUED, DEMO_ROSTER, prepare_demo_home
from kiosk.domain.accreditation import MediaType, Role, Status
from kiosk.domain.clock import FixedClock
from kiosk.domain.verdict import Decision
from kiosk.station.station import Station

from .conftest import decode_qr, png_gray


@pytest.fixture(scope="module")
def roster(tmp_path_factory):
    paths = prepare_demo_home(tmp_path_factory.mktemp("demo") / "home")
    with Station.open(paths.home) as station:
        people = station.roster.all()
    return people


def _arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text)


def test_the_roster_holds_at_least_sixty_fictional_journalists_of_every_role_and_media(roster):
    assert len(roster) >= 60
    assert {a.role for a in roster} == set(Role)
    assert {a.media_type for a in roster} == set(MediaType)
    assert len({a.country for a in roster}) >= 30


def test_the_roster_has_the_awkward_cases_the_badges_and_kiosk_must_handle(roster):
    assert sum(a.mission_letter for a in roster) >= 5
    assert sum(a.status is Status.SUSPENDED for a in roster) >= 2
    assert sum(a.status is Status.REVOKED for a in roster) >= 2
    assert sum(bool(a.attention_note) for a in roster) >= 3
    assert sum(a.sessions == {"closing"} for a in roster) >= 3
    assert sum(bool(a.appointments) for a in roster) >= 3
    assert sum(_arabic(a.alt_name) for a in roster) >= 10
    assert sum(_arabic(a.family_name) for a in roster) >= 2
    assert any(len(a.family_name) >= 30 for a in roster)
    assert any(any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", a.family_name)) for a in roster)
    assert sum("-" in a.family_name for a in roster) >= 4


def test_the_first_ten_rows_are_the_originals(roster):
    by_number = {a.badge_number: a for a in roster}
    assert by_number["M0001"].family_name == "El Amrani" and by_number["M0001"].photo.endswith(".jpg")
    assert by_number["M0006"].sessions == {"closing"}
    assert by_number["M0008"].status is Status.REVOKED and by_number["M0009"].status is Status.SUSPENDED
    lines = DEMO_ROSTER.read_text(encoding="utf-8").splitlines()
    assert [line.split(";")[0] for line in lines[1:11]] == [f"M{n:04d}" for n in range(1, 11)]


def test_portraits_are_small_jpegs_for_the_rows_that_name_them(roster):
    names = [line.split(";")[-1] for line in DEMO_ROSTER.read_text(encoding="utf-8").splitlines()[1:]]
    named = {n for n in names if n}
    assert len(named) >= 50
    assert named == {p.name for p in DEMO_PHOTOS.glob("*.jpg")}
    for path in DEMO_PHOTOS.glob("*.jpg"):
        assert path.stat().st_size < 15_000, path.name
        assert path.read_bytes()[:3] == b"\xff\xd8\xff"


def test_the_demo_home_holds_the_reissued_badges_and_a_rebuild_does_not_bump_them_again(tmp_path):
    home = tmp_path / "home"
    for _ in range(2):
        paths = prepare_demo_home(home)
    with Station.open(paths.home) as station:
        for number, version in DEMO_REISSUED.items():
            assert station.roster.get(number).badge_version == version


def test_each_camera_image_gets_the_verdict_its_play_list_expects(tmp_path):
    import zxingcpp

    scenes = tomllib.loads((DEMO_CAMERA / "scenes.toml").read_text(encoding="utf-8"))["scene"]
    assert {s["image"] for s in scenes} == {p.name for p in DEMO_CAMERA.glob("*.png")}
    clock = FixedClock(scenes[0]["at"])
    paths = prepare_demo_home(tmp_path / "home", clock)
    with Station.open(paths.home, clock=clock) as station:
        service = station.checkpoint_service()
        seen = []
        for scene in scenes:
            gray = png_gray(DEMO_CAMERA / scene["image"])
            (text,) = decode_qr(gray)
            assert [r.text for r in zxingcpp.read_barcodes(gray)] == [text], scene["image"]
            clock.set(scene["at"])
            verdict = service.scan(text)
            seen.append((scene["image"], verdict.code.value))
            if verdict.admissible:
                service.decide(verdict.scan_id, Decision.ADMITTED, officer="")
    assert seen == [(s["image"], s["expect"]) for s in scenes]
