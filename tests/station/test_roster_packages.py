"""The office's roster reaches the kiosk as a signed package; the kiosk refuses anything else, keeps its
stricter statuses, and applies in short transactions that never show half a roster."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text as sql

from kiosk.domain.accreditation import Status
from kiosk.domain.badge import BadgeIssuer
from kiosk.domain.log import LogKind, StatusSource
from kiosk.domain.roster_package import MAX_PACKAGE_BYTES, seal
from kiosk.domain.roster_update import RosterSourceKind
from tests.fixtures.homes import kiosk_cli

from .conftest import MORNING, Pair, make_pair, roster_dump

NOW = "2025-11-24T09:00+01:00"


def verify(home, text: str, now: str = NOW) -> dict:  # noqa: ANN001
    result = kiosk_cli(home, "verify", text, "--now", now)
    return json.loads(result.stdout)


def payload(home, number: str) -> str:  # noqa: ANN001
    result = kiosk_cli(home, "badges", "payload", number)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_reprint_reaches_the_kiosk_by_the_next_package_old_superseded_new_valid(pair: Pair):
    first = pair.packages / "first.krp"
    published = kiosk_cli(pair.office, "roster", "publish", "--out", str(first))
    assert published.returncode == 0, published.stderr
    assert "serial 1" in published.stdout and "4 badges, 1 photos" in published.stdout
    applied = kiosk_cli(pair.kiosk, "roster", "apply", str(first))
    assert applied.returncode == 0, applied.stderr
    assert "Applied roster serial 1" in applied.stdout and "4 added" in applied.stdout
    old = payload(pair.office, "M0001")
    reissued = kiosk_cli(pair.office, "badges", "reissue", "M0001")
    assert reissued.returncode == 0, reissued.stderr
    new = reissued.stdout.strip().splitlines()[-1]
    assert verify(pair.kiosk, new)["detail"] == "roster_out_of_date"  # the kiosk has not heard yet
    second = pair.packages / "second.krp"
    assert kiosk_cli(pair.office, "roster", "publish", "--out", str(second)).returncode == 0
    applied = kiosk_cli(pair.kiosk, "roster", "apply", str(second))
    assert applied.returncode == 0 and "1 updated" in applied.stdout, applied.stdout + applied.stderr
    superseded = verify(pair.kiosk, old)
    assert (superseded["code"], superseded["current_version"]) == ("superseded", 2)
    assert verify(pair.kiosk, new)["code"] == "valid"


@pytest.fixture(scope="module")
def applied_twice(tmp_path_factory):  # noqa: ANN001, ANN201
    """A kiosk that applied serial 2 of 2, and the bad files to offer it."""
    pair = make_pair(tmp_path_factory.mktemp("refusals"))
    one, two = pair.publish(), pair.publish()
    pair.apply(two)
    three = pair.publish()
    data = three.read_bytes()
    with pair.at_office() as station:
        issuer = station.issuer()
        kid = issuer.key_id
        body = data.split(b"\n", 1)[1]
        other_event = seal(issuer, body.replace(b'"event":"IGA93"', b'"event":"IGA94"'))
    bad = {
        "unsigned": body,
        "altered": data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 0x20]) + data[len(data) // 2 + 1 :],
        "unknown_key": seal(BadgeIssuer(Ed25519PrivateKey.generate()), body.replace(kid.encode(), b"AAA")),
        "other_event": other_event,
        "older": one.read_bytes(),
        "equal": two.read_bytes(),
    }
    files = {}
    for name, content in bad.items():
        files[name] = pair.packages / f"{name}.krp"
        files[name].write_bytes(content)
    files["too_large"] = pair.packages / "too_large.krp"
    with files["too_large"].open("wb") as handle:
        handle.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: refused from its size before a byte is read
    return pair, files


@pytest.mark.parametrize(
    "name, reason",
    [
        ("unsigned", "unsigned"),
        ("altered", "bad_signature"),
        ("unknown_key", "unknown_key"),
        ("other_event", "other_event"),
        ("older", "not_newer"),
        ("equal", "not_newer"),
        ("too_large", "too_large"),
    ],
)
def test_a_bad_package_is_refused_with_one_line_and_the_database_unchanged(applied_twice, name, reason):
    pair, files = applied_twice
    before = roster_dump(pair.kiosk)
    photos_before = sorted(p.name for p in (pair.kiosk / "photos").iterdir())
    result = kiosk_cli(pair.kiosk, "roster", "apply", str(files[name]))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"roster package refused ({reason})" in result.stderr
    assert roster_dump(pair.kiosk) == before
    assert sorted(p.name for p in (pair.kiosk / "photos").iterdir()) == photos_before


def test_a_revocation_at_the_kiosk_survives_a_package_where_the_badge_is_active(pair: Pair):
    pair.apply(pair.publish())
    revoked = kiosk_cli(pair.kiosk, "roster", "revoke", "M0002", "--reason", "badge stolen at the door")
    assert revoked.returncode == 0, revoked.stderr
    applied = kiosk_cli(pair.kiosk, "roster", "apply", str(pair.publish()))
    assert applied.returncode == 0, applied.stderr
    assert "Kept 1 stricter status" in applied.stdout
    assert "M0002 kept revoked: set by hand on this machine" in applied.stdout
    assert "the roster says active" in applied.stdout
    with pair.at_kiosk() as station:
        held = station.roster.get("M0002")
        assert (held.status, held.status_reason) == (Status.REVOKED, "badge stolen at the door")
    assert verify(pair.kiosk, payload(pair.office, "M0002"))["code"] == "revoked"


def test_a_reinstatement_at_the_kiosk_lifts_its_own_revocation(pair: Pair):
    pair.apply(pair.publish())
    with pair.at_kiosk() as station:
        station.set_badge_status("M0002", Status.REVOKED, "stolen")
        station.set_badge_status("M0002", Status.ACTIVE, "found again")
    report = pair.apply(pair.publish())
    assert report.kept == ()
    with pair.at_kiosk() as station:
        assert station.roster.get("M0002").status is Status.ACTIVE


def test_the_office_lifts_a_kiosk_revocation_only_once_it_has_seen_it(pair: Pair, tmp_path):
    pair.apply(pair.publish())
    with pair.at_kiosk() as station:
        station.set_badge_status("M0002", Status.REVOKED, "stolen", officer="SUP1")
    export = tmp_path / "gate-log.csv"
    assert kiosk_cli(pair.kiosk, "log", "export", "--out", str(export)).returncode == 0
    result = kiosk_cli(pair.office, "roster", "acknowledge", str(export))
    assert result.returncode == 0, result.stderr
    assert "1 kiosk status change(s) acknowledged" in result.stdout and "M0002 now revoked here too" in result.stdout
    with pair.at_office() as station:
        assert station.roster.get("M0002").status is Status.REVOKED  # adopted: the office holds it too
        station.import_roster(pair.office / "roster.csv", pair.office / "incoming-photos")  # nor does a re-import
        assert station.roster.get("M0002").status is Status.REVOKED
    assert pair.apply(pair.publish()).kept == ()  # the package says revoked and names the change as seen
    with pair.at_office() as station:
        station.set_badge_status("M0002", Status.ACTIVE, "the holder found the badge")
    pair.apply(pair.publish())
    with pair.at_kiosk() as station:
        lifted = station.roster.get("M0002")
        assert lifted.status is Status.ACTIVE
    again = kiosk_cli(pair.office, "roster", "acknowledge", str(export))
    assert "0 kiosk status change(s) acknowledged, 1 seen before" in again.stdout


def test_a_reimport_never_lowers_a_revocation_made_by_hand(pair: Pair):
    """Single machine, CSV only: the issue's first finding, fixed."""
    with pair.at_office() as station:
        station.set_badge_status("M0002", Status.REVOKED, "stolen")
    photos = str(pair.office / "incoming-photos")
    result = kiosk_cli(pair.office, "roster", "import", str(pair.office / "roster.csv"), "--photos", photos)
    assert result.returncode == 0, result.stderr
    assert "unsigned roster source" in result.stdout
    assert "M0002 kept revoked" in result.stdout
    with pair.at_office() as station:
        assert station.roster.get("M0002").status is Status.REVOKED


