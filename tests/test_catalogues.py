"""Every interface string is translated in all four languages, and the catalogues match the code."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    assert len(po) > 100
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    """A translation keeps the msgid's named placeholders (a plural form may drop the number)."""
    for entry in catalogue(language).translated_entries():
        expected = placeholders(entry.msgid) | placeholders(entry.msgid_plural or "")
        if entry.msgid_plural:
            for translated in entry.msgstr_plural.values():
                assert placeholders(translated) <= expected, (language, entry.msgid)
        else:
            assert placeholders(entry.msgstr) == expected, (language, entry.msgid)


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def test_all_catalogues_have_the_same_strings():
    msgids = {language: {entry.msgid for entry in catalogue(language)} for language in LANGUAGES}
    assert all(ids == msgids["fr"] for ids in msgids.values())


COPY_IGNORE = shutil.ignore_patterns(
    ".venv",
    ".git",
    "media",
    "media-test",
    "staticfiles",
    "*.sqlite3",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
)


def test_catalogue_holds_every_string_marked_in_the_code(tmp_path):
    """`makemessages`, run on a copy of the project, finds no string the French catalogue lacks."""
    project = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, project, ignore=COPY_IGNORE)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-obsolete", "--verbosity", "0"],
        cwd=project,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        check=True,
    )
    extracted = polib.pofile(str(project / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    missing = sorted(entry.msgid for entry in extracted.untranslated_entries())
    assert missing == []
