"""A member's posts and reports and the account's rights: in "download my data" (even for an account that
has no progress record), and deleted with the account, at once."""

import json
from datetime import datetime

import pytest
from django.test import Client

from circles.models import Post, PostReport
from circles.tests.discussion_factories import make_circle, make_meeting, make_member, make_post
from learning.models import Learner
from tests.helpers import PASSWORD, main_text, make_user, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_with_posts(db):
    """`marie`, member of a circle, with two posts (one hidden) and a report on Jean's; no learner."""
    facilitator = make_user("animatrice")
    circle = make_circle(facilitator, name="Cercle de Niamey")
    meeting = make_meeting(circle)
    marie = make_member(circle, "marie", "Marie J.")
    jean = make_member(circle, "jean", "Ti Jan")
    first = make_post(meeting, marie, "Mon premier message\navec une ligne de plus.")
    Post.objects.create(meeting=meeting, author=marie, text="Un mot de trop.", hidden_reason="Hors sujet")
    Post.objects.filter(text="Un mot de trop.").update(hidden_at=first.created_at)
    jeans = make_post(meeting, jean, "Le message de Jean.")
    PostReport.objects.create(post=jeans, reporter=marie, reason="Propos blessants")
    client = Client()
    client.force_login(marie)
    return {"client": client, "marie": marie, "jean": jean, "meeting": meeting, "jeans": jeans}


def test_download_my_data_holds_my_posts_with_their_meeting_and_circle(member_with_posts):
    assert not Learner.objects.filter(user=member_with_posts["marie"]).exists()

    response = member_with_posts["client"].get(url("export_my_data"))

    data = json.loads(response.content)
    meeting = member_with_posts["meeting"]
    assert [(row["circle_name"], row["text"], row["hidden_reason"]) for row in data["circle_posts"]] == [
        ("Cercle de Niamey", "Mon premier message\navec une ligne de plus.", None),
        ("Cercle de Niamey", "Un mot de trop.", "Hors sujet"),
    ]
    moments = {datetime.fromisoformat(row["meeting_starts_at"]) for row in data["circle_posts"]}
    assert moments == {meeting.starts_at}
    assert [row["reason"] for row in data["circle_post_reports"]] == ["Propos blessants"]
    assert "Le message de Jean." not in response.content.decode()


def test_see_my_data_shows_my_posts(member_with_posts):
    response = member_with_posts["client"].get(url("my_data_page"))

    text = main_text(response)
    assert "Mon premier message avec une ligne de plus." in text
    assert "Cercle de Niamey" in text and "Propos blessants" in text


def test_deleting_my_account_deletes_my_posts_and_reports_at_once(member_with_posts):
    marie, jean = member_with_posts["marie"], member_with_posts["jean"]

    response = member_with_posts["client"].post(url("delete_account"), {"password": PASSWORD})

    assert response.status_code == 302
    assert not Post.objects.filter(author_id=marie.pk).exists()
    assert not PostReport.objects.filter(reporter_id=marie.pk).exists()
    assert list(Post.objects.values_list("author", "text")) == [(jean.pk, "Le message de Jean.")]
