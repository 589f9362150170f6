"""Fixtures for the learning tests: the small course tree in four locales, as the demo and editors make it."""

import pytest
from wagtail_localize.synctree import synchronize_tree

from learning.models import StandardPage
from tests.helpers import publish_child, translate_into_english


@pytest.fixture
def about(home):
    return publish_child(home, StandardPage(title="À propos", slug="a-propos", body="<p>Nous.</p>"))


@pytest.fixture
def site_in_four_languages(locales, course_tree, about, django_capture_on_commit_callbacks):
    """Every page type in French; translated into English; Spanish and Haitian Creole as aliases.

    Returns {language code: {page name: page}} with the names home, index, course, module, lesson, about.
    """
    french = {
        "home": course_tree["home"],
        "index": course_tree["index"],
        "course": course_tree["course"],
        "module": course_tree["module"],
        "lesson": course_tree["lessons"][0],
        "about": about,
    }
    translate_into_english(list(french.values()), locales["en"], django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["es"])
        synchronize_tree(locales["fr"], locales["ht"])
    return {
        code: {name: page.get_translation(locales[code]).specific for name, page in french.items()}
        for code in locales
    }
