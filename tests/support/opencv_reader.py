"""OpenCV's own QRCodeDetector, for comparison in benchmarks only: it is not part of the pipeline."""

from __future__ import annotations

import cv2
import numpy as np

_detector: cv2.QRCodeDetector | None = None


def read_opencv(gray: np.ndarray) -> list[str]:
    """Every text OpenCV's detector reads in a gray frame (empty when it fails or raises)."""
    global _detector
    try:
        if _detector is None:
            _detector = cv2.QRCodeDetector()
        ok, texts, _points, _ = _detector.detectAndDecodeMulti(gray)
    except cv2.error:
        return []
    return [text for text in texts if text] if ok else []
