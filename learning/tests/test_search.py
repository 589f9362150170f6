"""Site search: finds live pages of the current language by their words, and never fails on odd input."""

from wagtail_localize.synctree import synchronize_tree

from learning.models import LessonPage
from learning.tests.html import link_paths
from tests.helpers import lesson_body, publish_child


def result_pages(response):
    return list(response.context["page_obj"].object_list)


def add_lesson(course_tree, text):
    return publish_child(
        course_tree["module"],
        LessonPage(title="Les zones franches", slug="zones-franches", body=lesson_body(text)),
    )


def test_search_finds_a_lesson_by_a_word_of_its_body(client, course_tree):
    lesson = add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")

    response = client.get("/fr/search/", {"q": "maquiladoras"})

    assert response.status_code == 200
    assert [page.pk for page in result_pages(response)] == [lesson.pk]
    assert lesson.get_url() in link_paths(response, "main a[href]")


def test_search_returns_only_pages_of_the_current_language(
    client, locales, course_tree, django_capture_on_commit_callbacks
):
    french = add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["en"])

    response = client.get("/en/search/", {"q": "maquiladoras"})

    assert response.status_code == 200
    results = result_pages(response)
    assert french.pk not in [page.pk for page in results]
    assert {page.locale_id for page in results} <= {locales["en"].pk}
    assert french.get_url() not in link_paths(response)


def test_empty_query_shows_no_results_and_no_error(client, course_tree):
    for query in ({}, {"q": ""}, {"q": "   "}):
        response = client.get("/fr/search/", query)

        assert response.status_code == 200
        assert result_pages(response) == []


def test_very_long_query_is_answered(client, course_tree):
    add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")

    query = ("maquiladoras syndicat " * 50)[:1000]

    response = client.get("/fr/search/", {"q": query})

    assert response.status_code == 200


def test_query_with_search_syntax_characters_is_answered(client, course_tree):
    response = client.get("/fr/search/", {"q": 'syndicat" AND (OR * -"'})

    assert response.status_code == 200
