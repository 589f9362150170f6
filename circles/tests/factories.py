"""Small builders for the circle tests: a circle on the course_tree fixture's course, its meetings and
members."""

import datetime
import zoneinfo

from django.test import Client

from circles import rules
from circles.models import Meeting, Membership
from learning.models import Learner, LessonCompletion
from tests.helpers import facilitator, make_user

ZONE = "America/Port-au-Prince"


def make_circle(course, leader=None, **fields):
    leader = leader or facilitator("animatrice")
    values = {
        "name": "Cercle de Jacmel",
        "course_key": course.translation_key,
        "language": "fr",
        "time_zone": ZONE,
        "facilitator": leader,
        "max_members": 50,
        **fields,
    }
    return rules.create_circle(**values)


def make_meeting(circle, steps=(), days=7, **fields):
    starts = datetime.datetime.now(zoneinfo.ZoneInfo(circle.time_zone)).replace(
        hour=18, minute=0, second=0, microsecond=0
    ) + datetime.timedelta(days=days)
    return Meeting.objects.create(
        circle=circle, starts_at=starts, step_keys=[str(step.translation_key) for step in steps], **fields
    )


def add_member(circle, username, circle_name=None, shares=False):
    user = make_user(username)
    Learner.objects.get_or_create(user=user)
    return Membership.objects.create(
        circle=circle, user=user, circle_name=circle_name or username.title(), shares_progress=shares
    )


def finish(membership, lesson, course):
    learner, _ = Learner.objects.get_or_create(user=membership.user)
    LessonCompletion.objects.record(learner, lesson.translation_key, course.translation_key, "fr")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client
