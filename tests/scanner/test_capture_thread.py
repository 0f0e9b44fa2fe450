"""The scanner thread end to end: real VideoCapture on written videos, and a camera that fails."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QObject, Slot
from scanner_fakes import DOOR_FPS, FakeCameraRig, Showing, door_frames, write_video

from kiosk.scanner.capture_thread import Backoff, CaptureSettings, ScannerThread, to_qimage
from kiosk.scanner.debounce import DebounceSettings, Scan
from kiosk.scanner.decoding import QrDecoder
from kiosk.scanner.sources import open_source
from kiosk.scanner.status import CameraStatus, CameraStatusReport
from tests.support import synthetic

FAST = CaptureSettings(
    backoff=Backoff(first=0.02, factor=2.0, cap=0.08),
    miss_pause=0.005,
    bad_frames_after=3,
    lost_after=6,
    stall_after=0.3,
)


class Recorder(QObject):
    """Receives the thread's signals in the GUI thread, as the controller will."""

    def __init__(self, scanner: ScannerThread) -> None:
        super().__init__()
        self.scans: list[Scan] = []
        self.statuses: list[CameraStatusReport] = []
        self.previews = 0
        self.finished = 0
        scanner.scan_detected.connect(self.on_scan_detected)
        scanner.camera_status_changed.connect(self.on_camera_status_changed)
        scanner.preview_ready.connect(self.on_preview_ready)
        scanner.finished_source.connect(self.on_finished_source)

    @Slot(object)
    def on_scan_detected(self, scan: Scan) -> None:
        self.scans.append(scan)

    @Slot(object)
    def on_camera_status_changed(self, report: CameraStatusReport) -> None:
        self.statuses.append(report)

    @Slot()
    def on_preview_ready(self) -> None:
        self.previews += 1

    @Slot()
    def on_finished_source(self) -> None:
        self.finished += 1

    def kinds(self) -> list[CameraStatus]:
        return [r.status for r in self.statuses]

    def saw(self, status: CameraStatus) -> bool:
        return status in self.kinds()


@pytest.fixture
def start_scanner(qtbot):
    """Starts ScannerThreads and makes sure each is stopped (and its device released) after."""
    started: list[ScannerThread] = []

    def start(factory, **kwargs) -> tuple[ScannerThread, Recorder]:
        scanner = ScannerThread(factory, **kwargs)
        recorder = Recorder(scanner)
        started.append(scanner)
        scanner.start()
        return scanner, recorder

    yield start
    for scanner in started:
        assert scanner.stop(5000), "scanner thread did not stop"


@pytest.fixture(scope="module")
def badge_frames():
    """Two badges, each in a few camera frames."""
    rng = np.random.default_rng(3)
    texts = [synthetic.badge_text(rng) for _ in range(2)]
    frames = [
        [synthetic.badge_scene([t], rng, conditions=synthetic.Conditions.varied(rng))]
        for t in texts
    ]
    return texts, frames


# -- videos through the real VideoCapture path ---------------------------------------------------


@pytest.fixture(scope="module")
def door_run(qapp, door_video):
    """The door video through a lossless ScannerThread, once for all the tests that check it."""
    path, showings = door_video
    scanner = ScannerThread(lambda: open_source(path), lossless=True)
    seen = Recorder(scanner)
    scanner.start()
    deadline = time.monotonic() + 30
    while seen.finished == 0 and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    assert scanner.stop(5000)
    qapp.processEvents()
    assert seen.finished == 1, "the video never ended"
    return scanner, seen, showings


def test_door_video_gives_one_scan_per_showing_with_the_right_texts(door_run):
    _scanner, seen, showings = door_run
    expected = [set(s.texts) for s in showings if s.texts]
    assert [set(scan.texts) for scan in seen.scans] == expected


