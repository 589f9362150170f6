"""Privacy and retention (issue 24): a member's circles in "download my data"; deleting the account
deletes the memberships at once; the daily purge deletes an archived circle's members and posts after
CIRCLE_RETENTION_DAYS and keeps the counts; the editors' report counts circles and members with "< 5"."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.erasure import erase_account
from circles.models import Circle, Membership, Post
from circles.tests.factories import add_member, make_circle, make_meeting, signed_in
from tests.helpers import csv_rows, make_user, message, parse

pytestmark = pytest.mark.django_db


def test_download_my_data_holds_the_memberships_and_sharing_choices(circle):
    member = add_member(circle, "rosalie", circle_name="Rosa", shares=True)
    response = signed_in(member.user).get(reverse("export_my_data"))
    data = json.loads(response.content)
    assert data["circle_memberships"] == [
        {
            "circle": "Cercle de Jacmel",
            "course_key": str(circle.course_key),
            "course_title": "Un cours",
            "circle_name": "Rosa",
            "shares_progress": True,
            "joined_at": member.joined_at.isoformat(),
        }
    ]


def test_deleting_the_account_deletes_the_memberships_at_once(circle):
    member = add_member(circle, "rosalie")
    add_member(circle, "other")
    erase_account(member.user)
    assert list(Membership.objects.values_list("user__username", flat=True)) == ["other"]
    assert Circle.objects.filter(pk=circle.pk).exists()


def test_the_purge_deletes_members_and_posts_of_circles_archived_long_ago(course_tree, leader, settings):
    settings.CIRCLE_RETENTION_DAYS = 180
    old = make_circle(course_tree["course"], leader, name="Ancien")
    recent = make_circle(course_tree["course"], leader, name="Récent")
    for circle in (old, recent):
        meeting = make_meeting(circle)
        for n in range(3):
            member = add_member(circle, f"{circle.name}{n}")
        Post.objects.create(meeting=meeting, author=member.user, text="Bonjour")
    now = timezone.now()
    Circle.objects.filter(pk=old.pk).update(archived_at=now - datetime.timedelta(days=181))
    Circle.objects.filter(pk=recent.pk).update(archived_at=now - datetime.timedelta(days=179))

    call_command("purge_circles")

    old.refresh_from_db()
    assert (old.members_at_purge, old.purged_at is not None) == (3, True)
    assert not old.memberships.exists() and not Post.objects.filter(meeting__circle=old).exists()
    assert old.meetings.count() == 1
    assert recent.memberships.count() == 3 and Post.objects.filter(meeting__circle=recent).count() == 1
    call_command("purge_circles")  # a second run changes nothing
    old.refresh_from_db()
    assert old.members_at_purge == 3


def test_the_editors_report_counts_circles_and_members_with_under_five_hidden(course_tree, leader, client):
    course = course_tree["course"]
    big = make_circle(course, leader, name="Grand")
    for n in range(6):
        add_member(big, f"big{n}")
    small = make_circle(course, leader, name="Small", language="en")
    for n in range(2):
        add_member(small, f"small{n}")
    client.force_login(make_user("editrice", group="Editors"))

    response = client.get(reverse("solidaire_circle_reports:circles") + "?export=csv")

    rows = csv_rows(response)
    # 2 English members show as "< 5"; the 6 French ones are hidden too, or 8 - 6 would give them away.
    assert [row[2:] for row in rows[1:]] == [["2", "8"], ["1", "< 5"], ["1", message("hidden")]]


def test_the_report_is_for_editors_not_for_facilitators(leader):
    response = signed_in(leader).get(reverse("solidaire_circle_reports:circles"))
    assert response.status_code == 403
    assert parse(response) is not None
