"""Everything the kiosk writes is owner-only, files already there included; a shared folder is refused."""

from __future__ import annotations

import stat

from tests.fixtures.homes import kiosk_cli, person, write_roster


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_badges_reports_exports_and_a_restored_database_are_owner_only(tmp_path):
    home = tmp_path / "home"
    assert kiosk_cli(home, "keys", "generate").returncode == 0
    assert kiosk_cli(home, "roster", "import", str(write_roster(tmp_path / "r.csv", [person("M0001")]))).returncode == 0
    for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm"):
        if (home / name).exists():
            (home / name).chmod(0o644)  # as a backup restored with cp would leave it
    outputs = tmp_path / "out"
    outputs.mkdir()
    old_report = outputs / "r.html"
    old_report.write_text("yesterday's")
    old_report.chmod(0o644)
    for args in (
        ("badges", "png", "--out", str(outputs / "png")),
        ("badges", "print", "--out", str(outputs / "b.pdf")),
        ("log", "export", "--out", str(outputs / "log.csv")),
        ("report", "--out", str(old_report)),
        ("report", "--out", str(outputs / "r.pdf")),
    ):
        result = kiosk_cli(home, *args)
        assert result.returncode == 0, (args, result.stderr)
    written = [p for p in outputs.rglob("*") if p.is_file()]
    assert len(written) == 5
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    kept = [p for p in home.rglob("*") if p.is_file()]
    assert {str(p): mode(p) for p in kept} == {str(p): 0o600 for p in kept}
    assert mode(home / "kiosk.db") == 0o600


def test_a_home_anyone_may_write_to_is_refused_and_left_as_it_was(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    result = kiosk_cli(shared, "init")
    assert result.returncode == 2 and "can be written by anyone" in result.stderr
    assert mode(shared) == 0o1777 and not any(shared.iterdir())
