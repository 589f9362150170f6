"""In Chromium (issue 22): the course page puts its start button and its plan on a 360 x 740 phone's first
screen; passing the demo course's last quiz shows the finished course, its certificate as the main action
and, once the certificate is issued, its check page's link to share; "my learning"'s quiz results fit a
phone; without JavaScript a refused answer
and a finish with unanswered questions leave the address bar on the quiz. Screenshots for the review go to
/tmp/review-shots/finish/."""

from pathlib import Path
from urllib.parse import urlparse

import pytest

from accounts.models import User
from learning.demo.accounts import DEMO_PASSWORD
from learning.models import CoursePage, Learner, LessonCompletion, LessonPage
from quizzes.attempts import find_question, record_answer
from quizzes.models import QuizAttempt, QuizPage
from tests.helpers import make_course_tree, make_quiz, message, one_of_each, settle

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/review-shots/finish")  # noqa: S108 - screenshots for the review, not a secret
PHONE = {"width": 360, "height": 740}
LAPTOP = {"width": 1280, "height": 800}


def shoot(page, name, part=None):
    """At 360 and 1280 px: the first screen and the whole page, or only `part` (a locator) if given."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size in (PHONE, LAPTOP):
        page.set_viewport_size(size)
        settle(page)
        if part is not None:
            part.screenshot(path=SHOTS / f"{name}-{size['width']}.png")
            continue
        page.evaluate("window.scrollTo(0, 0)")
        settle(page)
        page.screenshot(path=SHOTS / f"{name}-first-screen-{size['width']}.png")
        page.screenshot(path=SHOTS / f"{name}-{size['width']}.png", full_page=True)


def the_longest_course(language):
    """The demo's course with the most standards in `language`: the longest course page."""
    courses = CoursePage.objects.live().filter(locale__language_code=language)
    return max(courses, key=lambda course: course.standards.count())


def test_the_course_pages_start_button_and_plan_are_on_a_phones_first_screen(demo_site, page):
    for language in ("fr", "ht"):
        course = the_longest_course(language)
        page.set_viewport_size(PHONE)
        page.goto(demo_site.url + course.get_url())
        settle(page)

        start = page.locator(".course-progress a.button").bounding_box()
        plan = page.locator("#course-plan").bounding_box()
        folded = page.locator("details.standards").evaluate("details => !details.open")
        shoot(page, f"course-{language}")
        assert start["y"] + start["height"] <= PHONE["height"], (language, start)
        assert plan["y"] < PHONE["height"], (language, plan)
        assert folded


def test_passing_the_demo_courses_last_quiz_shows_the_finished_course(demo_site, page):
    site = demo_site.url
    course = CoursePage.objects.live().filter(locale__language_code="fr").order_by("path").first()
    steps = [step.specific for step in course.steps()]
    last_quiz = [step for step in steps if isinstance(step, QuizPage)][-1]
    page.set_viewport_size(LAPTOP)
    page.goto(site + "/fr/accounts/login/")
    page.locator("input[name=username]").fill("apprenant")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    learner, _ = Learner.objects.get_or_create(user=User.objects.get(username="apprenant"))
    for step in steps:  # every step done but the last quiz
        if isinstance(step, LessonPage):
            LessonCompletion.objects.get_or_create(
                learner=learner, lesson_key=step.translation_key, course_key=course.translation_key
            )
        elif step.pk != last_quiz.pk:
            QuizAttempt.objects.create(learner=learner, quiz_key=step.translation_key, score=100, passed=True)

    page.goto(site + last_quiz.get_url())
    page.locator("form.start").get_by_role("button").click()
    page.locator("form.finish").wait_for()
    attempt = QuizAttempt.objects.get(learner=learner, quiz_key=last_quiz.translation_key)
    for raw in last_quiz.questions.raw_data:
        _number, question = find_question(last_quiz, raw["id"])
        record_answer(attempt, question, question.block.sample_answer(question.value))
    page.reload()
    page.locator("form.finish").get_by_role("button").click()

    results = page.locator("#results")
    results.locator(".completion-panel").wait_for()
    certificate = results.locator("form.certificate-form button")
    again = results.locator("form.try-again button")
    assert certificate.is_visible()
    assert "secondary" in again.get_attribute("class")
    assert certificate.bounding_box()["y"] < again.bounding_box()["y"]
    shoot(page, "last-quiz-result", results)

    with page.expect_download():
        certificate.click()
    page.reload()
    share = page.locator("#results .share-link")
    assert urlparse(share.input_value()).path.startswith("/fr/certificates/")
    shoot(page, "last-quiz-result-shared", page.locator("#results"))

    # "My learning"'s quiz results fit a phone: each quiz stacked, nothing wider than the screen.
    page.set_viewport_size(PHONE)
    page.goto(site + "/fr/accounts/my-learning/")
    table = page.locator("section[aria-labelledby=quiz-results] table")
    settle(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert table.bounding_box()["width"] <= PHONE["width"]
    table.screenshot(path=SHOTS / "my-learning-quiz-results-360.png")


def test_without_javascript_a_refusal_and_a_finish_to_confirm_stay_at_the_quiz_address(
    home, live_server, browser
):
    quiz = make_quiz(make_course_tree(home)["module"], questions=one_of_each())
    first = quiz.questions.raw_data[0]["id"]
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    address = live_server.url + quiz.get_url()
    page.goto(address)
    page.locator("form.start button").click()

    page.locator(f"#question-{first} form button[type=submit]").click()  # nothing chosen

    assert page.url == f"{address}#question-{first}"
    error = page.locator(f"#question-{first}-error .form-error")
    assert error.inner_text().strip() == message("Choose one of the answers.")
    page.screenshot(path=SHOTS / "no-js-refusal-360.png")

    page.locator("form.finish button").click()

    assert page.url == f"{address}#finish-confirm"
    assert page.locator("#finish-confirm ul a").count() == len(quiz.questions.raw_data)
    assert QuizAttempt.objects.get().is_open
    page.screenshot(path=SHOTS / "no-js-finish-confirm-360.png", full_page=True)
    page.locator("#finish-confirm button").click()
    assert page.url == f"{address}#results"
    assert not QuizAttempt.objects.get().is_open
    context.close()
