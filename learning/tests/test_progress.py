"""Progress: a module is done when its lessons are and its quiz is passed, a course when its modules are;
the course and home pages show it; signing in keeps what was done anonymously; its cost is fixed."""

import pytest
from django.db import connection
from django.http import HttpRequest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning.models import SESSION_KEY, CoursePage, Learner, LessonCompletion, LessonPage, ModulePage
from quizzes.models import Answer, QuizAttempt
from tests.helpers import (
    CONFIRM_FINISH,
    HTMX,
    PASSWORD,
    answer_data,
    answer_url,
    finish_url,
    lesson_body,
    make_quiz,
    make_user,
    one_of_each,
    parse,
    publish_child,
    start_url,
)


def finish_lesson(client, lesson):
    assert client.post(lesson.get_url() + "complete/", headers=HTMX).status_code == 200


def take_quiz(client, quiz, passing=True):
    """Start, answer every question (all right, or all wrong) and finish the quiz."""
    client.post(start_url(quiz))
    for block in quiz.questions.raw_data:
        client.post(answer_url(quiz, block["id"]), answer_data(block, right=passing), headers=HTMX)
    client.post(finish_url(quiz), CONFIRM_FINISH)


@pytest.fixture
def second_module(course_tree):
    """A second module of the course with one lesson and a quiz."""
    module = publish_child(course_tree["course"], ModulePage(title="Module 2", slug="module-2"))
    lesson = publish_child(module, LessonPage(title="Leçon 2.1", slug="lecon-2-1", body=lesson_body()))
    return {"module": module, "lesson": lesson, "quiz": make_quiz(module, slug="quiz-2")}


def outline(client, course):
    """{module or step title: (done class, done mark)} from the course page's outline."""
    soup = parse(client.get(course.get_url()))
    found = {}
    for module in soup.select("ol.outline > li"):
        title = module.select_one("h3 a").get_text(strip=True)
        found[title] = ("done" in module.get("class", []), module.select_one("h3 .done-mark") is not None)
        for step in module.select("ol.steps > li"):
            found[step.select_one("a").get_text(strip=True)] = (
                "done" in step.get("class", []),
                step.select_one(".done-mark") is not None,
            )
    return found


def module_done(client, course, title):
    return outline(client, course)[title] == (True, True)


# Module and course completion


def test_a_module_is_not_done_with_its_lessons_alone(client, course_tree, quiz):
    for lesson in course_tree["lessons"]:
        finish_lesson(client, lesson)

    assert not module_done(client, course_tree["course"], "Module 1")


def test_a_module_is_not_done_with_its_quiz_alone(client, course_tree, quiz):
    take_quiz(client, quiz)
    for lesson in course_tree["lessons"][:2]:
        finish_lesson(client, lesson)

    assert not module_done(client, course_tree["course"], "Module 1")


def test_a_module_is_not_done_with_a_failed_quiz(client, course_tree, quiz):
    for lesson in course_tree["lessons"]:
        finish_lesson(client, lesson)

    take_quiz(client, quiz, passing=False)

    assert not module_done(client, course_tree["course"], "Module 1")


def test_a_module_is_done_when_its_lessons_are_done_and_its_quiz_passed(client, course_tree, quiz):
    for lesson in course_tree["lessons"]:
        finish_lesson(client, lesson)

    take_quiz(client, quiz)

    assert module_done(client, course_tree["course"], "Module 1")


def test_a_course_is_complete_when_all_its_modules_are(client, course_tree, quiz, second_module):
    course = course_tree["course"]
    for lesson in course_tree["lessons"]:
        finish_lesson(client, lesson)
    take_quiz(client, quiz)
    learner = Learner.objects.get(pk=client.session[SESSION_KEY])
    assert not course.progress_of(learner).complete

    finish_lesson(client, second_module["lesson"])
    take_quiz(client, second_module["quiz"])

    assert course.progress_of(learner).complete
    assert module_done(client, course, "Module 2")
    page = parse(client.get(course.get_url()))
    assert page.select_one(".completion-panel #course-complete-title") is not None
    assert page.select_one(".course-progress") is None  # no "continue" button any more


