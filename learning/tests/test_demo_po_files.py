"""The demo is loaded from its content files (French YAML, a PO file per page or snippet and language) through
wagtail-localize's own PO import: every segment of every translation comes from a PO file (no French left),
and a translator's edit to a PO file, imported again, is what the published page shows.
"""

import shutil

import polib
import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation

from learning.demo import files
from learning.demo.build import demo_key
from learning.demo.translate import import_translation
from learning.models import LessonPage
from pedagogy_tools.demo.files import TOOLKITS_CONTENT
from quizzes.demo.files import QUIZZES_CONTENT
from tests.helpers import main_text

CONTENT_DIRS = [files.LEARNING_CONTENT, QUIZZES_CONTENT, TOOLKITS_CONTENT]
LESSON = "course:ilo/module:1/lesson:1"


def po_files():
    return sorted(path for folder in CONTENT_DIRS for path in (folder / "locale").rglob("*.po"))


def test_every_demo_po_file_translates_every_string():
    paths = po_files()

    assert len(paths) > 3 * 50
    for path in paths:
        untranslated = [entry.msgid for entry in polib.pofile(str(path)) if not entry.msgstr]
        assert untranslated == [], path


@pytest.mark.django_db
def test_every_demo_translation_has_every_segment_translated(demo_db):
    """No segment falls back to the French: wagtail-localize counts each translation complete."""
    translations = Translation.objects.filter(target_locale__language_code__in=files.TARGET_LANGUAGES)

    assert translations.count() > 3 * 50
    incomplete = [
        (str(translation.source), translation.target_locale.language_code)
        for translation in translations.select_related("source", "target_locale")
        if len(set(translation.get_progress())) != 1
    ]
    assert incomplete == []


@pytest.mark.django_db
def test_a_po_string_edited_and_imported_again_is_on_the_published_page(
    demo_db, client, tmp_path, django_capture_on_commit_callbacks
):
    content = tmp_path / "content"
    shutil.copytree(files.LEARNING_CONTENT, content)
    po = files.read_po(content, "es", "module-1/lesson-1")
    entry = next(entry for entry in po if entry.msgctxt.startswith("body.") and "<" not in entry.msgstr)
    old = entry.msgstr
    entry.msgstr = "Texto revisado por la traductora en Poedit."
    po.save(str(files.po_path(content, "es", "module-1/lesson-1")))
    source = LessonPage.objects.get(translation_key=demo_key(LESSON), locale__language_code="fr")
    spanish = Locale.objects.get(language_code="es")
    before = main_text(client.get(source.get_translation(spanish).url))

    with django_capture_on_commit_callbacks(execute=True):
        import_translation(source, spanish, files.read_po(content, "es", "module-1/lesson-1"))
    after = main_text(client.get(source.get_translation(spanish).url))

    assert old in before
    assert "Texto revisado por la traductora en Poedit." not in before
    assert "Texto revisado por la traductora en Poedit." in after
    assert old not in after