def test_door_video_scans_each_showing_within_its_first_frames(door_run):
    _scanner, seen, showings = door_run
    starts, frame = [], 0
    for showing in showings:
        if showing.texts:
            starts.append(frame / DOOR_FPS)
        frame += showing.frames
    assert len(seen.scans) == len(starts)
    for scan, start in zip(seen.scans, starts, strict=True):
        assert start <= scan.at <= start + 2 / DOOR_FPS


def test_door_video_badge_shown_again_scans_again(door_run):
    _scanner, seen, showings = door_run
    first = showings[1].texts[0]
    assert [first in scan.texts for scan in seen.scans].count(True) == 2


def test_door_video_two_badges_in_one_frame_say_multiple(door_run):
    _scanner, seen, _showings = door_run
    assert [scan.multiple for scan in seen.scans] == [False] * 7 + [True]


def test_lossless_mode_decodes_every_frame_and_ends(door_run):
    scanner, seen, showings = door_run
    stats = scanner.stats()
    assert stats.frames_read == stats.frames_decoded == sum(s.frames for s in showings)
    assert stats.frames_dropped == 0
    badge_frames = sum(s.frames for s in showings if s.texts)
    assert len(stats.text_latencies) == badge_frames
    assert seen.kinds() == [CameraStatus.STARTING, CameraStatus.RUNNING, CameraStatus.ENDED]


def test_video_played_live_keeps_real_time_and_still_scans(start_scanner, qtbot, tmp_path, rng):
    text = synthetic.badge_text(rng)
    fps = 30.0
    frames = door_frames(
        [
            Showing((), 6),
            Showing((text,), 18, synthetic.Conditions(blur_sigma=1.0)),
            Showing((), 6),
        ],
        rng,
    )
    path = write_video(tmp_path / "live.avi", frames, fps)
    started = time.monotonic()
    _scanner, seen = start_scanner(lambda: open_source(path))
    qtbot.waitUntil(lambda: seen.finished == 1, timeout=10_000)
    elapsed = time.monotonic() - started
    assert elapsed >= 0.9 * len(frames) / fps  # paced like a camera, not read flat out
    assert [scan.texts for scan in seen.scans] == [(text,)]
    scan = seen.scans[0]
    assert 0 <= scan.latency < 0.5
    assert started < scan.arrived < time.monotonic()


def test_preview_hands_out_the_newest_frame_once(start_scanner, qtbot, badge_frames):
    _texts, frames = badge_frames
    # Frames far apart, so no new one can slip in between the two takes below (it did at 10 ms).
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.4)
    scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: seen.previews >= 1, timeout=5000)
    image = scanner.latest_preview()
    assert image is not None and (image.width(), image.height()) == (1280, 720)
    assert not image.isNull()
    qtbot.waitUntil(lambda: seen.previews >= 2, timeout=5000)
    assert scanner.latest_preview() is not None
    assert scanner.latest_preview() is None  # taken already: nothing until the next frame


def test_preview_signal_is_not_flooded_while_nobody_takes_frames(
    start_scanner, qtbot, badge_frames
):
    _texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.005)
    scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: scanner.stats().frames_read >= 20, timeout=5000)
    qtbot.wait(50)
    assert seen.previews == 1


# -- faults -------------------------------------------------------------------------------------


def test_no_camera_at_start_reports_unavailable_and_retries_with_backoff(
    start_scanner, qtbot, badge_frames
):
    texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], plugged=False)
    scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(
        lambda: len([r for r in seen.statuses if r.status is CameraStatus.UNAVAILABLE]) >= 4,
        timeout=5000,
    )
    retries = [r for r in seen.statuses if r.status is CameraStatus.UNAVAILABLE]
    assert [r.retry_in for r in retries[:4]] == pytest.approx([0.02, 0.04, 0.08, 0.08])
    assert [r.attempt for r in retries[:4]] == [1, 2, 3, 4]
    assert retries[0].english().startswith("camera unavailable — retrying in")
    gaps = np.diff(rig.opens[:4])
    assert gaps[0] >= 0.015 and gaps[2] >= 0.07  # it waited, and waited longer

    rig.plugged = True
    qtbot.waitUntil(lambda: [s.texts for s in seen.scans] == [(texts[0],)], timeout=5000)
    assert scanner.camera_status.status is CameraStatus.RUNNING


