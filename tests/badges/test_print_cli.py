"""`kiosk badges print` and `png`: every printed QR code decodes and verifies as valid."""

from __future__ import annotations

import pytest

from kiosk.cli import main
from kiosk.domain.accreditation import Status
from kiosk.domain.badge import parse
from kiosk.domain.verdict import VerdictCode

from .conftest import decode_qr, judge, pdf_pages, png_gray, time_inside_a_window


def _expected_texts(station):
    issuer = station.issuer()
    return {
        acc.badge_number: issuer.sign(station.event.code, acc.badge_number, acc.badge_version)
        for acc in station.roster.all(Status.ACTIVE)
    }


@pytest.mark.parametrize("layout", ["a6", "cr80", "a4-sheet"])
def test_every_active_badge_in_the_pdf_decodes_at_150_dpi_and_verifies_valid(station, tmp_path, layout):
    out = tmp_path / f"{layout}.pdf"
    assert main(["badges", "print", "--out", str(out), "--layout", layout, "--home", str(station.paths.home)]) == 0
    decoded = [text for page in pdf_pages(out, dpi=150) for text in decode_qr(page)]
    expected = _expected_texts(station)
    assert sorted(decoded) == sorted(expected.values())
    for text in decoded:
        acc = station.roster.get(parse(text).badge_number)
        verdict = judge(station, text, time_inside_a_window(station, acc))
        assert verdict.code is VerdictCode.VALID, (acc.badge_number, verdict.code)


def test_every_png_decodes_to_the_badge_its_file_name_carries_and_verifies_valid(station, tmp_path):
    out = tmp_path / "png"
    assert main(["badges", "png", "--out", str(out), "--dpi", "150", "--home", str(station.paths.home)]) == 0
    files = sorted(out.glob("*.png"))
    expected = _expected_texts(station)
    assert {f.stem.split("_v")[0] for f in files} == set(expected)
    for path in files:
        number, version = path.stem.split("_v")
        (text,) = decode_qr(png_gray(path))
        claim = parse(text)
        assert (claim.badge_number, claim.version) == (number, int(version))
        verdict = judge(station, text, time_inside_a_window(station, station.roster.get(number)))
        assert verdict.code is VerdictCode.VALID, (number, verdict.code)


def test_reissue_makes_the_old_badge_superseded_and_the_new_one_valid(station, tmp_path, capsys):
    home = ["--home", str(station.paths.home)]
    assert main(["badges", "png", "--out", str(tmp_path / "old"), "M0001", *home]) == 0
    assert main(["badges", "reissue", "M0001", *home]) == 0
    assert main(["badges", "png", "--out", str(tmp_path / "new"), "M0001", *home]) == 0
    (old_text,) = decode_qr(png_gray(tmp_path / "old" / "M0001_v1.png"))
    (new_text,) = decode_qr(png_gray(tmp_path / "new" / "M0001_v2.png"))
    at = time_inside_a_window(station, station.roster.get("M0001"))
    old = judge(station, old_text, at)
    assert old.code is VerdictCode.SUPERSEDED and old.current_version == 2
    assert judge(station, new_text, at).code is VerdictCode.VALID


@pytest.mark.parametrize("number", ["M0008", "M0009"])  # revoked, suspended
def test_a_named_inactive_badge_is_refused_in_one_line_and_nothing_is_written(station, tmp_path, capsys, number):
    out = tmp_path / "x.pdf"
    assert main(["badges", "print", "--out", str(out), number, "--home", str(station.paths.home)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and number in err and "reinstate" in err
    assert not out.exists() and not list(tmp_path.glob(".x.pdf*"))


def test_an_unknown_number_is_refused(station, tmp_path, capsys):
    assert main(["badges", "png", "--out", str(tmp_path), "M0001", "Z9999", "--home", str(station.paths.home)]) == 1
    assert "Z9999" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.png"))


def test_print_refuses_an_output_that_is_not_a_pdf(station, tmp_path, capsys):
    assert main(["badges", "print", "--out", str(tmp_path / "x.png"), "--home", str(station.paths.home)]) == 2
    assert "pdf" in capsys.readouterr().err
