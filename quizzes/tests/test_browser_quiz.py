"""In Chromium: a learner finishes two lessons, starts the quiz, answers without a page reload (feedback
and progress bar swapped in by htmx), switches to English mid-quiz and keeps the attempt, finishes, passes,
and sees the module marked done on the course page; the browser never contacts any host but ours."""

import pytest
from wagtail_localize.synctree import synchronize_tree

from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from tests.helpers import (
    foreign_urls,
    lesson_body,
    make_quiz,
    publish_child,
    right_choice_ids,
    short_answer,
    single_choice,
    true_false,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def small_course(home, locales, live_server):
    """A course with one module: two lessons and a three-question quiz, with English aliases."""
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    lessons = [
        publish_child(module, LessonPage(title=f"Leçon {n}", slug=f"lecon-{n}", body=lesson_body()))
        for n in (1, 2)
    ]
    questions = [single_choice(), true_false(answer=False), short_answer()]
    quiz = make_quiz(module, questions=questions, pass_mark=60)
    synchronize_tree(locales["fr"], locales["en"])
    return {
        "url": live_server.url,
        "course": course,
        "lessons": lessons,
        "quiz": quiz,
        "questions": questions,
        "english_course": course.get_translation(locales["en"]),
    }


def answer(page, question_id, fill):
    """Fill in one question's form, send it, and wait for its feedback."""
    question = page.locator(f"#question-{question_id}")
    fill(question)
    question.get_by_role("button").click()
    page.locator(f"#question-{question_id} .feedback").wait_for()


def progress(page):
    return page.locator("#quiz-progress-bar").get_attribute("value")


def test_quiz_with_htmx_across_languages_to_a_completed_module(small_course, page):
    site, quiz, (single, truefalse, short) = (
        small_course["url"],
        small_course["quiz"],
        small_course["questions"],
    )
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    for lesson in small_course["lessons"]:
        page.goto(site + lesson.get_url())
        page.locator("#lesson-completion").get_by_role("button").click()
        page.locator("#lesson-completion .done-mark").wait_for()

    page.goto(site + quiz.get_url())
    page.locator("form.start").get_by_role("button").click()
    page.locator(f"#question-{single['id']}").wait_for()
    assert progress(page) == "0"
    page.evaluate("window.__marker = 1")

    answer(page, single["id"], lambda q: q.locator(f"#choice-{right_choice_ids(single)[0]}").check())

    assert page.locator(f"#question-{single['id']} .verdict.right").is_visible()
    assert "single: feedback 1" in page.locator(f"#question-{single['id']} .feedback").inner_text()
    assert progress(page) == "1"
    assert page.evaluate("window.__marker") == 1, "the page was reloaded"

    page.locator('a[hreflang="en"]').first.click()
    page.wait_for_url("**/en/**")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.evaluate("window.__marker") is None  # a new page, as expected
    assert page.locator(f"#question-{single['id']} .feedback").is_visible()
    assert page.locator(f"#question-{single['id']} input[name=choice]").first.is_disabled()
    assert progress(page) == "1"

    answer(page, truefalse["id"], lambda q: q.locator(f"#q-{truefalse['id']}-false").check())
    answer(page, short["id"], lambda q: q.locator(f"#q-{short['id']}-answer").fill(" ÉTÉ "))
    assert progress(page) == "3"
    page.locator("form.finish").get_by_role("button").click()
    page.locator("#results .score").wait_for()

    assert "passed" in page.locator("#results .score").get_attribute("class")
    assert "100" in page.locator(".score.passed").inner_text()

    page.goto(site + small_course["english_course"].get_url())
    module = page.locator("ol.outline > li").first
    assert "done" in module.get_attribute("class")
    assert module.locator("h3 .done-mark").is_visible()
    assert page.locator("ol.steps > li.done").count() == 3

    foreign = foreign_urls(requested)
    assert requested, "the browser made no request at all"
    assert foreign == []
