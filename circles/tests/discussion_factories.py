"""Circles, meetings, members and posts for the discussion's tests, made with the ORM."""

import secrets
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from circles.models import Circle, Meeting, Membership, Post
from tests.helpers import make_user

PORT_AU_PRINCE = "America/Port-au-Prince"


def make_circle(facilitator, name="Cercle de Jacmel", **fields):
    """A circle led by `facilitator`, meeting in Haiti's time zone."""
    fields = {
        "course_key": uuid.uuid4(),
        "language": "fr",
        "time_zone": PORT_AU_PRINCE,
        "code": secrets.token_hex(4).upper(),
        "max_members": 50,
        **fields,
    }
    return Circle.objects.create(name=name, facilitator=facilitator, **fields)


def make_meeting(circle, starts_at=None):
    starts_at = starts_at or datetime(2026, 12, 15, 18, 30, tzinfo=ZoneInfo(PORT_AU_PRINCE))
    return Meeting.objects.create(circle=circle, starts_at=starts_at, place="Lokal sendika a")


def make_member(circle, username, circle_name=None):
    """A new account, member of `circle` under `circle_name` (by default the username, capitalised)."""
    user = make_user(username)
    Membership.objects.create(circle=circle, user=user, circle_name=circle_name or username.capitalize())
    return user


def make_post(meeting, author, text="Bonjour à toutes et à tous."):
    return Post.objects.create(meeting=meeting, author=author, text=text)