def test_every_status_change_is_a_row_of_the_hash_chain(pair: Pair):
    from kiosk.station.backend import StationBackend

    pair.apply(pair.publish())  # M0004 arrives suspended: a change that came with serial 1
    assert kiosk_cli(pair.kiosk, "roster", "suspend", "M0001", "--reason", "check", "--officer", "1001").returncode == 0
    with pair.at_kiosk() as station:
        StationBackend(station).set_badge_status("M0003", Status.REVOKED, "misuse", "SUP1")
        changes = sorted((e for e in station.log.entries() if e.kind is LogKind.STATUS_CHANGE), key=lambda e: e.id)
        applied = [e for e in station.log.entries() if e.kind is LogKind.ROSTER_APPLIED]
        assert station.log.verify_chain() == []
    assert [(e.badge_number, e.code, e.reason, e.officer, e.ref_id) for e in changes] == [
        ("M0004", "suspended", StatusSource.PACKAGE, "", 1),
        ("M0001", "suspended", StatusSource.KIOSK, "1001", None),
        ("M0003", "revoked", StatusSource.KIOSK, "SUP1", None),
    ]
    assert changes[0].detail == "awaiting a press card" and changes[2].detail == "misuse"
    assert [(e.reason, e.ref_id) for e in applied] == [(StatusSource.PACKAGE, 1)]
    assert "serial=1" in applied[0].detail and "added=4" in applied[0].detail
    with pair.at_kiosk() as station:
        station.import_roster(pair.office / "roster.csv", pair.office / "incoming-photos")  # unsigned, on a kiosk
        imported = [e for e in station.log.entries() if e.kind is LogKind.ROSTER_APPLIED][-1]
        assert (imported.reason, imported.ref_id) == (StatusSource.IMPORT, None)
        assert station.roster.source().kind is RosterSourceKind.IMPORT


