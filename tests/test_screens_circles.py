"""Screenshots of a study circle for docs/screens.md, taken in Chromium on the demo at 360 px (a phone) and
1280 px (a laptop): the facilitators' page of a circle on the demo course (its meetings with what the
members have done, the sharers by circle name, the totals, the invitation) and the page of one of its
members (the next meeting, what to read before it, the plan, their choices). Each PNG is a palette PNG
under 200 KB.

Every run takes and checks them in a temporary folder; `make screens` (SCREENS=write) writes them into
docs/screens."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import User
from circles import rules
from circles.models import Meeting, Membership
from learning.demo.accounts import DEMO_PASSWORD
from learning.demo.build import demo_key
from learning.models import CoursePage, Learner, LessonCompletion, LessonPage
from tests.helpers import save_screens

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {360: 740, 1280: 800}
# Circle name, shares their progress, lessons done (of the first four).
MEMBERS = [
    ("Rosa", True, 3),
    ("Ti Jan", True, 1),
    ("Wilner", False, 2),
    ("Mariam", False, 4),
    ("Lucie", False, 0),
]


def sign_in(page, site, username):
    page.goto(f"{site}/fr/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def demo_circle():
    """A circle of the demo facilitator on the demo course, with three meetings and five members; the demo
    learner is "Rosa", who shares her progress."""
    course = CoursePage.objects.live().get(locale__language_code="fr", translation_key=demo_key("course:ilo"))
    lessons = list(LessonPage.objects.live().filter(locale__language_code="fr").order_by("path"))
    circle = rules.create_circle(
        name="Cercle de Jacmel",
        course_key=course.translation_key,
        language="fr",
        time_zone="America/Port-au-Prince",
        facilitator=User.objects.get(username="animatrice"),
        max_members=20,
    )
    start = timezone.now().replace(hour=22, minute=0, second=0, microsecond=0)
    for week, (first, last, place) in enumerate(
        [(0, 2, "Local de la CTSP, Jacmel"), (2, 4, "En ligne"), (4, 6, "")]
    ):
        Meeting.objects.create(
            circle=circle,
            starts_at=start + datetime.timedelta(days=7 * week - 3),
            place=place,
            step_keys=[str(lesson.translation_key) for lesson in lessons[first:last]],
        )
    for name, shares, done in MEMBERS:
        username = "apprenant" if name == "Rosa" else f"membre-{name.lower().replace(' ', '-')}"
        user = User.objects.filter(username=username).first() or User.objects.create_user(username)
        learner, _ = Learner.objects.get_or_create(user=user)
        Membership.objects.create(circle=circle, user=user, circle_name=name, shares_progress=shares)
        for lesson in lessons[:done]:
            LessonCompletion.objects.record(learner, lesson.translation_key, course.translation_key, "fr")
    return circle


def test_screenshots_of_a_circle(demo_site, page, screens_folder):
    site = demo_site.url
    circle = demo_circle()
    sign_in(page, site, "animatrice")
    page.goto(f"{site}/fr/circles/{circle.pk}/")
    assert page.locator(".circle-sharers tbody tr").count() == 2
    save_screens(page, screens_folder, "circle-facilitator", VIEWPORTS)
    progress = page.locator("#progress-heading")
    save_screens(page, screens_folder, "circle-progress", VIEWPORTS, focus=lambda width: (progress, 16))
    page.goto(f"{site}/fr/accounts/logout/")
    page.context.clear_cookies()
    sign_in(page, site, "apprenant")
    page.goto(f"{site}/fr/circles/{circle.pk}/")
    assert page.locator(".circle-plan > li").count() == 3
    save_screens(page, screens_folder, "circle-member", VIEWPORTS)
    for name in ("circle-facilitator", "circle-progress", "circle-member"):
        for width in VIEWPORTS:
            assert (screens_folder / f"{name}-{width}.png").stat().st_size < 200_000
