"""Lines of standard input as `kiosk verify --batch` reads them: bounded, any bytes, any line end.

A line that is not UTF-8 is still a line (its bytes kept as surrogate escapes): it is judged
`malformed`, like any text that is not a badge, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

MAX_LINE_BYTES = 8192  # far beyond any QR code a camera reads (a badge text is at most 127 characters)


def read_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[str]:
    """Each line without its line end (LF or CRLF); a longer line is cut at `limit` bytes and the rest of
    it skipped, so a 200 MB line never sits in memory."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            line = line[:limit]
            while (rest := stream.readline(65536)) and not rest.endswith(b"\n"):
                pass
        yield line.rstrip(b"\n").removesuffix(b"\r").decode("utf-8", "surrogateescape")


def one_text(text: str) -> str:
    """A QR text given as an argument: without the line end a script may leave on it."""
    return text.rstrip("\n").removesuffix("\r")
