"""Photos come in as sound images only: no links, no text files, nothing huge, and no metadata kept."""

from __future__ import annotations

import os
import struct

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from kiosk.station.event_file import REFERENCE_EVENT, load_event
from kiosk.station.photo_files import MAX_PHOTO_BYTES, MAX_PHOTO_SIDE
from kiosk.station.roster_import import ImportFailed
from kiosk.station.station import Station
from tests.fixtures.homes import person, write_roster

EVENT = load_event(REFERENCE_EVENT)


def jpeg(width: int = 120, height: int = 160) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def with_metadata(data: bytes) -> bytes:
    """The JPEG with an EXIF block (a GPS tag's name and an owner) and a comment spliced in after SOI."""
    exif = b"Exif\x00\x00GPSLatitude Belkadiri-phone +212600000000"
    comment = b"taken by Belkadiri"
    segments = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    segments += b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    return data[:2] + segments + data[2:]


def import_with_photo(tmp_path, make_photo):
    folder = tmp_path / "photos-in"
    folder.mkdir()
    make_photo(folder / "p.jpg")
    roster = write_roster(tmp_path / "r.csv", [person("P1", photo="p.jpg")])
    home = tmp_path / "home"
    with Station.open(home) as station:
        station.import_roster(roster, folder)
        return station.roster.get("P1"), home


def refused(tmp_path, make_photo) -> str:
    with pytest.raises(ImportFailed) as failure:
        import_with_photo(tmp_path, make_photo)
    assert not any((tmp_path / "home" / "photos").iterdir()), "nothing was copied in"
    return str(failure.value)


def test_a_photo_that_is_a_symbolic_link_is_refused(tmp_path):
    secret = tmp_path / "shadow"
    secret.write_bytes(jpeg())
    message = refused(tmp_path, lambda p: os.symlink(secret, p))
    assert "row 2, photo" in message and "symbolic link" in message


def test_a_text_file_named_jpg_is_refused(tmp_path):
    message = refused(tmp_path, lambda p: p.write_text("root:x:0:0:root:/root:/bin/bash\n"))
    assert "row 2, photo" in message and "not a JPEG, PNG or WebP image" in message


def test_a_photo_over_the_size_limit_is_refused(tmp_path):
    message = refused(tmp_path, lambda p: p.write_bytes(jpeg() + b"\0" * MAX_PHOTO_BYTES))
    assert "larger than 10 MB" in message


def test_photos_are_re_encoded_without_their_metadata_and_owner_only(tmp_path):
    acc, home = import_with_photo(tmp_path, lambda p: p.write_bytes(with_metadata(jpeg())))
    stored = home / "photos" / acc.photo
    data = stored.read_bytes()
    assert b"Belkadiri" not in data and b"Exif" not in data and b"GPS" not in data
    assert QImage.fromData(data).size().width() == 120
    assert stored.stat().st_mode & 0o777 == 0o600


def test_a_large_photo_is_brought_down_to_the_bounded_size(tmp_path):
    acc, home = import_with_photo(tmp_path, lambda p: p.write_bytes(jpeg(3000, 4000)))
    size = QImage.fromData((home / "photos" / acc.photo).read_bytes()).size()
    assert max(size.width(), size.height()) == MAX_PHOTO_SIDE
