"""`kiosk decode [--json] IMAGE…`: the QR texts in image files, and how long decoding took."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    decode = sub.add_parser(
        "decode",
        parents=[common],
        help="print the QR texts in images and the decode time",
        description="Decode QR codes in image files with the scanner's pipeline. The time is "
        "the decoding alone, not reading the file.",
    )
    decode.add_argument("images", nargs="+", metavar="IMAGE", type=Path)
    decode.add_argument(
        "--json", action="store_true", help='one JSON object per line: {"path", "texts", "ms"}'
    )
    decode.set_defaults(handler=run_decode)


def run_decode(args: argparse.Namespace) -> int:
    from kiosk.scanner.decoding import QrDecoder
    from kiosk.scanner.sources import load_image

    decoder = QrDecoder()
    decoder.decode(np.full((64, 64), 255, np.uint8))  # one-off set-up kept out of the timings
    failures = 0
    for path in args.images:
        image = load_image(path)
        if image is None:
            failures += 1
            if args.json:
                print(
                    json.dumps({"path": str(path), "texts": [], "ms": None, "error": "unreadable"})
                )
            else:
                sys.stdout.flush()  # keep the error in its place among the results
                print(f"kiosk: {path}: not a readable image", file=sys.stderr)
            continue
        started = time.perf_counter()
        texts = decoder.decode(image)
        ms = (time.perf_counter() - started) * 1000
        if args.json:
            record = {"path": str(path), "texts": texts, "ms": round(ms, 3)}
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_plain(path, texts, ms))
    return 1 if failures else 0


def _plain(path: Path, texts: list[str], ms: float) -> str:
    if not texts:
        return f"{path}: no QR code ({ms:.1f} ms)"
    count = "1 QR code" if len(texts) == 1 else f"{len(texts)} QR codes"
    lines = "\n".join(f"  {_one_line(t)}" for t in texts)
    return f"{path}: {count} ({ms:.1f} ms)\n{lines}"


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _one_line(text: str) -> str:
    """Control characters (vCard newlines, GS1 separators) escaped: one text, one line."""
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), text)
