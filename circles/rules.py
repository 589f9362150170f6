"""The rules of a circle. Views call these; they hold the rules.

- A join code is 8 characters from the live sessions' alphabet without look-alikes
  (quizzes.live.rules.CODE_ALPHABET), unique among all circles (a database constraint; a collision draws
  again). An archived circle's code takes nobody.
- A circle holds at most `max_members` (at most settings.CIRCLE_MAX_MEMBERS): `join` counts the members
  while it holds the circle's row, so two people taking the last seat at once make one member.
- A circle name follows the live nicknames' rules (NFKC, no control, format or private-use character, 30
  characters at most, never cut) and is unique in its circle whatever its case.
- A meeting's time is typed in the circle's time zone; a time that does not exist there (the hour skipped
  when clocks go forward) is refused, never moved.
"""

import secrets
import unicodedata
import zoneinfo
from datetime import UTC, datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from circles.models import Circle, Membership
from learning.models import Learner
from quizzes.live.rules import CODE_ALPHABET, MAX_NICKNAME, clean_code, has_hidden_characters

CODE_LENGTH = 8
MAX_CIRCLE_NAME = MAX_NICKNAME
# Where circles meet first: Haiti, Niger, Quebec; then every other zone in alphabetical order.
FIRST_ZONES = ("America/Port-au-Prince", "Africa/Niamey", "America/Toronto")
WRONG_CODE = gettext_lazy("No circle has this code. Check it with your facilitator.")
ARCHIVED = gettext_lazy("This circle has ended: it takes no new members.")
FULL = gettext_lazy("This circle is full. Ask your facilitator.")


class CircleRefused(Exception):
    """The action is refused and nothing changed; `message` says why, `status` is the HTTP status."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def max_members():
    return settings.CIRCLE_MAX_MEMBERS


def retention_days():
    return settings.CIRCLE_RETENTION_DAYS


# Join codes.


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def create_circle(**fields):
    """A new circle with a fresh join code (fields: those of Circle but the code)."""
    for _attempt in range(20):
        try:
            with transaction.atomic():
                return Circle.objects.create(code=new_code(), **fields)
        except IntegrityError:  # the code is taken: draw again
            continue
    raise RuntimeError("no free circle code after 20 draws")


def find_open_circle(code):
    """The circle with this code that still takes members, or a refusal (wrong code 404, archived 410)."""
    code = clean_code(code or "")
    circle = Circle.objects.filter(code=code).first() if code else None
    if circle is None:
        raise CircleRefused(WRONG_CODE, 404)
    if circle.archived_at is not None:
        raise CircleRefused(ARCHIVED, 410)
    return circle


# Time zones and times.


def time_zones():
    """Every IANA zone name this system knows, the circles' usual three first."""
    rest = sorted(zoneinfo.available_timezones() - set(FIRST_ZONES))
    return [zone for zone in FIRST_ZONES if zone in zoneinfo.available_timezones()] + rest


def is_time_zone(name):
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return name in zoneinfo.available_timezones()


def local_moment(day, time, zone_name):
    """The aware datetime of `day` at `time` in the zone, or None when that time does not exist there
    (skipped when the clocks go forward). An hour that happens twice is its first occurrence."""
    zone = zoneinfo.ZoneInfo(zone_name)
    moment = datetime.combine(day, time).replace(tzinfo=zone, fold=0)
    back = moment.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
        return None
    return moment


def in_zone(moment, zone_name):
    return moment.astimezone(zoneinfo.ZoneInfo(zone_name))


# Circle names.


def clean_circle_name(text):
    """The circle name as stored and shown: NFKC-normalised, its spaces collapsed; or a refusal (empty,
    an invisible or control character, HTML's angle brackets, longer than MAX_CIRCLE_NAME: never cut)."""
    name = unicodedata.normalize("NFKC", text or "")
    if has_hidden_characters(name):
        raise CircleRefused(_("Remove the invisible or control characters from your circle name."), 400)
    name = " ".join(name.split())
    if not name:
        raise CircleRefused(_("Choose a circle name: the others in the circle will know you by it."), 400)
    if "<" in name or ">" in name:
        raise CircleRefused(_("A circle name cannot contain < or >."), 400)
    if len(name) > MAX_CIRCLE_NAME:
        raise CircleRefused(
            _("Your circle name is too long: %(max)s characters at most.") % {"max": MAX_CIRCLE_NAME}, 400
        )
    return name


def name_taken(circle, name, exclude=None):
    """Whether another member of `circle` has `name`, whatever its case."""
    wanted = name.casefold()
    names = circle.memberships.exclude(pk=getattr(exclude, "pk", None)).values_list("circle_name", flat=True)
    return any(other.casefold() == wanted for other in names)


TAKEN = gettext_lazy("Someone in this circle already has this circle name. Choose another.")


# Joining, changing, leaving.


def join(circle, user, circle_name, shares_progress=False):
    """Make `user` a member of `circle` under `circle_name` (already cleaned), or refuse: archived (410),
    full (409), already a member or a leader (409), name taken (409). The circle's row is locked while
    members are counted. The member gets a Learner, so that "download my data" finds their circles."""
    with transaction.atomic():
        circle = Circle.objects.select_for_update().get(pk=circle.pk)
        if circle.archived_at is not None:
            raise CircleRefused(ARCHIVED, 410)
        if user.pk in (circle.facilitator_id, circle.co_facilitator_id):
            raise CircleRefused(_("You lead this circle: you need not join it."), 409)
        if circle.memberships.filter(user=user).exists():
            raise CircleRefused(_("You are already a member of this circle."), 409)
        if circle.memberships.count() >= circle.max_members:
            raise CircleRefused(FULL, 409)
        if name_taken(circle, circle_name):
            raise CircleRefused(TAKEN, 409)
        Learner.objects.get_or_create(user=user)
        return Membership.objects.create(
            circle=circle, user=user, circle_name=circle_name, shares_progress=shares_progress
        )


def change_membership(membership, circle_name, shares_progress):
    """A member's new circle name (cleaned) and sharing choice, or a refusal (name taken, 409)."""
    with transaction.atomic():
        Circle.objects.select_for_update().get(pk=membership.circle_id)
        if name_taken(membership.circle, circle_name, exclude=membership):
            raise CircleRefused(TAKEN, 409)
        membership.circle_name = circle_name
        membership.shares_progress = shares_progress
        membership.save(update_fields=["circle_name", "shares_progress"])
    return membership


def archive(circle):
    """Archive the circle (once): its code takes nobody from now on; its members and posts are deleted
    `retention_days()` later (purge)."""
    Circle.objects.filter(pk=circle.pk, archived_at__isnull=True).update(archived_at=timezone.now())
    circle.refresh_from_db()
    return circle
