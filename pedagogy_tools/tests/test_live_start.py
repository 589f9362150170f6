"""A toolkit page that links a quiz offers facilitators a live session of it (issue 11); learners do not
see the form, and the session started from it runs the toolkit's quiz."""

from django.urls import reverse
from django.utils import translation

from quizzes.models import LiveSession


def test_toolkit_page_starts_a_live_session_of_its_quiz(client, facilitator_client, users, toolkit, quiz):
    html = facilitator_client.get(toolkit.url).content.decode()
    with translation.override("fr"):
        start = reverse("live_start", args=[quiz.pk])
    assert 'id="live-start"' in html and f'action="{start}"' in html
    response = facilitator_client.post(start, {"language": "fr"})
    assert response.status_code == 302
    assert LiveSession.objects.get().quiz_key == quiz.translation_key

    client.force_login(users["learner"])
    assert 'id="live-start"' not in client.get(toolkit.url).content.decode()
