"""Search matching: officers type what they hear or read, on a keyboard that lacks half the letters.

One function folds both the roster's names and the query, so the screen and `kiosk roster search`
agree. Folding ignores case, accents, Arabic diacritics and the Arabic article, and maps letters a
keyboard cannot type to the ones it can (ı→i, ø→o, ß→ss, đ→d, ł→l, æ→ae, œ→oe, Persian ی→ي …).
Matching ignores apostrophes, hyphens and spaces inside names (O'Sullivan, Müller-Lüdenscheidt,
Ben Youssef are found typed OSULLIVAN, LUDENSCHEIDT, BENYOUSSEF), and digits alone match the badge
number (0010, 10 or 010 finds M0010: digits read off the end of the number).

Change FOLDING_VERSION whenever the folding or the tokens change: stored search keys carry it and are
recomputed when it differs (kiosk.storage.roster_store.RosterStore.refresh_search_keys).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

FOLDING_VERSION = 3

_LOOK_ALIKES = str.maketrans(
    {
        "ı": "i", "ø": "o", "ß": "ss", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
        "ħ": "h", "ŀ": "l", "ŧ": "t", "ŋ": "n", "ſ": "s", "ĸ": "k", "ʼ": None, "ʻ": None,
    }
)
_ARABIC_EQUIVALENTS = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": None,
        "ی": "ي", "ک": "ك", "ہ": "ه", "ۀ": "ه", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)
_ARTICLE = "ال"


def fold(text: str) -> str:
    """Lower-case words of letters and digits only, accents and diacritics gone, Arabic article dropped."""
    return " ".join(_words(text, drop_article=True))


def _words(text: str, drop_article: bool) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = stripped.casefold().translate(_LOOK_ALIKES).translate(_ARABIC_EQUIVALENTS)
    words = "".join(c if c.isalnum() else " " for c in folded).split()  # apostrophes, hyphens: spaces
    if not drop_article:
        return words
    return [_without_article(word) for word in words if word != _ARTICLE]


def _without_article(word: str) -> str:
    """سلمى العمراني is also typed عمراني; a short word such as الى keeps its letters."""
    return word[len(_ARTICLE):] if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 1 else word


def search_tokens(badge_number: str, names: Iterable[str]) -> list[str]:
    """What a person can be found by: each word of each name, each name with its parts joined
    (BENYOUSSEF, MULLERLUDENSCHEIDT), the badge number, and its digits from any position, so the
    last digits read off a badge find it (0010, 010, 10)."""
    tokens: list[str] = []
    number = fold(badge_number).replace(" ", "")
    if number:
        digits = "".join(c for c in number if c.isdigit())
        tokens += [number, *(digits[i:] for i in range(len(digits)))]  # 0010, 010, 10, 0
    for name in names:
        words = _words(name, drop_article=True)
        tokens += words
        if len(words) > 1:
            tokens.append("".join(words))
            tokens.append("".join(_words(name, drop_article=False)))  # عبد الله typed عبدالله
    return list(dict.fromkeys(t for t in tokens if t))


def query_words(query: str) -> list[str]:
    return fold(query).split()


def tokens_match(tokens: Sequence[str], words: Sequence[str]) -> bool:
    """Every word starts a token, or the words typed apart start one token (MAC DONALD, MacDonald)."""
    if not words:
        return False
    if all(any(token.startswith(word) for token in tokens) for word in words):
        return True
    joined = "".join(words)
    return len(words) > 1 and any(token.startswith(joined) for token in tokens)
