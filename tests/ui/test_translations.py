"""French and Arabic are complete, placeholders survive translation, plurals have every form the
language needs (Arabic six), the .qm files are built."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.ui.i18n import TRANSLATIONS

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
VENV_BIN = Path(sys.executable).parent  # the venv running the tests holds pyside6-lupdate


PLURAL_FORMS = {"fr": 2, "en": 2, "ar": 6}  # Qt's numerus forms: Arabic has zero, one, two, few, many, other


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"kiosk_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def forms(translation: ET.Element) -> list[str]:
    """The texts of a translation: one, or one per plural form."""
    plural = translation.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [translation.text or ""]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_text_is_translated_and_keeps_its_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 150
    for context, source, translation in found:
        assert translation is not None and translation.get("type") is None, (context, source)
        for text in forms(translation):
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source)


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_plurals_have_every_form_of_the_language(language: str) -> None:
    plurals = [(c, s, t) for c, s, t in messages(language) if "%n" in s]
    assert len(plurals) >= 8
    for context, source, translation in plurals:
        assert len(translation.findall("numerusform")) == PLURAL_FORMS[language], (context, source)


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("fr", 1, "Encore 1 essai avant"),
        ("fr", 4, "Encore 4 essais avant"),
        ("en", 1, "1 attempt left"),
        ("en", 4, "4 attempts left"),
        ("ar", 1, "بقيت محاولة واحدة"),
        ("ar", 2, "بقيت محاولتان"),
        ("ar", 4, "بقيت 4 محاولات"),
    ],
)
def test_the_compiled_plural_fits_the_number(language: str, n: int, expected: str, qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"kiosk_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        source = "Wrong number or PIN. %n attempt(s) left before the keypad locks."
        assert expected in QCoreApplication.translate("SignInPage", source, "", n)
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_the_compiled_translation_is_there_and_loads(language: str, qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTranslator

    qm = TRANSLATIONS / f"kiosk_{language}.qm"
    assert qm.exists() and qm.stat().st_mtime >= (TRANSLATIONS / f"kiosk_{language}.ts").stat().st_mtime - 1
    assert QTranslator().load(str(qm))


def test_no_screen_text_is_missing_from_the_translation_files(tmp_path: Path) -> None:
    lupdate = VENV_BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / "kiosk_fr.ts"
    shutil.copy(TRANSLATIONS / "kiosk_fr.ts", copy)
    sources = sorted(str(p) for p in (TRANSLATIONS.parent).rglob("*.py"))
    result = subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)], capture_output=True, text=True, check=True
    )
    assert "0 new" in result.stdout, result.stdout
