"""In Chromium, the editor's preview panel shows a lesson as a learner sees it, opening at phone width
(360 px) and at desktop width on a click; a quiz's preview has an "answer key" mode (issue 10, part 4)."""

import pytest
from playwright.sync_api import expect

from tests.helpers import admin_sign_in, make_course_tree, make_quiz, make_user, one_of_each, settle

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "/tmp/review-shots"  # noqa: S108 - screenshots for the report, not a secret


def open_preview(page, base, target):
    page.goto(f"{base}/admin/pages/{target.id}/edit/")
    page.click("[data-side-panel-toggle='preview']")
    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.locator("main")).to_be_visible(timeout=15000)
    return frame


def iframe_width(page):
    return page.locator("#w-preview-iframe").evaluate("frame => frame.contentWindow.innerWidth")


def show_at_desktop_width(page):
    """Click the preview's desktop size; wait until the preview is drawn at 1280 px."""
    page.locator("label.w-preview__size-button:has(input[value='desktop'])").click()
    page.wait_for_function(
        "() => document.querySelector('#w-preview-iframe').contentWindow.innerWidth === 1280"
    )
    settle(page)


def test_a_lessons_preview_shows_it_as_a_learner_sees_it(home, live_server, page):
    tree = make_course_tree(home)
    lesson = tree["lessons"][1]
    make_user("editrice", group="Editors")
    base = live_server.url
    page.set_viewport_size({"width": 1440, "height": 900})
    admin_sign_in(page, base, "editrice")

    frame = open_preview(page, base, lesson)

    assert iframe_width(page) == 360
    expect(frame.locator("main h1")).to_have_text(lesson.title)
    expect(frame.locator("main")).to_contain_text("Texte 2.")
    expect(frame.locator(".course-outline, nav[aria-label]").first).to_be_attached()
    assert frame.locator("link[rel=stylesheet]").count() >= 1
    styled = frame.locator("body").evaluate("body => getComputedStyle(body).fontFamily")
    assert "Times" not in styled  # our stylesheet applies, not the browser's default
    page.screenshot(path=f"{SHOTS}/preview-lesson-360.png")

    show_at_desktop_width(page)
    assert iframe_width(page) == 1280
    page.screenshot(path=f"{SHOTS}/preview-lesson-desktop.png")


def test_a_quizs_preview_has_an_answer_key_mode(home, live_server, page):
    tree = make_course_tree(home)
    quiz = make_quiz(tree["module"], questions=one_of_each())
    make_user("editrice", group="Editors")
    base = live_server.url
    page.set_viewport_size({"width": 1440, "height": 900})
    admin_sign_in(page, base, "editrice")

    frame = open_preview(page, base, quiz)
    expect(frame.locator(".answer-key")).to_have_count(0)
    page.screenshot(path=f"{SHOTS}/preview-quiz-360.png")

    page.select_option("#id_preview_mode", "answer-key")
    expect(frame.locator(".answer-key").first).to_be_visible(timeout=15000)
    assert frame.locator(".answer-key").count() == len(quiz.questions)
    page.screenshot(path=f"{SHOTS}/preview-quiz-answer-key-360.png")
    show_at_desktop_width(page)
    page.screenshot(path=f"{SHOTS}/preview-quiz-answer-key-desktop.png")