def test_status_json_names_the_roster_and_survives_a_restart(pair: Pair):
    before = json.loads(kiosk_cli(pair.kiosk, "status", "--json").stdout)
    assert before["roster"]["source"] is None
    pair.clock.set(datetime.fromisoformat("2025-11-24T07:40:00+01:00"))
    package = pair.publish()
    pair.clock.set(MORNING)
    pair.apply(package)
    status = json.loads(kiosk_cli(pair.kiosk, "status", "--json").stdout)
    assert set(status) >= {"kiosk_id", "checkpoint", "roster"}
    assert status["checkpoint"] == "media-entrance"
    assert status["roster"] | {"key_id": None} == {
        "source": "package", "serial": 1, "created_at": "2025-11-24T07:40:00+01:00",
        "applied_at": "2025-11-24T09:00:00+01:00", "key_id": None, "badges": 4,
    }
    text = kiosk_cli(pair.kiosk, "status").stdout
    assert "package serial 1 created 2025-11-24T07:40:00+01:00" in text


def test_photos_travel_inside_the_package(pair: Pair):
    pair.apply(pair.publish())
    with pair.at_office() as station:  # the office re-encoded the photo it imported (no metadata kept)
        original = (station.paths.photos / station.roster.get("M0001").photo).read_bytes()
    with pair.at_kiosk() as station:
        name = station.roster.get("M0001").photo
        stored = station.paths.photos / name
    assert stored.read_bytes() == original and original[:2] == b"\xff\xd8"
    assert stored.stat().st_mode & 0o777 == 0o600


def test_a_package_drops_badges_the_office_dropped_but_not_one_revoked_here(pair: Pair):
    pair.apply(pair.publish())
    with pair.at_kiosk() as station:
        station.set_badge_status("M0002", Status.REVOKED, "stolen")
    with pair.at_office() as station, station.database.write() as session:
        # an office rebuilt from a smaller file (its imports keep absent rows: revoking is the usual way)
        session.execute(sql("DELETE FROM accreditation WHERE badge_number IN ('M0001', 'M0002')"))
    report = pair.apply(pair.publish())
    assert report.removed == 1
    assert [(k.badge_number, k.offered) for k in report.kept] == [("M0002", None)]
    with pair.at_kiosk() as station:
        assert station.roster.find("M0001") is None
        assert station.roster.get("M0002").status is Status.REVOKED