def test_camera_unplugged_mid_stream_is_lost_then_reconnects(start_scanner, qtbot, badge_frames):
    texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.005)
    _scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: len(seen.scans) == 1, timeout=5000)

    rig.plugged = False
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.LOST), timeout=5000)
    lost = next(r for r in seen.statuses if r.status is CameraStatus.LOST)
    assert lost.retry_in == pytest.approx(0.02)
    assert lost.message_id == "camera.lost.retrying"
    qtbot.waitUntil(lambda: len(rig.opens) >= 3, timeout=5000)  # retrying while unplugged

    rig.frames = frames[1]
    rig.plugged = True
    qtbot.waitUntil(
        lambda: [s.texts for s in seen.scans] == [(texts[0],), (texts[1],)], timeout=5000
    )
    assert seen.kinds()[-1] is CameraStatus.RUNNING
    assert rig.releases >= 1  # the lost device was released before reopening


def test_corrupt_frames_are_reported_then_scanning_resumes(start_scanner, qtbot, badge_frames):
    _texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.005)
    scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: len(seen.scans) == 1, timeout=5000)
    rig.frames = frames[1]
    rig.bad_reads = 5  # None, empty, 4x4, float, failed read: fewer than lost_after
    qtbot.waitUntil(lambda: len(seen.scans) == 2, timeout=5000)
    kinds = seen.kinds()
    assert CameraStatus.BAD_FRAMES in kinds
    assert kinds[-1] is CameraStatus.RUNNING
    assert CameraStatus.LOST not in kinds
    assert scanner.stats().failed_reads == 5


def test_endless_bad_frames_count_as_a_lost_camera(start_scanner, qtbot, badge_frames):
    _texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.002)
    _scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.RUNNING), timeout=5000)
    rig.bad_reads = 10**6
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.LOST), timeout=5000)
    assert seen.kinds().index(CameraStatus.BAD_FRAMES) < seen.kinds().index(CameraStatus.LOST)


def test_dead_camera_is_not_read_in_a_busy_loop(start_scanner, qtbot, badge_frames):
    _texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0])
    # the default pause between failed reads; a short backoff and loss detection so that
    # reconnection attempts happen inside the window too
    settings = CaptureSettings(backoff=Backoff(first=0.05, cap=0.1), lost_after=10)
    _scanner, seen = start_scanner(rig.factory(), capture=settings)
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.RUNNING), timeout=5000)
    rig.plugged = False  # every read now fails at once, as V4L2 does after an unplug
    start_wall, start_cpu = time.monotonic(), time.process_time()
    qtbot.wait(1000)
    wall, cpu = time.monotonic() - start_wall, time.process_time() - start_cpu
    reads = rig.reads_between(start_wall, start_wall + wall)
    opens = sum(start_wall <= t for t in rig.opens)
    assert 5 <= reads <= wall / settings.miss_pause + 5
    assert 1 <= opens <= wall / 0.05 + 1
    assert cpu < 0.3 * wall


def test_stop_is_prompt_even_during_a_long_backoff(start_scanner, qtbot):
    rig = FakeCameraRig(plugged=False)
    scanner, seen = start_scanner(
        rig.factory(), capture=CaptureSettings(backoff=Backoff(first=30.0))
    )
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.UNAVAILABLE), timeout=5000)
    started = time.monotonic()
    assert scanner.stop(2000)
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: seen.kinds()[-1] is CameraStatus.STOPPED, timeout=2000)


def test_stop_while_streaming_releases_the_camera(start_scanner, qtbot, badge_frames):
    _texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.01)
    scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.RUNNING), timeout=5000)
    assert scanner.stop(2000)
    assert rig.releases == len(rig.opens) == 1