# Where progress shows


def test_the_course_page_shows_a_progress_bar_a_continue_link_and_done_marks(client, course_tree, quiz):
    course, lessons = course_tree["course"], course_tree["lessons"]
    finish_lesson(client, lessons[0])
    finish_lesson(client, lessons[2])

    soup = parse(client.get(course.get_url()))

    bar = soup.select_one(".course-progress progress")
    assert (bar["value"], bar["max"]) == ("2", "4")  # three lessons and the quiz
    continue_link = soup.select_one(".course-progress a.button")
    assert continue_link["href"] == lessons[1].get_url()
    steps = outline(client, course)
    assert steps["Leçon 1"] == (True, True)
    assert steps["Leçon 2"] == (False, False)
    assert steps["Leçon 3"] == (True, True)
    assert steps["Quiz"] == (False, False)


def test_the_continue_link_leads_to_the_quiz_once_the_lessons_are_done(client, course_tree, quiz):
    for lesson in course_tree["lessons"]:
        finish_lesson(client, lesson)

    soup = parse(client.get(course_tree["course"].get_url()))

    assert soup.select_one(".course-progress a.button")["href"] == quiz.get_url()


def test_a_new_visitor_sees_no_progress_bar_and_a_start_link(client, course_tree):
    soup = parse(client.get(course_tree["course"].get_url()))

    assert soup.select_one(".course-progress progress") is None
    assert soup.select_one(".course-progress a.button")["href"] == course_tree["lessons"][0].get_url()
    assert not any(done for done, _mark in outline(client, course_tree["course"]).values())


def in_progress_links(client, home):
    section = parse(client.get(home.get_url())).select_one('section[aria-labelledby="home-in-progress"]')
    return [a["href"] for a in section.select("h3 a")] if section else []


def test_the_home_page_lists_the_visitors_course_in_progress(client, course_tree):
    home, course = course_tree["home"], course_tree["course"]
    assert in_progress_links(client, home) == []

    finish_lesson(client, course_tree["lessons"][0])

    assert in_progress_links(client, home) == [course.get_url()]


def test_the_home_page_does_not_list_another_visitors_progress(client, course_tree):
    from django.test import Client

    finish_lesson(Client(), course_tree["lessons"][0])

    assert in_progress_links(client, course_tree["home"]) == []


# Anonymous first, then signing in


def sign_in(client):
    """`client.login`, with the request django-axes' backend asks for; it sends `user_logged_in` like a
    real sign-in, with the client's session."""
    return client.login(request=HttpRequest(), username="apprenant", password=PASSWORD)


@pytest.fixture
def account(db):
    return make_user("apprenant")


def test_signing_in_moves_anonymous_progress_to_a_new_accounts_learner(client, course_tree, quiz, account):
    finish_lesson(client, course_tree["lessons"][0])
    take_quiz(client, quiz)
    anonymous_id = client.session[SESSION_KEY]

    assert sign_in(client)

    learner = Learner.objects.get(user=account)
    assert learner.pk == anonymous_id  # the anonymous learner became the account's
    assert LessonCompletion.objects.filter(learner=learner).count() == 1
    assert QuizAttempt.objects.filter(learner=learner).count() == 1
    assert SESSION_KEY not in client.session
    assert module_done(client, course_tree["course"], "Module 1") is False
    assert outline(client, course_tree["course"])["Quiz"] == (True, True)


