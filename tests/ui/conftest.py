"""A real kiosk window per test, on a copy of a demo home built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.harness import Harness, build_template


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def kiosk(qtbot, template_home: Path, tmp_path: Path) -> Iterator[Harness]:  # noqa: ANN001
    harness = Harness.start(template_home, tmp_path / "home")
    yield harness
    harness.stop()


@pytest.fixture
def signed_in(kiosk: Harness) -> Harness:
    kiosk.signed_in()
    return kiosk


@pytest.fixture(scope="module")
def shared_kiosk(qapp, template_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:  # noqa: ANN001
    """One signed-in kiosk for a module of read-only checks (each test returns it to scanning)."""
    harness = Harness.start(template_home, tmp_path_factory.mktemp("shared") / "home")
    harness.signed_in()
    yield harness
    harness.stop()
