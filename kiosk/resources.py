"""The data the program ships (reference event, fonts, translations, demo), found the same way in a
checkout and in an installed wheel: through importlib.resources, never relative to the source tree.

A shared leaf: no Qt, no SQL, nothing of the kiosk but its errors.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from kiosk.errors import ConfigError


def data_path(*parts: str) -> Path:
    """A file or folder of the repository's data/, which the wheel carries as kiosk/data/."""
    return package_path("data", *parts)


def translations_path() -> Path:
    """The folder of the screen's compiled translations (kiosk_<language>.qm)."""
    return package_path("ui", "translations")


def package_path(*parts: str) -> Path:
    """A real file-system path inside the installed kiosk package: Qt, fonts and SQLite need one."""
    resource = files("kiosk")
    for part in parts:
        resource = resource / part
    if not isinstance(resource, Path):
        raise ConfigError(
            f"kiosk data {'/'.join(parts)} is not on the file system ({resource}): "
            "install the kiosk into a venv with pip, not as a zip archive"
        )
    return resource
