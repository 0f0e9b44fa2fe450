"""Fixtures for the scanner tests: seeded generators, generated badges and videos."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scanner_fakes import DOOR_FPS, Showing, door_frames, write_video

from tests.support import synthetic
from tests.support.synthetic import Conditions


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(20240611)


@pytest.fixture(scope="session")
def door_video(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Showing]]:
    """A doorway video: six badges under six conditions, one shown twice, two held together.

    Gaps between showings last 1 s (longer than the debounce's 0.7 s), showings 0.8 s.
    """
    rng = np.random.default_rng(7)
    texts = [synthetic.badge_text(rng) for _ in range(8)]
    held, gap = 12, 15
    empty = Showing((), gap, Conditions(noise_sigma=3))
    showings = [
        Showing((), 8),
        Showing((texts[0],), held),
        empty,
        Showing((texts[1],), held, Conditions(tilt=0.15, rotation_deg=25)),
        empty,
        Showing((texts[2],), held, Conditions(blur_sigma=1.4)),
        empty,
        Showing((texts[3],), held, Conditions(noise_sigma=10)),
        empty,
        Showing((texts[4],), held, Conditions(light=0.3, noise_sigma=3)),
        empty,
        Showing((texts[5],), held, Conditions(glare=0.8, rotation_deg=-10)),
        empty,
        Showing((texts[0],), held, Conditions(tilt=0.08, rotation_deg=8)),
        empty,
        Showing((texts[6], texts[7]), held, Conditions(rotation_deg=5)),
        Showing((), 5),
    ]
    frames = door_frames(showings, rng)
    path = tmp_path_factory.mktemp("videos") / "door.avi"
    return write_video(path, frames, DOOR_FPS), showings
