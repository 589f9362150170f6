"""The discussion's pages are valid HTML (the Nu HTML checker): a member's and a facilitator's thread with a
hidden and a reported post, the edit form, a refused post and a refusal."""

import pytest
from django.test import Client
from django.utils import timezone

from circles.models import PostReport
from circles.tests.discussion_factories import make_circle, make_meeting, make_member, make_post
from tests.helpers import make_user, url
from tests.html_checker import validate

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_discussions_pages_are_valid_html(db):
    facilitator = make_user("animatrice")
    circle = make_circle(facilitator)
    meeting = make_meeting(circle)
    marie = make_member(circle, "marie", "Marie J.")
    jean = make_member(circle, "jean", "ﺝﺎﻧ")  # written right to left
    mine = make_post(meeting, marie, "Voir https://example.org/a?b=1&c=2\n<b>pas gras</b>")
    hidden = make_post(meeting, jean, "Hors sujet")
    hidden.hidden_at, hidden.hidden_reason = timezone.now(), "Pour une autre rencontre"
    hidden.save()
    make_post(meeting, facilitator, "Bienvenue.")
    PostReport.objects.create(post=hidden, reporter=marie, reason="Hors sujet")
    thread = url("circle_posts", circle.pk, meeting.pk)

    documents = {
        "member": signed_in(marie).get(thread),
        "facilitator": signed_in(facilitator).get(thread),
        "edit": signed_in(marie).get(url("circle_post_edit", circle.pk, meeting.pk, mine.pk)),
        "refused post": signed_in(marie).post(thread, {"text": "x" * 2001}),
        "refusal": signed_in(make_user("curieux")).get(thread),
    }

    assert {name: response.status_code for name, response in documents.items()} == {
        "member": 200,
        "facilitator": 200,
        "edit": 200,
        "refused post": 400,
        "refusal": 403,
    }
    assert validate({name: response.content for name, response in documents.items()}) == []
