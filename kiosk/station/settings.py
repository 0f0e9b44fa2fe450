"""settings.toml in the home: the kiosk's id, checkpoint and language, and whatever else it holds."""

from __future__ import annotations

import secrets
import socket
import tomllib
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import tomli_w

from kiosk.domain.site import (
    DEFAULT_CLAIM_TIMEOUT_S,
    DEFAULT_CLOCK_OFFSET_LIMIT_S,
    DEFAULT_DATA_AGE_LIMIT,
    DEFAULT_POLL_S,
    SiteRole,
    SiteSettings,
)
from kiosk.errors import ConfigError
from kiosk.private_files import restrict

DEFAULT_CHECKPOINT = "media-entrance"
_LIMIT_MINUTES = DEFAULT_DATA_AGE_LIMIT.total_seconds() / 60


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

    @property
    def site(self) -> SiteSettings | None:
        """The [site] table: the site this machine belongs to (None: a kiosk alone, as before sites)."""
        table = self.extra.get("site")
        if not isinstance(table, dict) or not table.get("url"):
            return None
        try:
            return SiteSettings(
                url=str(table["url"]),
                role=SiteRole(str(table.get("role", SiteRole.KIOSK.value))),
                data_age_limit=timedelta(minutes=float(table.get("data_age_limit_minutes", _LIMIT_MINUTES))),
                claim_timeout_s=float(table.get("claim_timeout_s", DEFAULT_CLAIM_TIMEOUT_S)),
                poll_s=float(table.get("poll_s", DEFAULT_POLL_S)),
                clock_offset_limit_s=float(table.get("clock_offset_limit_s", DEFAULT_CLOCK_OFFSET_LIMIT_S)),
            )
        except (ValueError, TypeError):
            raise ConfigError(
                "the [site] table of settings.toml is not valid (role kiosk|office, numbers for the limits)"
            ) from None

    def with_site(self, site: SiteSettings | None) -> KioskSettings:
        """The same settings joined to a site (None: leave it); other tables and keys are kept."""
        extra = dict(self.extra)
        if site is None:
            extra.pop("site", None)
        else:
            table = dict(extra.get("site", {})) if isinstance(extra.get("site"), dict) else {}
            table.update(
                url=site.url, role=site.role.value,
                data_age_limit_minutes=site.data_age_limit.total_seconds() / 60,
                claim_timeout_s=site.claim_timeout_s, poll_s=site.poll_s,
                clock_offset_limit_s=site.clock_offset_limit_s,
            )
            extra["site"] = table
        return replace(self, extra=extra)

    def save(self, path: Path) -> None:
        kiosk = dict(self.extra.get("kiosk", {}))
        kiosk.update(id=self.kiosk_id, checkpoint=self.checkpoint, language=self.language)
        document = {**self.extra, "kiosk": kiosk}
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(tomli_w.dumps(document), encoding="utf-8")
        restrict(temporary)
        temporary.replace(path)  # never a half-written settings file
