"""The demo's two toolkits in Spanish and Haitian Creole: real wagtail-localize translations (not aliases of
the French pages), each with its attachment's PDF in the language, and a kit of each builds in es and ht
with its guide, handouts and attachment in the language.

The demo is in the database for the whole module (`demo_db`, tests/helpers.py) and the four kits are
built once (a build takes seconds); all of it is rolled back at the end, so the other test modules never
see it.
"""

import pytest
from bs4 import BeautifulSoup
from django.test import TestCase, override_settings
from django.utils import translation
from wagtail_localize.models import Translation

from learning.demo.build import demo_key
from pedagogy_tools.bundle.names import kit_names
from pedagogy_tools.demo import files
from pedagogy_tools.kit_requests import request_kit
from pedagogy_tools.models import KitBuild, ToolkitPage
from pedagogy_tools.tests.kit_helpers import open_zip
from tests.helpers import normalise, pdf_text, rolled_back

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "ht"]
TOOLKITS = {key: files.toolkit(key) for key in files.TOOLKIT_KEYS}
CASES = [(key, language) for key in TOOLKITS for language in LANGUAGES]
# The kits are built at once, as the immediate backend of the test settings does.
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def toolkit_page(key, language):
    return ToolkitPage.objects.get(translation_key=demo_key(f"toolkit:{key}"), locale__language_code=language)


@pytest.fixture(scope="module")
def demo(demo_db, django_db_blocker):
    """Build the es and ht kits of both toolkits of the demo; give each kit's row and zip bytes, keyed by
    (toolkit key, language)."""
    with rolled_back(django_db_blocker):
        kits = {}
        with override_settings(TASKS=IMMEDIATE):
            for key, language in CASES:
                with TestCase.captureOnCommitCallbacks(execute=True):
                    kit, _ = request_kit(toolkit_page(key, language))
                kit.refresh_from_db()
                data = b""
                if kit.is_ready:
                    with kit.file.open("rb") as zip_file:
                        data = zip_file.read()
                kits[key, language] = {"kit": kit, "zip": data}
        yield kits


def text(html):
    return normalise(BeautifulSoup(html, "html.parser").get_text(" "))


def member(archive, slug, key, language):
    """The bytes of the kit's file `key` (a key of kit_names), named in `language`."""
    with translation.override(language):
        return archive.read(f"{slug}/{kit_names()[key]}")


@pytest.mark.parametrize(("key", "language"), CASES)
def test_demo_toolkit_is_a_real_translation(demo, key, language):
    data = TOOLKITS[key]
    page = toolkit_page(key, language)
    french = toolkit_page(key, "fr")

    assert page.alias_of_id is None
    assert page.live
    assert (page.title, page.slug) == (data["title"][language], data["slug"][language])
    assert page.summary == data["summary"][language]
    assert Translation.objects.filter(
        source__object_id=french.translation_key, target_locale=page.locale
    ).exists()
    activities = [block.value for block in page.agenda]
    assert [activity["title"] for activity in activities] == [a["title"][language] for a in data["agenda"]]
    assert [text(activity["handout"].source) for activity in activities] == [
        text(a["handout"][language]) for a in data["agenda"]
    ]
    assert [block.value["question"] for block in page.discussion_questions] == [
        question["question"][language] for question in data["discussion"]
    ]
    documents = [block.value["document"] for block in page.attachments]
    assert [document.title for document in documents] == [a["title"][language] for a in data["attachments"]]


@pytest.mark.parametrize(("key", "language"), CASES)
def test_demo_toolkit_kit_builds_in_the_language(demo, key, language):
    data = TOOLKITS[key]
    built = demo[key, language]
    kit = built["kit"]
    slug = data["slug"][language]

    assert kit.status == KitBuild.Status.READY, kit.error
    archive = open_zip(built["zip"])
    assert archive.testzip() is None
    with translation.override(language):
        names = kit_names()
    assert all(name.startswith(f"{slug}/") for name in archive.namelist())
    for part in ["guide", "handouts", "quiz", "answer_key", "readme"]:
        assert f"{slug}/{names[part]}" in archive.namelist()

    guide = pdf_text(member(archive, slug, "guide", language))
    assert data["title"][language] in guide
    assert data["title"]["fr"] not in guide
    for activity in data["agenda"]:
        assert activity["title"][language] in guide
    assert data["discussion"][0]["question"][language] in guide

    handouts = pdf_text(member(archive, slug, "handouts", language))
    assert data["discussion"][-1]["question"][language] in handouts
    assert data["discussion"][-1]["question"]["fr"] not in handouts

    for attachment in data["attachments"]:
        pdf = archive.read(f"{slug}/{names['attachments']}{attachment['file_name'][language]}.pdf")
        assert attachment["title"][language] in pdf_text(pdf)