def test_stopped_scanner_can_be_started_again(start_scanner, qtbot, badge_frames):
    texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.005)
    scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: len(seen.scans) == 1, timeout=5000)
    assert scanner.stop(2000)
    rig.frames = frames[1]
    decoded = scanner.stats().frames_decoded
    scanner.start()
    qtbot.waitUntil(lambda: len(seen.scans) == 2, timeout=5000)
    assert seen.scans[1].texts == (texts[1],)
    qtbot.waitUntil(lambda: scanner.stats().frames_decoded >= decoded + 20, timeout=5000)


def test_camera_stuck_in_read_is_reported_lost_and_recovers(start_scanner, qtbot, badge_frames):
    _texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.005)
    _scanner, seen = start_scanner(rig.factory(), capture=FAST)
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.RUNNING), timeout=5000)
    gate = threading.Event()
    rig.read_block = gate  # the next read hangs inside the driver
    qtbot.waitUntil(lambda: seen.saw(CameraStatus.LOST), timeout=5000)
    assert "no frame for" in seen.statuses[-1].detail
    rig.read_block = None
    gate.set()
    qtbot.waitUntil(lambda: seen.kinds()[-1] is CameraStatus.RUNNING, timeout=5000)


def test_decoder_failing_on_frames_does_not_end_scanning(start_scanner, qtbot, badge_frames):
    _texts, frames = badge_frames

    class FlakyDecoder(QrDecoder):
        calls = 0

        def decode_detailed(self, image):
            FlakyDecoder.calls += 1
            if FlakyDecoder.calls <= 3:
                raise MemoryError("decoder ran out of memory")
            return super().decode_detailed(image)

    rig = FakeCameraRig(frames=frames[0], frame_interval=0.005)
    _scanner, seen = start_scanner(rig.factory(), decoder=FlakyDecoder(), capture=FAST)
    qtbot.waitUntil(lambda: len(seen.scans) == 1, timeout=5000)
    assert FlakyDecoder.calls > 3


def test_held_badge_on_a_live_camera_scans_once(start_scanner, qtbot, badge_frames):
    texts, frames = badge_frames
    rig = FakeCameraRig(frames=frames[0], frame_interval=0.005)
    scanner, seen = start_scanner(
        rig.factory(), capture=FAST, debounce=DebounceSettings(gone_after=0.5)
    )
    qtbot.waitUntil(lambda: scanner.stats().frames_decoded >= 60, timeout=10_000)
    assert [s.texts for s in seen.scans] == [(texts[0],)]


@pytest.mark.parametrize("channels", [None, 3, 4])
def test_preview_image_owns_its_pixels_for_gray_bgr_and_bgra(channels):
    shape = (48, 64) if channels is None else (48, 64, channels)
    frame = np.full(shape, 200, np.uint8)
    image = to_qimage(frame)
    frame[:] = 0  # the capture thread reuses nothing, but the copy must not care
    assert (image.width(), image.height()) == (64, 48)
    assert image.pixelColor(10, 10).red() == 200


DEMO_CAMERA = Path(__file__).resolve().parents[2] / "data" / "demo" / "camera"


@pytest.mark.skipif(not DEMO_CAMERA.is_dir(), reason="no demo camera images in this checkout")
def test_demo_camera_folder_gives_one_scan_per_image_in_lossless_mode(start_scanner, qtbot):
    images = sorted(p for p in DEMO_CAMERA.iterdir() if p.suffix == ".png")
    _scanner, seen = start_scanner(lambda: open_source(DEMO_CAMERA), lossless=True)
    qtbot.waitUntil(lambda: seen.finished == 1, timeout=20_000)
    assert len(seen.scans) == len(images)
    for scan, image in zip(seen.scans, images, strict=True):
        (text,) = scan.texts
        badge_number = re.search(r"M\d{4}", image.stem).group()
        assert f".IGA93.{badge_number}." in text
