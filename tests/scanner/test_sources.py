"""Frame sources: real VideoCapture on written files, image folders, and the camera's failure modes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from scanner_fakes import FakeCameraRig, write_video

from kiosk.scanner.sources import (
    CameraSource,
    FrameMissing,
    ImageFolderSource,
    SourceEnded,
    SourceLost,
    SourceUnavailable,
    VideoFileSource,
    open_source,
)
from tests.support.synthetic import background


@pytest.fixture
def frames(rng):
    scene = background((320, 240), rng)
    return [cv2.add(scene, np.full_like(scene, 10 * i)) for i in range(6)]


def read_all(source):
    out = []
    while True:
        try:
            out.append(source.read())
        except SourceEnded:
            return out


def test_video_file_gives_every_frame_on_its_own_timeline_then_ends(tmp_path, frames):
    source = VideoFileSource(write_video(tmp_path / "v.avi", frames, fps=10))
    source.open()
    read = read_all(source)
    source.close()
    assert [f.index for f in read] == list(range(6))
    assert [f.at for f in read] == pytest.approx([0.0, 0.1, 0.2, 0.3, 0.4, 0.5])
    assert read[0].image.shape == (240, 320, 3)
    assert not read[0].image.flags.writeable


def test_missing_video_is_unavailable(tmp_path):
    with pytest.raises(SourceUnavailable):
        VideoFileSource(tmp_path / "nope.avi").open()


def test_file_that_is_not_a_video_is_unavailable(tmp_path):
    bogus = tmp_path / "bogus.avi"
    bogus.write_bytes(b"this is not a video at all" * 100)
    with pytest.raises(SourceUnavailable):
        VideoFileSource(bogus).open()


def test_folder_gives_images_in_name_order_and_skips_a_corrupt_one(tmp_path, frames):
    for i, frame in enumerate(frames[:3]):
        cv2.imwrite(str(tmp_path / f"{i}.png"), frame)
    (tmp_path / "1b.png").write_bytes(b"\x89PNG truncated")
    (tmp_path / "notes.txt").write_text("not an image")
    source = ImageFolderSource.folder(tmp_path, interval=0.5)
    source.open()
    got = []
    with pytest.raises(SourceEnded):
        while True:
            try:
                got.append(source.read())
            except FrameMissing:
                got.append(None)
    assert [None if f is None else f.at for f in got] == [0.0, 0.5, None, 1.5]


def test_a_corrupt_image_is_named_once_in_the_kiosk_log_and_opencv_prints_nothing(tmp_path, frames, caplog, capfd):
    cv2.imwrite(str(tmp_path / "0.png"), frames[0])
    (tmp_path / "1-broken.png").write_bytes(b"\x89PNG\r\n\x1a\n garbage that is no PNG chunk")
    for _ in range(2):  # the demo plays its folder again and again
        source = ImageFolderSource.folder(tmp_path)
        source.open()
        source.read()
        with pytest.raises(FrameMissing):
            source.read()
    skipped = [r for r in caplog.records if "1-broken.png" in r.getMessage()]
    assert len(skipped) == 1 and skipped[0].name == "kiosk.scanner.sources"
    assert capfd.readouterr().err == ""  # OpenCV's own "[ WARN ... readHeader" lines are silenced


def test_a_folder_held_like_a_badge_repeats_each_image_for_its_interval(tmp_path, frames):
    for i, frame in enumerate(frames[:2]):
        cv2.imwrite(str(tmp_path / f"{i}.png"), frame)
    source = ImageFolderSource.folder(tmp_path, interval=1.0, repeat_fps=4)
    source.open()
    got = read_all(source)
    assert [f.at for f in got] == [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75]
    assert got[0].image is got[3].image and got[4].image is not got[3].image


def test_single_image_is_one_frame(tmp_path, frames):
    path = tmp_path / "one.jpg"
    cv2.imwrite(str(path), frames[0])
    source = open_source(path)
    source.open()
    assert len(read_all(source)) == 1


def test_empty_folder_is_unavailable(tmp_path):
    with pytest.raises(SourceUnavailable):
        ImageFolderSource.folder(tmp_path).open()


@pytest.mark.parametrize(
    "spec,kind",
    [
        (0, CameraSource),
        ("2", CameraSource),
        ("/dev/video1", CameraSource),
        ("clip.avi", VideoFileSource),
    ],
)
def test_open_source_picks_the_kind(spec, kind):
    assert isinstance(open_source(spec), kind)


def test_open_source_picks_folder_and_image(tmp_path):
    assert isinstance(open_source(tmp_path), ImageFolderSource)
    assert isinstance(open_source(tmp_path / "x.png"), ImageFolderSource)


def test_camera_asks_for_720p_mjpg(frames):
    rig = FakeCameraRig(frames=frames)
    source = rig.source()
    source.open()
    assert rig.settings[cv2.CAP_PROP_FOURCC] == cv2.VideoWriter.fourcc(*"MJPG")
    assert rig.settings[cv2.CAP_PROP_FRAME_WIDTH] == 1280
    assert rig.settings[cv2.CAP_PROP_FRAME_HEIGHT] == 720
    source.close()
    assert rig.releases == 1


def test_absent_camera_is_unavailable():
    rig = FakeCameraRig(plugged=False)
    with pytest.raises(SourceUnavailable):
        rig.source().open()


def test_camera_times_frames_with_the_injected_clock(frames):
    ticks = iter([10.0, 10.5])
    rig = FakeCameraRig(frames=frames)
    source = CameraSource(0, capture_factory=rig.capture, clock=lambda: next(ticks))
    source.open()
    assert [source.read().at, source.read().at] == [10.0, 10.5]


@pytest.mark.parametrize("kind", ["none", "empty", "tiny", "float", "fail"])
def test_corrupt_camera_read_is_a_missing_frame(kind, frames):
    rig = FakeCameraRig(frames=frames, bad_reads=1, bad_kinds=(kind,))
    source = rig.source()
    source.open()
    with pytest.raises(FrameMissing):
        source.read()
    assert source.read().index == 0  # the next read is fine


def test_unplugged_camera_reads_nothing_and_reopening_fails(frames):
    rig = FakeCameraRig(frames=frames)
    source = rig.source()
    source.open()
    source.read()
    rig.plugged = False
    with pytest.raises(FrameMissing):  # V4L2 keeps the handle "open" after an unplug
        source.read()
    source.close()
    with pytest.raises(SourceUnavailable):
        source.open()


def test_reading_a_closed_camera_is_lost(frames):
    source = FakeCameraRig(frames=frames).source()
    with pytest.raises(SourceLost):
        source.read()


def test_truncated_video_gives_the_frames_it_has_then_ends(tmp_path, frames):
    path = write_video(tmp_path / "v.avi", frames * 4, fps=10)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    source = VideoFileSource(path)
    source.open()
    read = read_all(source)
    assert 0 < len(read) < 24
