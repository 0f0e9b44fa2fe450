"""A paced scanner (headless runs) sends the next scan only once the screen has dealt with the last."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QObject, Slot

from kiosk.scanner.capture_thread import ScannerThread
from kiosk.scanner.debounce import Scan
from kiosk.scanner.sources import open_source
from tests.support import synthetic


class Collector(QObject):
    def __init__(self, scanner: ScannerThread) -> None:
        super().__init__()
        self.scans: list[Scan] = []
        self.finished = False
        scanner.scan_detected.connect(self.on_scan_detected)
        scanner.finished_source.connect(self.on_finished_source)

    @Slot(object)
    def on_scan_detected(self, scan: Scan) -> None:
        self.scans.append(scan)

    @Slot()
    def on_finished_source(self) -> None:
        self.finished = True


def badge_folder(folder: Path, count: int) -> list[str]:
    rng = np.random.default_rng(11)
    texts = [synthetic.badge_text(rng) for _ in range(count)]
    folder.mkdir()
    for index, text in enumerate(texts):
        cv2.imwrite(str(folder / f"{index}.png"), synthetic.badge_scene([text], rng))
    return texts


def test_each_scan_waits_for_the_screen_and_the_source_ends_after_the_last(qtbot, tmp_path: Path) -> None:
    texts = badge_folder(tmp_path / "door", 3)
    scanner = ScannerThread(lambda: open_source(tmp_path / "door"), lossless=True, paced=True)
    seen = Collector(scanner)
    scanner.start()
    try:
        for shown in range(1, 4):
            qtbot.waitUntil(lambda n=shown: len(seen.scans) == n, timeout=5000)
            qtbot.wait(300)  # time enough for the next image to be decoded: it must wait
            assert len(seen.scans) == shown and not seen.finished
            scanner.acknowledge_scan()
        qtbot.waitUntil(lambda: seen.finished, timeout=5000)
        assert [s.texts for s in seen.scans] == [(t,) for t in texts]
    finally:
        assert scanner.stop(5000)


def test_a_paced_scanner_waiting_for_the_screen_still_stops_at_once(qtbot, tmp_path: Path) -> None:
    badge_folder(tmp_path / "door", 2)
    scanner = ScannerThread(lambda: open_source(tmp_path / "door"), lossless=True, paced=True)
    seen = Collector(scanner)
    scanner.start()
    qtbot.waitUntil(lambda: len(seen.scans) == 1, timeout=5000)
    assert scanner.stop(2000), "a scanner waiting for the screen must not hold up a stop"
