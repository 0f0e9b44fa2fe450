"""The QR symbol: level M, a 4-module quiet zone, version 7 at most for any badge text."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.badges.layout import CR80, MIN_QR_MODULE_MM
from kiosk.badges.qr import dark_runs, qr_modules
from kiosk.badges.render import qr_placement
from kiosk.domain.badge import BadgeIssuer


def _text(number="M0001", version=1):
    return BadgeIssuer(Ed25519PrivateKey.generate()).sign("IGA93", number, version)


def test_the_longest_badge_text_fits_version_7_with_a_quiet_zone_of_four():
    modules = qr_modules(_text("ABCD-EFG", 999))
    version = (len(modules) - 8 - 17) // 4
    assert len(modules) == 17 + 4 * version + 8 and version <= 7  # the layouts reserve room for 7
    for ring in range(4):
        assert not any(modules[ring]) and not any(modules[-1 - ring])
        assert not any(row[ring] or row[-1 - ring] for row in modules)


def test_runs_cover_exactly_the_dark_modules():
    modules = qr_modules(_text())
    covered = {(r, c + i) for r, c, n in dark_runs(modules) for i in range(n)}
    dark = {(r, c) for r, row in enumerate(modules) for c, d in enumerate(row) if d}
    assert covered == dark


def test_images_get_whole_pixel_modules_never_below_half_a_millimetre():
    for dpi in (96, 150, 200, 300, 600):
        px_per_mm = dpi / 25.4
        placement = qr_placement(CR80.qr, 53, px_per_mm / 100, (500.0, 500.0))
        assert placement.module == int(placement.module)
        assert placement.module / px_per_mm >= MIN_QR_MODULE_MM


def test_each_mask_candidate_is_the_symbol_qrcode_builds_with_that_mask():
    import numpy as np
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    from kiosk.badges.qr import candidates

    for text in (_text(), _text("ABCD-EFG", 999), "HELLO WORLD"):
        for mask, grid in enumerate(candidates(text)):
            reference = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
            reference.add_data(text)
            reference.make(fit=True)
            assert (np.array(reference.modules, dtype=bool) == grid).all(), (text, mask)


def test_the_chosen_symbol_decodes_back_to_the_text():
    import numpy as np
    from pyzbar import pyzbar

    text = _text()
    image = np.kron(np.where(np.array(qr_modules(text)), 0, 255), np.ones((4, 4))).astype(np.uint8)
    assert pyzbar.decode(image)[0].data.decode("ascii") == text
