"""Our own badges as images: the production renderer's output, for door scenes and benchmarks.

The faces are fictional holders with real signed texts (a seeded demo key), drawn by
`kiosk.badges.png.render_image` exactly as `kiosk badges png` draws them.
"""

from __future__ import annotations

import functools

import numpy as np
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.badges.face import BadgeFace, SessionMark
from kiosk.badges.layout import BADGE_FORMATS, BadgeFormat
from kiosk.domain.accreditation import MediaType, Role
from kiosk.domain.badge import BadgeIssuer

RENDER_DPI = 300  # 11.8 px/mm: finer than any door frame samples the card

_HOLDERS = (
    ("EL AMRANI", "Salma", "Le Matin", Role.JOURNALIST, MediaType.PRINT, "Morocco (MA)"),
    ("FERNÁNDEZ DE CÓRDOBA", "María de los Ángeles", "Agencia EFE", Role.PHOTOGRAPHER,
     MediaType.NEWS_AGENCY, "Spain (ES)"),
    ("OKAFOR", "Chukwuemeka", "Premium Times", Role.CAMERA_OPERATOR, MediaType.ONLINE,
     "Nigeria (NG)"),
    ("TANAKA", "Yui", "NHK World", Role.TECHNICIAN, MediaType.TV, "Japan (JP)"),
    ("HADDAD", "Rania", "Asharq News", Role.PRODUCER, MediaType.TV, "Lebanon (LB)"),
    ("AL-SAYED", "Khaled", "Freelance", Role.FIXER, MediaType.ONLINE, "Morocco (MA)"),
)
_SESSIONS = (("opening", "O", "Opening"), ("closing", "C", "Closing"), ("press", "P", "Press"),
             ("interviews", "I", "Interviews"))


@functools.lru_cache(maxsize=1)
def _issuer() -> BadgeIssuer:
    seed = np.random.default_rng(93).bytes(32)
    return BadgeIssuer(Ed25519PrivateKey.from_private_bytes(seed))


def badge_faces(count: int) -> list[BadgeFace]:
    """`count` distinct fictional badges, holders and session grants cycling, texts signed."""
    faces = []
    for i in range(count):
        family, given, outlet, role, media, country = _HOLDERS[i % len(_HOLDERS)]
        number = f"M{i + 1:04d}"
        granted = {j for j in range(4) if (i >> j) & 1 or j == 0}
        faces.append(
            BadgeFace(
                badge_number=number,
                version=1 + i % 3,
                family_name=family,
                given_names=given,
                alt_name="",
                outlet=outlet,
                role=role,
                media_type=media,
                country=country,
                sessions=tuple(
                    SessionMark(code, letter, caption, j in granted)
                    for j, (code, letter, caption) in enumerate(_SESSIONS)
                ),
                event_name="93rd INTERPOL General Assembly — Marrakech",
                event_name_alt="",
                event_dates="24–27 November 2025",
                qr_text=_issuer().sign("IGA93", number, 1 + i % 3),
                photo=None,
            )
        )
    return faces


def badge_image(face: BadgeFace, badge_format: BadgeFormat | str = "a6") -> np.ndarray:
    """The badge as the production renderer draws it (BGR, RENDER_DPI), read-only and cached."""
    fmt = BADGE_FORMATS[badge_format] if isinstance(badge_format, str) else badge_format
    return _render(face, fmt)


@functools.lru_cache(maxsize=64)
def _render(face: BadgeFace, fmt: BadgeFormat) -> np.ndarray:
    from PySide6.QtGui import QImage

    from kiosk.badges.png import render_image

    image = render_image(face, fmt, dpi=RENDER_DPI).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgb = rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3)
    bgr = np.ascontiguousarray(rgb[:, :, ::-1])
    bgr.flags.writeable = False
    return bgr
