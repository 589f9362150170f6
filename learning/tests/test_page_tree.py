"""The page tree is a contract: each page type lives only where docs/architecture.md says and holds only
what it says."""

import pytest
from django.apps import apps
from wagtail.models import Locale, Page, Site

from learning.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from tests.helpers import LANGUAGES, publish_child

# The apps built on learning add their pages to the tree; named by label, as learning imports none of them.
QuizPage = apps.get_model("quizzes", "QuizPage")
ToolkitIndexPage = apps.get_model("pedagogy_tools", "ToolkitIndexPage")
CampaignIndexPage = apps.get_model("campaigns", "CampaignIndexPage")
CountryIndexPage = apps.get_model("missions", "CountryIndexPage")
PAGE_TYPES = [HomePage, CourseIndexPage, CoursePage, ModulePage, LessonPage, StandardPage]

TREE = {
    HomePage: (
        [Page],
        [CourseIndexPage, StandardPage, ToolkitIndexPage, CampaignIndexPage, CountryIndexPage],
    ),
    CourseIndexPage: ([HomePage], [CoursePage]),
    CoursePage: ([CourseIndexPage], [ModulePage]),
    ModulePage: ([CoursePage], [LessonPage, QuizPage]),
    LessonPage: ([ModulePage], []),
    StandardPage: ([HomePage], []),
}


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_has_exactly_its_allowed_parents(model):
    parents, _ = TREE[model]
    assert set(model.allowed_parent_page_models()) == set(parents)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_has_exactly_its_allowed_subpages(model):
    _, subpages = TREE[model]
    assert set(model.allowed_subpage_models()) == set(subpages)


@pytest.fixture
def tree(course_tree, about):
    """One live page of every type, keyed by model."""
    return {
        Page: Page.get_first_root_node(),
        HomePage: course_tree["home"],
        CourseIndexPage: course_tree["index"],
        CoursePage: course_tree["course"],
        ModulePage: course_tree["module"],
        LessonPage: course_tree["lessons"][0],
        StandardPage: about,
    }


def test_page_types_can_be_created_only_under_their_parent_types(tree):
    for model in PAGE_TYPES:
        parents, _ = TREE[model]
        for parent_model, parent in tree.items():
            if model is CourseIndexPage and parent_model is HomePage:
                continue  # the home page already has its catalogue: see the one-per-parent test
            assert model.can_create_at(parent) == (parent_model in parents), (model, parent_model)


def test_home_page_allows_one_course_index_only(home):
    assert CourseIndexPage.can_create_at(home)

    publish_child(home, CourseIndexPage(title="Cours", slug="cours"))

    assert not CourseIndexPage.can_create_at(home)
    assert StandardPage.can_create_at(home)


def test_second_home_page_may_take_its_own_course_index(locales, home):
    root = Page.get_first_root_node()
    other_home = publish_child(root, HomePage(title="Autre", slug="autre", locale=locales["en"]))
    publish_child(home, CourseIndexPage(title="Cours", slug="cours"))

    assert CourseIndexPage.can_create_at(other_home)


@pytest.mark.django_db
def test_migrations_make_the_french_home_page_the_default_site_root():
    site = Site.objects.get(is_default_site=True)
    root_page = site.root_page.specific

    assert isinstance(root_page, HomePage)
    assert root_page.locale.language_code == "fr"
    assert root_page.depth == 2


@pytest.mark.django_db
def test_migrations_make_the_four_locales():
    assert set(Locale.objects.values_list("language_code", flat=True)) == set(LANGUAGES)
