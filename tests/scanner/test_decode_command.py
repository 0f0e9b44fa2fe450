"""`kiosk decode [--json] IMAGE…` as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import cv2
import pytest

from kiosk.cli import main
from tests.support.synthetic import Conditions, badge_scene, badge_text


@pytest.fixture
def images(tmp_path, rng):
    one, two = badge_text(rng), [badge_text(rng), badge_text(rng)]
    paths = {
        "badge": tmp_path / "badge.png",
        "pair": tmp_path / "pair.jpg",
        "empty": tmp_path / "empty.png",
    }
    cv2.imwrite(str(paths["badge"]), badge_scene([one], rng, conditions=Conditions(tilt=0.1)))
    cv2.imwrite(str(paths["pair"]), badge_scene(two, rng), [cv2.IMWRITE_JPEG_QUALITY, 90])
    cv2.imwrite(str(paths["empty"]), badge_scene([], rng))
    return paths, {"badge": [one], "pair": two, "empty": []}


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "decode", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_json_prints_one_object_per_image_with_texts_and_time(images):
    paths, expected = images
    result = run_cli("--json", paths["badge"], paths["pair"], paths["empty"])
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(paths[k]) for k in ("badge", "pair", "empty")]
    assert records[0]["texts"] == expected["badge"]
    assert sorted(records[1]["texts"]) == sorted(expected["pair"])
    assert records[2]["texts"] == []
    assert all(set(r) == {"path", "texts", "ms"} for r in records)
    assert all(isinstance(r["ms"], float) and 0 < r["ms"] < 1000 for r in records)


def test_unreadable_image_is_reported_and_fails_the_command(images, tmp_path):
    paths, expected = images
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    result = run_cli("--json", broken, paths["badge"])
    assert result.returncode == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"path": str(broken), "texts": [], "ms": None, "error": "unreadable"}
    assert second["texts"] == expected["badge"]


def test_plain_output_names_each_image_its_texts_and_time(images, capsys):
    paths, expected = images
    assert main(["decode", str(paths["badge"]), str(paths["empty"])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{paths['badge']}: 1 QR code (") and lines[0].endswith(" ms)")
    assert lines[1] == f"  {expected['badge'][0]}"
    assert lines[2].startswith(f"{paths['empty']}: no QR code (")


def test_plain_output_keeps_control_characters_on_one_line():
    from kiosk.cli.decode_command import _one_line

    assert _one_line("BEGIN:VCARD\r\nN:X\x1d") == "BEGIN:VCARD\\r\\nN:X\\x1d"


def test_decode_needs_an_image(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["decode"])
    assert exc.value.code == 2
