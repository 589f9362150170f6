"""Responses that hold one person's data or a restricted file say `Cache-Control: private, no-store`, so
that no shared cache keeps them (issue 14, item 13); a page nobody's data is in says nothing of the kind."""

from django.urls import reverse
from django.utils import translation


def is_private(response):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


def url(name):
    with translation.override("fr"):
        return reverse(name)


def test_a_toolkit_attachment_served_to_a_facilitator_is_private(facilitator_client, attachment):
    response = facilitator_client.get(attachment.url)

    assert response.status_code == 200
    assert is_private(response)


def test_the_data_export_and_my_learning_are_private(client, users):
    client.force_login(users["learner"])

    for name in ("export_my_data", "my_learning", "delete_account", "password_change"):
        response = client.get(url(name))

        assert response.status_code == 200, name
        assert is_private(response), name


def test_a_lesson_showing_an_anonymous_visitors_progress_is_private(client, course_tree):
    lesson = course_tree["lessons"][0]
    assert client.post(lesson.get_url() + "complete/").status_code == 302

    assert is_private(client.get(lesson.get_url()))


def test_a_page_for_a_visitor_with_nothing_stored_is_not_marked_private(client, course_tree):
    response = client.get(course_tree["lessons"][0].get_url())

    assert response.status_code == 200
    assert not is_private(response)
