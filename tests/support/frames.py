"""Camera-sized frames of a badge for end-to-end runs of the kiosk on images and videos."""

from __future__ import annotations

import cv2
import numpy as np
import qrcode
import qrcode.constants


def badge_frame(text: str, label: str, size: tuple[int, int] = (1280, 720)) -> np.ndarray:
    """A camera-sized frame: a white card holding the QR code, on a grey background."""
    width, height = size
    frame = np.full((height, width, 3), (92, 84, 78), np.uint8)
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = np.array(code.get_matrix(), dtype=bool)
    module = max(4, min(9, 440 // matrix.shape[0]))
    qr = np.where(matrix, 0, 255).astype(np.uint8).repeat(module, 0).repeat(module, 1)
    side = qr.shape[0]
    card_w, card_h = side + 80, side + 150
    x0, y0 = (width - card_w) // 2, (height - card_h) // 2
    frame[y0 : y0 + card_h, x0 : x0 + card_w] = 250
    frame[y0 + 40 : y0 + 40 + side, x0 + 40 : x0 + 40 + side] = qr[:, :, None]
    cv2.putText(frame, label, (x0 + 40, y0 + card_h - 40), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (40, 40, 40), 2, cv2.LINE_AA)
    cv2.putText(frame, "IGA93 DEMO", (x0 + 40, y0 + 28), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (110, 80, 30), 2, cv2.LINE_AA)
    return frame
