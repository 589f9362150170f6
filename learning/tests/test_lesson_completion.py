"""Finishing a lesson: an explicit button, with htmx (a fragment) or without JavaScript (a redirect);
once per learner, whatever the language the lesson is read in."""

import pytest
from django.test import Client

from learning.models import SESSION_KEY, LessonCompletion
from tests.helpers import HTMX, parse


def complete_url(lesson):
    return lesson.get_url() + "complete/"


def completion_box(response):
    return parse(response).select_one("#lesson-completion")


def is_done(client, lesson):
    box = completion_box(client.get(lesson.get_url()))
    return box.select_one(".done-mark") is not None and box.select_one("form") is None


def test_an_unfinished_lesson_offers_the_finish_button(client, course_tree):
    lesson = course_tree["lessons"][0]

    box = completion_box(client.get(lesson.get_url()))

    form = box.select_one("form")
    assert form["method"] == "post"
    assert form["action"] == complete_url(lesson)
    assert form["data-hx-post"] == complete_url(lesson)
    assert form.select_one("button[type=submit]") is not None
    assert box.select_one(".done-mark") is None


def test_htmx_finish_gets_the_done_mark_fragment(client, course_tree):
    lesson = course_tree["lessons"][0]

    response = client.post(complete_url(lesson), headers=HTMX)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith('<div id="lesson-completion"')
    box = completion_box(response)
    assert box.select_one(".done-mark") is not None
    assert box.select_one("form") is None
    assert "hx-request" in response["Vary"].lower()


def test_plain_finish_redirects_back_to_the_lesson_which_shows_it_done(client, course_tree):
    lesson = course_tree["lessons"][0]

    response = client.post(complete_url(lesson))

    assert response.status_code == 302
    assert response["Location"] == lesson.get_url() + "#lesson-completion"
    assert is_done(client, lesson)
    assert not is_done(client, course_tree["lessons"][1])


def test_finishing_records_the_lesson_and_its_course_by_translation_key(client, course_tree):
    lesson = course_tree["lessons"][0]

    client.post(complete_url(lesson), headers=HTMX)

    completion = LessonCompletion.objects.get()
    assert completion.learner_id == client.session[SESSION_KEY]
    assert completion.lesson_key == lesson.translation_key
    assert completion.course_key == course_tree["course"].translation_key


@pytest.mark.parametrize("headers", [HTMX, {}], ids=["htmx", "plain"])
def test_finishing_twice_records_one_completion(client, course_tree, headers):
    lesson = course_tree["lessons"][0]

    first = client.post(complete_url(lesson), headers=headers)
    second = client.post(complete_url(lesson), headers=headers)

    assert second.status_code == first.status_code
    assert LessonCompletion.objects.count() == 1


def test_get_on_the_finish_url_is_405_and_records_nothing(client, course_tree):
    response = client.get(complete_url(course_tree["lessons"][0]))

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert LessonCompletion.objects.count() == 0


def test_finishing_needs_the_csrf_token(course_tree):
    client = Client(enforce_csrf_checks=True)
    lesson = course_tree["lessons"][0]
    client.get(lesson.get_url())

    refused = client.post(complete_url(lesson), headers=HTMX)
    accepted = client.post(
        complete_url(lesson), headers={**HTMX, "X-CSRFToken": client.cookies["csrftoken"].value}
    )

    assert refused.status_code == 403
    assert accepted.status_code == 200
    assert LessonCompletion.objects.count() == 1


def test_an_unpublished_lesson_cannot_be_finished(client, course_tree):
    lesson = course_tree["lessons"][0]
    url = complete_url(lesson)
    lesson.unpublish()

    assert client.post(url).status_code == 404
    assert LessonCompletion.objects.count() == 0


def test_a_lesson_finished_on_the_spanish_alias_is_finished_on_the_haitian_creole_alias(
    client, site_in_four_languages
):
    lessons = {code: pages["lesson"] for code, pages in site_in_four_languages.items()}
    assert lessons["es"].alias_of_id == lessons["fr"].pk
    assert lessons["ht"].alias_of_id == lessons["fr"].pk
    assert not is_done(client, lessons["ht"])

    response = client.post(complete_url(lessons["es"]), headers=HTMX)

    assert response.status_code == 200
    assert is_done(client, lessons["ht"])
    assert is_done(client, lessons["fr"])
    assert is_done(client, lessons["en"])  # a real translation, not an alias
    completion = LessonCompletion.objects.get()
    assert completion.lesson_key == lessons["fr"].translation_key
    assert completion.course_key == site_in_four_languages["fr"]["course"].translation_key


def test_finishing_in_french_then_in_english_is_one_completion(client, site_in_four_languages):
    client.post(complete_url(site_in_four_languages["fr"]["lesson"]))
    client.post(complete_url(site_in_four_languages["en"]["lesson"]))

    assert LessonCompletion.objects.count() == 1
