"""The admin's page chooser, through its real requests: a lesson found by its title is offered once per
language it is really in, marked with that language, never as its aliases in the other languages."""

import re

import pytest
from django.urls import reverse
from wagtail_localize.synctree import synchronize_tree

from tests.helpers import make_user


@pytest.fixture
def aliased_tree(course_tree, locales, django_capture_on_commit_callbacks):
    """The course tree with its aliases in English, Spanish and Haitian Creole, as the demo has them."""
    with django_capture_on_commit_callbacks(execute=True):
        for code in ("en", "es", "ht"):
            synchronize_tree(locales["fr"], locales[code])
    return course_tree


@pytest.fixture
def editor_client(client, db):
    client.force_login(make_user("editrice", is_staff=True, is_superuser=True))
    return client


def offered_ids(response):
    """The ids of the pages the chooser's results let the editor pick (its browsing answers in JSON)."""
    html = (
        response.json()["html"]
        if response["Content-Type"] == "application/json"
        else response.content.decode()
    )
    return [int(page_id) for page_id in re.findall(r'class="choose-page"[^>]*data-id="(\d+)"', html)]


def test_the_chooser_search_offers_a_lesson_once_not_its_aliases(editor_client, locales, aliased_tree):
    lesson = aliased_tree["lessons"][0]
    assert lesson.aliases.count() == 3  # an alias in English, Spanish and Haitian Creole

    response = editor_client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Leçon 1"})

    assert response.status_code == 200
    assert offered_ids(response) == [lesson.pk]
    assert "Français" in response.content.decode()  # the language of each result is marked


def test_the_chooser_still_browses_another_language_tree(editor_client, locales, aliased_tree):
    """Browsing the English tree still goes through its aliases (a module not yet translated holds the
    English lessons); only the search, which mixes the languages, leaves them out."""
    english_module = aliased_tree["module"].get_translation(locales["en"])

    response = editor_client.get(
        reverse("wagtailadmin_choose_page_child", args=[english_module.get_parent().pk])
    )

    assert response.status_code == 200
    assert english_module.pk in offered_ids(response)
