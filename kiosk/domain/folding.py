"""Text folding for search: case, accents and Arabic diacritics ignored, so officers type what they hear."""

from __future__ import annotations

import unicodedata

_ARABIC_EQUIVALENTS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": None}
)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.translate(_ARABIC_EQUIVALENTS)
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.casefold())
    return " ".join(cleaned.split())
