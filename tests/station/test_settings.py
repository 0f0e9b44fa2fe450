"""settings.toml: what the kiosk writes back keeps everything it read."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.errors import ConfigError
from kiosk.station.settings import KioskSettings


def test_saving_keeps_tables_and_keys_the_kiosk_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        '[kiosk]\nid = "gate-1"\ncheckpoint = "media-entrance"\nlanguage = "ar"\nlane = "B"\n\n'
        '[site]\nurl = "postgresql://site/kiosk"\nretries = [1, 2, 4]\n',
        encoding="utf-8",
    )
    settings = KioskSettings.load_or_create(path)
    replace(settings, checkpoint="press-room").save(path)
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["kiosk"] == {"id": "gate-1", "checkpoint": "press-room", "language": "ar", "lane": "B"}
    assert saved["site"] == {"url": "postgresql://site/kiosk", "retries": [1, 2, 4]}


def test_a_value_with_quotes_is_written_as_valid_toml(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    KioskSettings(kiosk_id='gate "north"\\1').save(path)
    assert KioskSettings.load_or_create(path).kiosk_id == 'gate "north"\\1'


def test_a_broken_settings_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[kiosk\nid = ", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        KioskSettings.load_or_create(path)


def test_joining_a_site_records_it_and_keeps_the_rest(tmp_path: Path) -> None:
    from datetime import timedelta

    from kiosk.domain.site import SiteRole, SiteSettings

    path = tmp_path / "settings.toml"
    path.write_text('[kiosk]\nid = "gate-1"\n\n[site]\nretries = [1, 2]\n', encoding="utf-8")
    settings = KioskSettings.load_or_create(path)
    assert settings.site is None, "a [site] without a URL is no site"
    joined = SiteSettings("postgresql+psycopg://?service=kiosk-site", SiteRole.KIOSK, timedelta(minutes=5), 1.0)
    settings.with_site(joined).save(path)
    again = KioskSettings.load_or_create(path)
    assert again.site == joined
    assert tomllib.loads(path.read_text(encoding="utf-8"))["site"]["retries"] == [1, 2]


def test_a_site_table_with_a_wrong_role_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[kiosk]\nid = "gate-1"\n\n[site]\nurl = "postgresql://x/y"\nrole = "boss"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[site\] table"):
        _ = KioskSettings.load_or_create(path).site
