"""`manage.py load_demo_content` builds the demo course in four languages, and running it again adds nothing.

The demo, as the first run built it (`demo_db`, tests/helpers.py), is in the database for the whole
module; the command runs a second time to check that it creates nothing, and all of it is rolled back at
the end, so the other test modules never see it.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from learning.demo.build import demo_key
from learning.models import CoursePage, GlossaryTerm, LabourStandard, LessonPage, ModulePage, Theme
from learning.translation_review import annotate_states, state_of
from tests.helpers import rolled_back

pytestmark = pytest.mark.django_db

FUNDAMENTAL_INSTRUMENTS = {
    "C029", "P029", "C087", "C098", "C100", "C105", "C111", "C138", "C182", "C155", "C187",
}  # fmt: skip
QUEUE_ONLY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
# Revisions count every publication: a second run that changed a page would add one.
COUNTED_MODELS = [
    Page, Theme, LabourStandard, GlossaryTerm, get_user_model(), Revision, Translation, StringTranslation
]  # fmt: skip


def row_counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


def load_demo():
    # wagtail-localize publishes translations in on_commit callbacks; run them inside the test transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", "--accounts", stdout=io.StringIO())


@pytest.fixture(scope="module")
def demo(demo_db, django_db_blocker):
    """The row counts after the first run of the command (the demo as `demo_db` gives it) and after a
    second run, rolled back after the module.

    Background tasks (Wagtail's search and reference indexing) are queued and dropped in the second run:
    these tests look at what the command creates, not at the indexes.
    """
    with rolled_back(django_db_blocker):
        after_first = row_counts()
        with override_settings(TASKS=QUEUE_ONLY):
            load_demo()
        yield {"after_first": after_first, "after_second": row_counts()}


def pages(model, language, **filters):
    return model.objects.live().filter(locale__language_code=language, **filters)


def test_loading_the_demo_twice_creates_nothing_the_second_time(demo):
    assert demo["after_second"] == demo["after_first"]
    assert demo["after_first"]["Page"] > 20


@pytest.mark.parametrize("language", ["fr", "en"])
def test_demo_course_is_fully_translated_in_french_and_english(demo, language):
    assert (
        pages(CoursePage, language, alias_of__isnull=True, translation_key=demo_key("course:ilo")).count()
        == 1
    )
    assert pages(ModulePage, language, alias_of__isnull=True).count() >= 4
    assert pages(LessonPage, language, alias_of__isnull=True).count() >= 12


@pytest.mark.parametrize("language", ["es", "ht"])
def test_demo_course_is_whole_in_spanish_and_haitian_creole(demo, language):
    """Every module, lesson and quiz of the course is a real translation, not a French alias."""
    course = pages(CoursePage, language).get(translation_key=demo_key("course:ilo"))
    steps = Page.objects.live().descendant_of(course)

    assert course.alias_of_id is None
    assert pages(ModulePage, language).count() >= 4
    assert steps.filter(depth=course.depth + 2).count() >= 17
    assert list(steps.filter(alias_of__isnull=False)) == []


def test_demo_has_the_eleven_fundamental_instruments_in_french(demo):
    codes = LabourStandard.objects.filter(locale__language_code="fr").values_list("code", flat=True)

    assert sorted(codes) == sorted(FUNDAMENTAL_INSTRUMENTS)


@pytest.mark.parametrize(
    ("username", "groups"),
    [
        ("editrice", ["Editors"]),
        ("comite", ["Pedagogical committee"]),
        ("animatrice", ["Facilitators"]),
        ("apprenant", []),
    ],
)
def test_demo_accounts_exist_with_their_groups(demo, username, groups):
    user = get_user_model().objects.get(username=username)

    assert sorted(user.groups.values_list("name", flat=True)) == groups
    assert user.check_password("solidaire-demo")


def test_demo_admin_account_is_a_superuser(demo):
    admin = get_user_model().objects.get(username="admin")

    assert admin.is_superuser


def test_the_demo_starts_with_no_translation_out_of_date(demo):
    """A fresh demo has nothing for editors to sync: its translations were made after every source page's
    last publication (the course's cover included)."""
    stale = [(page.title, page.locale_id) for page in annotate_states(Page.objects.live()) if state_of(page)]

    assert stale == []


def test_the_demo_course_has_its_cover_in_every_language(demo):
    courses = CoursePage.objects.filter(
        translation_key=demo_key("course:ilo"), locale__language_code__in=["fr", "en", "es", "ht"]
    )

    assert courses.count() == 4
    assert not courses.filter(cover_image__isnull=True).exists()