def test_signing_in_merges_anonymous_progress_into_the_accounts_learner_without_duplicates(
    client, course_tree, quiz, account
):
    lessons = course_tree["lessons"]
    existing = Learner.objects.create(user=account)
    LessonCompletion.objects.create(
        learner=existing,
        lesson_key=lessons[1].translation_key,
        course_key=course_tree["course"].translation_key,
    )
    finish_lesson(client, lessons[0])
    finish_lesson(client, lessons[1])  # done by both
    take_quiz(client, quiz)
    anonymous_id = client.session[SESSION_KEY]
    answers = Answer.objects.count()

    assert sign_in(client)

    assert not Learner.objects.filter(pk=anonymous_id).exists()
    assert Learner.objects.count() == 1
    assert sorted(
        LessonCompletion.objects.filter(learner=existing).values_list("lesson_key", flat=True)
    ) == sorted([lessons[0].translation_key, lessons[1].translation_key])
    assert LessonCompletion.objects.count() == 2
    attempt = QuizAttempt.objects.get()
    assert attempt.learner == existing
    assert attempt.passed
    assert Answer.objects.count() == answers
    outline_after = outline(client, course_tree["course"])
    assert outline_after["Leçon 1"] == (True, True)
    assert outline_after["Leçon 2"] == (True, True)
    assert outline_after["Quiz"] == (True, True)


def test_an_open_attempt_on_both_sides_leaves_the_account_one_open_attempt(
    client, course_tree, quiz, account
):
    questions = quiz.questions.raw_data
    existing = Learner.objects.create(user=account)
    account_attempt = QuizAttempt.objects.create(learner=existing, quiz_key=quiz.translation_key)
    client.post(start_url(quiz))
    for block in questions:
        client.post(answer_url(quiz, block["id"]), answer_data(block), headers=HTMX)

    assert sign_in(client)

    attempts = QuizAttempt.objects.filter(learner=existing)
    assert attempts.count() == 2
    assert list(attempts.filter(finished_at__isnull=True)) == [account_attempt]
    anonymous_attempt = attempts.exclude(pk=account_attempt.pk).get()
    assert (anonymous_attempt.score, anonymous_attempt.passed) == (100, True)  # it still counts
    assert outline(client, course_tree["course"])["Quiz"] == (True, True)


def test_signing_in_with_the_sign_in_form_merges_too(client, course_tree, account):
    existing = Learner.objects.create(user=account)
    finish_lesson(client, course_tree["lessons"][0])

    response = client.post(reverse("login"), {"username": "apprenant", "password": PASSWORD})

    assert response.status_code == 302
    assert list(Learner.objects.all()) == [existing]
    assert LessonCompletion.objects.get().learner == existing


def test_signing_in_twice_counts_nothing_twice(client, course_tree, account):
    finish_lesson(client, course_tree["lessons"][0])
    sign_in(client)
    client.logout()
    finish_lesson(client, course_tree["lessons"][0])

    sign_in(client)

    assert Learner.objects.count() == 1
    assert LessonCompletion.objects.count() == 1


# The cost of progress


def course_with(index, modules, lessons_per_module, slug):
    course = publish_child(
        index, CoursePage(title=slug, slug=slug, summary="S.", objectives="<ul><li>O</li></ul>")
    )
    lessons, quizzes = [], []
    for m in range(modules):
        module = publish_child(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        lessons += [
            publish_child(module, LessonPage(title=f"Leçon {m}.{n}", slug=f"lecon-{n}", body=lesson_body()))
            for n in range(lessons_per_module)
        ]
        quizzes.append(make_quiz(module, questions=one_of_each()[:1]))
    return course, lessons, quizzes


def course_page_queries(client, course):
    assert client.get(course.get_url()).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(course.get_url())
    assert response.status_code == 200
    return queries


def test_the_course_page_costs_the_same_queries_for_3_or_30_lessons(client, course_tree):
    small, small_lessons, small_quizzes = course_with(course_tree["index"], 1, 3, "petit")
    large, large_lessons, large_quizzes = course_with(course_tree["index"], 3, 10, "grand")
    assert (len(small_lessons), len(large_lessons)) == (3, 30)
    for lesson in [*small_lessons[:2], *large_lessons[:20]]:
        finish_lesson(client, lesson)
    take_quiz(client, small_quizzes[0])
    take_quiz(client, large_quizzes[0])

    small_queries = course_page_queries(client, small)
    large_queries = course_page_queries(client, large)

    assert len(large_queries) == len(small_queries), [q["sql"][:120] for q in large_queries.captured_queries]
    assert parse(client.get(large.get_url())).select_one(".course-progress progress")["value"] == "21"
