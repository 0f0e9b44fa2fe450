"""settings.toml in the home: the kiosk's id, checkpoint and language, and whatever else it holds."""

from __future__ import annotations

import secrets
import socket
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from kiosk.errors import ConfigError
from kiosk.private_files import restrict

DEFAULT_CHECKPOINT = "media-entrance"


@dataclass(frozen=True)
class KioskSettings:
    """Written once by init, edited by the supervisor; tables it does not know are kept as read."""

    kiosk_id: str
    checkpoint: str = DEFAULT_CHECKPOINT
    language: str = "fr"
    extra: dict[str, Any] = field(default_factory=dict)  # the whole document as read

    @classmethod
    def load_or_create(cls, path: Path) -> KioskSettings:
        if path.exists():
            try:
                raw = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"settings file {path} is not valid TOML: {exc}") from None
            kiosk = raw.get("kiosk", {})
            if isinstance(kiosk, dict) and "id" in kiosk:
                return cls(
                    kiosk_id=str(kiosk["id"]),
                    checkpoint=str(kiosk.get("checkpoint", DEFAULT_CHECKPOINT)),
                    language=str(kiosk.get("language", "fr")),
                    extra=raw,
                )
        settings = cls(kiosk_id=f"{socket.gethostname()[:40]}-{secrets.token_hex(3)}")
        settings.save(path)
        return settings

    def save(self, path: Path) -> None:
        kiosk = dict(self.extra.get("kiosk", {}))
        kiosk.update(id=self.kiosk_id, checkpoint=self.checkpoint, language=self.language)
        document = {**self.extra, "kiosk": kiosk}
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(tomli_w.dumps(document), encoding="utf-8")
        restrict(temporary)
        temporary.replace(path)  # never a half-written settings file
