"""A real kiosk window per test, on a copy of a demo home built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ui.pyside_fixes import restore_emit_refcount
from tests.ui.harness import Harness, build_template

restore_emit_refcount()  # PySide6 6.12.0 loses a reference to True per emit (see the module)


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def kiosk(qtbot, template_home: Path, tmp_path: Path) -> Iterator[Harness]:  # noqa: ANN001
    harness = Harness.start(template_home, tmp_path / "home")
    qtbot.addWidget(harness.window)
    yield harness
    harness.stop()


@pytest.fixture
def signed_in(kiosk: Harness) -> Harness:
    kiosk.signed_in()
    return kiosk
