"""The admin's reports in Chromium, as an editor, at 1280 and 360 px (issue 21, item 11): the courses
table wraps its titles between words, the item analysis fits the screen at 1280 px and scrolls inside
its own box on a phone. Screenshots go to /tmp/review-shots/reports/."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import User
from learning.models import CourseIndexPage, CoursePage, ModulePage
from quizzes.tests.test_reports import GROUPS, QUESTIONS, build_attempts
from tests.helpers import make_quiz, publish_child

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = Path("/tmp/review-shots/reports")  # noqa: S108 - screenshots for the review, not a secret
TITLE = "Accompagner les apprentissages interdisciplinaires en communauté"


@pytest.fixture
def reports(home, client, live_server):
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title=TITLE, slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    quiz = make_quiz(module, questions=QUESTIONS, pass_mark=50, slug="quiz-report")
    build_attempts(quiz, groups=GROUPS)
    editor = User.objects.create_user(username="edith", password="pw-long-enough-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return {
        "cookie": {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url},
        "courses": live_server.url + reverse("solidaire_reports:courses"),
        "items": live_server.url + reverse("solidaire_quiz_reports:item_analysis", args=[quiz.pk]),
        "attempts": live_server.url + reverse("solidaire_quiz_reports:attempts", args=[quiz.pk]),
    }


def open_page(browser, reports, width, address):
    context = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 900})
    context.add_cookies([reports["cookie"]])
    page = context.new_page()
    assert page.goto(address).status == 200
    return page


def words_broken(page, selector):
    """The texts of the `selector` cells whose lines break inside a word (a word wider than its line)."""
    return page.eval_on_selector_all(
        selector,
        """cells => cells.filter(cell => {
            const range = document.createRange();
            const text = cell.textContent.trim();
            if (!text) return false;
            range.selectNodeContents(cell);
            const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
            const words = text.split(/[\\s-]+/).length;
            return lines.size > words;
        }).map(cell => cell.textContent.trim())""",
    )


def overflow(page):
    """How far the page is wider than the window, in CSS pixels (0 when it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.parametrize("width", [1280, 360])
def test_the_reports_fit_the_screen(browser, reports, width):
    courses = open_page(browser, reports, width, reports["courses"])
    courses.screenshot(path=SHOTS / f"courses-{width}.png", full_page=True)
    assert words_broken(courses, "main table td a, main table th") == []
    assert overflow(courses) == 0

    items = open_page(browser, reports, width, reports["items"])
    items.screenshot(path=SHOTS / f"item-analysis-{width}.png", full_page=True)
    assert overflow(items) == 0
    if width == 1280:  # the table itself fits: no sideways scrolling on a laptop
        box = items.eval_on_selector(".report-table", "box => box.scrollWidth - box.clientWidth")
        assert box == 0
    assert words_broken(items, "main table th") == []

    attempts = open_page(browser, reports, width, reports["attempts"])
    attempts.screenshot(path=SHOTS / f"attempts-{width}.png", full_page=True)
    assert overflow(attempts) == 0
