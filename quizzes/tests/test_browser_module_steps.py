"""In Chromium, as an editor (issue 21): a new lesson lands before its module's quiz; a new quiz goes in a
module without one, and is refused while no choice is ticked right, with the error on the question; a
module that has its quiz offers no second one and says why. Screenshots in /tmp/review-shots/quizcheck/."""

import pytest
from playwright.sync_api import expect

from learning.models import LessonPage, ModulePage
from quizzes.models import QuizPage
from tests.helpers import (
    admin_sign_in,
    lesson_body,
    make_course_tree,
    make_quiz,
    make_user,
    message,
    publish_child,
    settle,
)

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "/tmp/review-shots/quizcheck"  # noqa: S108 - screenshots for the report, not a secret
BEFORE_QUIZ = "New lessons go before the module's quiz, “%(title)s”. A module has one quiz."
NO_RIGHT_CHOICE = "Tick the right choice: a single-choice question has exactly one."


def shoot(page, name):
    """A full-page screenshot once the admin's message (if any) has slid fully in."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('.messages')].every(m => m.getBoundingClientRect().top >= 0)"
    )
    settle(page)
    page.screenshot(path=f"{SHOTS}/{name}-1280.png", full_page=True)


def add_child(page, base, module):
    """From the module's listing, the admin's "Add child page"."""
    page.goto(f"{base}/admin/pages/{module.id}/")
    page.locator(f"a[href='/admin/pages/{module.id}/add_subpage/']").first.click()


def listed_titles(page, base, module):
    """The module's steps, as its admin listing shows them (in course order)."""
    page.goto(f"{base}/admin/pages/{module.id}/")
    return [text.strip() for text in page.locator("table.listing tbody .title-wrapper a").all_inner_texts()]


@pytest.fixture(autouse=True)
def no_autosave(settings):
    """Without the admin's autosave, whose draft may or may not be made before a click: each step of
    the walk is then the same every run (the checks wait for a submission either way)."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


def submit(page):
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.click("button[name='action-submit']")


def test_an_editor_adds_a_lesson_and_a_quiz_each_where_it_belongs(home, live_server, page):
    tree = make_course_tree(home)
    first = tree["module"]
    make_quiz(first, title="Quiz du module 1", slug="quiz")
    second = publish_child(tree["course"], ModulePage(title="Module 2", slug="module-2"))
    publish_child(second, LessonPage(title="Leçon 2.1", slug="lecon-2-1", body=lesson_body()))
    make_user("editrice", group="Editors")
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})
    admin_sign_in(page, base, "editrice")

    # 1. Module 1 has its quiz: "Add child page" opens a new lesson, saying it goes before the quiz.
    add_child(page, base, first)
    expect(page).to_have_url(f"{base}/admin/pages/add/learning/lessonpage/{first.id}/")
    notice = message(BEFORE_QUIZ, title="Quiz du module 1")
    expect(page.locator(".messages")).to_contain_text(notice)
    shoot(page, "01-new-lesson-in-a-module-with-its-quiz")
    page.locator("#id_title").press_sequentially("Leçon 4")
    page.press("#id_title", "Tab")
    expect(page.locator("#id_slug")).not_to_have_value("")  # the admin fills the slug from the title
    page.get_by_role("button", name=message("Save draft")).first.click()
    expect(page.locator(".messages")).to_contain_text("Leçon 4")

    in_order = ["Leçon 1", "Leçon 2", "Leçon 3", "Leçon 4", "Quiz du module 1"]
    assert listed_titles(page, base, first) == in_order
    shoot(page, "02-the-new-lesson-before-the-quiz")

    # 2. Module 2 has no quiz: the admin offers one.
    add_child(page, base, second)
    shoot(page, "03-a-module-without-a-quiz-offers-one")
    page.locator(f"a[href='/admin/pages/add/quizzes/quizpage/{second.id}/']").click()
    page.locator("#id_title").press_sequentially("Quiz du module 2")
    page.press("#id_title", "Tab")
    expect(page.locator("#id_slug")).not_to_have_value("")
    page.click(".c-sf-add-button")
    page.get_by_role("option", name=message("Single choice")).click()
    page.fill("[name='questions-0-value-prompt']", "Quelle convention protège la liberté syndicale ?")
    page.locator("[data-contentpath='explanation'] .public-DraftEditor-content").click()
    page.keyboard.type("La convention 87.")
    page.fill("[name='questions-0-value-choices-0-value-text']", "C087")
    page.locator("[data-contentpath='choices'] [data-streamfield-list-add]").last.click()
    page.fill("[name='questions-0-value-choices-1-value-text']", "C098")

    # 3. Submitted with no right choice: refused, the error on the question's choices, nothing lost.
    submit(page)
    error = page.locator("[data-contentpath='choices'] .help-critical")
    expect(error.first).to_contain_text(message(NO_RIGHT_CHOICE))
    expect(page.locator("[name='questions-0-value-choices-1-value-text']")).to_have_value("C098")
    error.first.scroll_into_view_if_needed()
    settle(page)
    page.screenshot(path=f"{SHOTS}/04-a-quiz-with-no-right-choice-is-refused-1280.png")
    assert not QuizPage.objects.child_of(second).exists()

    # 4. With its right choice ticked, the quiz goes to the committee, after the module's lesson.
    page.check("[name='questions-0-value-choices-0-value-correct']")
    submit(page)
    expect(page.locator(".messages")).to_contain_text("Quiz du module 2")
    assert listed_titles(page, base, second) == ["Leçon 2.1", "Quiz du module 2"]
    assert QuizPage.objects.child_of(second).get().workflow_in_progress
    shoot(page, "05-the-new-quiz-after-the-lesson")

    # 5. Module 2 now has its quiz: no second one is offered, and the editor is told why.
    add_child(page, base, second)
    expect(page).to_have_url(f"{base}/admin/pages/add/learning/lessonpage/{second.id}/")
    expect(page.locator(".messages")).to_contain_text(message(BEFORE_QUIZ, title="Quiz du module 2"))
    shoot(page, "06-no-second-quiz-and-why")
