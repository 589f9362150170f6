"""Screenshots of the product for docs/screens.md, taken in Chromium on the demo at 360 px (a phone) and
1280 px (a laptop): the home page of a returning learner, a lesson, a quiz after a wrong answer, the course
page and "my learning"; then, every other step done, the result of the course's last quiz passed and the
finished course's page. Each PNG is reduced to a palette and kept under 200 KB.

Every run takes and checks them in a temporary folder. To write them into docs/screens (after a change to
the look of the site), look at the pictures and commit them: `make screens` (SCREENS=write)."""

import time
from urllib.parse import urlparse

import pytest

from accounts.models import User
from learning.demo.accounts import DEMO_PASSWORD
from learning.demo.build import demo_key
from learning.models import CoursePage, Learner, LessonCompletion, LessonPage
from quizzes.attempts import finish_attempt, open_attempt, record_answer, start_attempt
from quizzes.models import QuizPage
from tests.helpers import save_screens

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {360: 740, 1280: 800}


def save(page, folder, name, focus=None):
    save_screens(page, folder, name, VIEWPORTS, focus)


def wrong_choice(quiz):
    """(question id, a wrong choice id) for the quiz's first question answered by ticking choices, from
    its block's sample wrong answer."""
    for question in quiz.questions:
        chosen = question.block.sample_answer(question.value, correct=False).get("choice")
        if chosen:
            return question.id, chosen if isinstance(chosen, str) else chosen[0]
    raise AssertionError("the demo quiz has no choice question")


def all_but_the_last_quiz(username, course):
    """Every step of `course` done by the user's learner, the lessons read and the quizzes passed, but the
    last quiz, answered rightly and not finished yet; return that quiz."""
    learner, _ = Learner.objects.get_or_create(user=User.objects.get(username=username))
    steps = [step.specific for step in course.steps()]
    last_quiz = [step for step in steps if isinstance(step, QuizPage)][-1]
    for step in steps:
        if isinstance(step, LessonPage):
            LessonCompletion.objects.record(learner, step.translation_key, course.translation_key, "fr")
            continue
        begun = open_attempt(learner, step)  # the first quiz, left after a wrong answer
        if begun is not None:
            finish_attempt(begun, step)
        attempt = start_attempt(learner, step, "fr")
        for question in step.questions:
            record_answer(attempt, question, question.block.sample_answer(question.value), "fr")
        if step.pk != last_quiz.pk:
            assert finish_attempt(attempt, step).passed
    return last_quiz


def test_screenshots_of_the_demo(demo_site, page, screens_folder):
    folder = screens_folder
    started = time.time()
    site = demo_site.url
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    french = {"locale__language_code": "fr"}
    course = CoursePage.objects.live().get(translation_key=demo_key("course:ilo"), **french)
    lessons = list(LessonPage.objects.live().filter(**french).order_by("path"))
    quiz = QuizPage.objects.live().filter(**french).order_by("path").first()

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site + "/fr/accounts/login/")
    page.locator("input[name=username]").fill("apprenant")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    for lesson in lessons[:2]:  # a returning learner: two lessons done
        page.goto(site + lesson.get_url())
        page.locator("#lesson-completion").get_by_role("button").click()
        page.locator("#lesson-completion .done-mark").wait_for()

    page.goto(site + "/fr/")
    save(page, folder, "home")

    page.goto(site + lessons[2].get_url())
    save(page, folder, "lesson")

    page.goto(site + quiz.get_url())
    page.locator("form.start").get_by_role("button").click()
    question_id, choice_id = wrong_choice(quiz)
    question = page.locator(f"#question-{question_id}")
    question.wait_for()
    question.locator(f"#choice-{choice_id}").check()
    question.get_by_role("button").click()
    question.locator(".feedback").wait_for()
    # On a laptop the whole question and its feedback; on a phone the last choices and the feedback.
    save(
        page,
        folder,
        "quiz-wrong-answer",
        focus=lambda width: (question, 72) if width > 600 else (question.locator(".feedback"), 260),
    )

    page.goto(site + course.get_url())
    save(page, folder, "course")

    page.goto(site + "/fr/accounts/my-learning/")
    save(page, folder, "my-learning")

    # The finish line: the last quiz passed, every other step done.
    last_quiz = all_but_the_last_quiz("apprenant", course)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site + last_quiz.get_url())
    page.locator("form.finish").get_by_role("button").click()
    results = page.locator("#results")
    results.locator(".completion-panel").wait_for()
    save(page, folder, "last-quiz-result", focus=lambda width: (results, 16))

    page.goto(site + course.get_url())
    page.locator(".completion-panel").wait_for()
    save(page, folder, "course-finished")

    assert requested
    assert [url for url in requested if urlparse(url).hostname not in ("127.0.0.1", "localhost")] == []
    names = ["home", "lesson", "quiz-wrong-answer", "course", "my-learning"]
    names += ["last-quiz-result", "course-finished"]
    taken = [folder / f"{name}-{width}.png" for name in names for width in VIEWPORTS]
    assert [path.name for path in taken if not path.is_file() or path.stat().st_mtime < started] == []
