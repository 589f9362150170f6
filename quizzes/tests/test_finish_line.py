"""The learner's finish line (issue 22): a passed quiz leads on (the next step, or the finished course with
its certificate and what to do next) and "try again" steps aside; finishing with unanswered questions asks
first and lists them; without JavaScript every quiz form posts to the quiz page itself, so that a refusal
leaves the address bar on the quiz, not on an answer address."""

import pytest

from learning.models import Certificate, LessonPage, ModulePage
from quizzes.models import Answer, QuizAttempt
from quizzes.tests.factories import row_counts
from tests.helpers import (
    CONFIRM_FINISH,
    HTMX,
    answer_data,
    answer_url,
    finish_url,
    lesson_body,
    make_user,
    message,
    parse,
    publish_child,
    start_url,
    text_of,
)

pytestmark = pytest.mark.django_db


def finish_lessons(client, lessons):
    for lesson in lessons:
        assert client.post(lesson.get_url() + "complete/", headers=HTMX).status_code == 200


def answer_all(client, quiz, right=True):
    for block in quiz.questions.raw_data:
        client.post(answer_url(quiz, block["id"]), answer_data(block, right=right), headers=HTMX)


def take_quiz(client, quiz, right=True):
    client.post(start_url(quiz))
    answer_all(client, quiz, right)
    assert client.post(finish_url(quiz)).status_code == 302


def results(client, quiz):
    return parse(client.get(quiz.get_url())).select_one("#results")


def main_action(section):
    """The first button-styled control of the results: the learner's main way on."""
    return section.select_one("a.button, button:not(.secondary)")


# Item 8: the next step, or the finished course, is the main action once the learner passed


def test_passing_the_quiz_that_completes_the_course_shows_the_completion_panel(client, course_tree, quiz):
    user = make_user()
    client.force_login(user)
    finish_lessons(client, course_tree["lessons"])
    take_quiz(client, quiz)

    section = results(client, quiz)

    panel = section.select_one(".completion-panel")
    assert panel is not None
    assert message("You have completed this course.") in text_of(panel)
    certificate_form = panel.select_one("form.certificate-form")
    assert certificate_form["action"] == course_tree["course"].get_url() + "certificate/"
    assert panel.select_one(f'a[href="{course_tree["course"].get_url()}"]') is not None
    assert panel.select_one('a[href="/fr/accounts/my-learning/"]') is not None
    # the first main control is the certificate's, and "try again" is secondary, after it
    assert main_action(section) is certificate_form.select_one("button")
    again = section.select_one("form.try-again button")
    assert "secondary" in again["class"]
    assert str(section).index("certificate-form") < str(section).index("try-again")


def test_the_finished_course_offers_the_certificates_check_page_as_a_link_to_copy(client, course_tree, quiz):
    user = make_user()
    client.force_login(user)
    finish_lessons(client, course_tree["lessons"])
    take_quiz(client, quiz)
    assert client.post(course_tree["course"].get_url() + "certificate/", {"name": ""}).status_code == 200
    code = Certificate.objects.get().code

    panel = results(client, quiz).select_one(".completion-panel")

    share = panel.select_one("input.share-link")
    assert share["value"] == f"http://testserver/fr/certificates/{code}/"
    assert share.has_attr("readonly")
    assert panel.select_one(f'a[href="/fr/certificates/{code}/"]') is not None


def test_an_anonymous_learner_who_finished_the_course_is_offered_an_account_that_returns_here(
    client, course_tree, quiz
):
    finish_lessons(client, course_tree["lessons"])
    take_quiz(client, quiz)

    panel = results(client, quiz).select_one(".completion-panel")

    signup = panel.select_one('a[href^="/fr/accounts/signup/"]')
    assert signup["href"] == f"/fr/accounts/signup/?next={quiz.get_url()}"
    assert "button" in signup["class"]


def test_a_passed_quiz_before_the_end_makes_the_next_step_the_main_action(client, course_tree, quiz):
    module_2 = publish_child(course_tree["course"], ModulePage(title="Module 2", slug="module-2"))
    next_lesson = publish_child(module_2, LessonPage(title="Leçon 2.1", slug="lecon-2-1", body=lesson_body()))
    take_quiz(client, quiz)  # 100 %

    section = results(client, quiz)

    main = main_action(section)
    assert main.name == "a"
    assert main["href"] == next_lesson.get_url()
    again = section.select_one("form.try-again button")
    assert "secondary" in again["class"]
    assert section.select_one(".completion-panel") is None


def test_a_failed_quiz_keeps_try_again_as_the_main_action(client, course_tree, quiz):
    take_quiz(client, quiz, right=False)

    section = results(client, quiz)

    assert main_action(section).get_text(strip=True) == message("Try again")
    assert section.select_one(".completion-panel") is None


# Item 9: finishing with unanswered questions asks first


def test_finishing_with_unanswered_questions_changes_nothing_and_lists_them(started, quiz, questions):
    started.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)
    before = row_counts()

    response = started.post(quiz.get_url(), {"quiz_action": "finish"})

    assert response.status_code == 200
    assert row_counts() == before
    assert QuizAttempt.objects.get().is_open
    confirm = parse(response).select_one("#finish-confirm")
    links = [a["href"] for a in confirm.select("ul a")]
    assert links == [f"#question-{block['id']}" for block in questions[1:]]
    assert confirm.select_one('input[name="confirm"]') is not None


def test_finishing_at_the_plain_address_with_unanswered_questions_also_asks(started, quiz, questions):
    response = started.post(finish_url(quiz))

    assert response.status_code == 200
    assert QuizAttempt.objects.get().is_open
    assert len(parse(response).select("#finish-confirm ul a")) == len(questions)


def test_finishing_with_the_confirmation_finishes(started, quiz, questions):
    started.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)

    response = started.post(quiz.get_url(), {"quiz_action": "finish", **CONFIRM_FINISH})

    assert response.status_code == 302
    assert response["Location"] == quiz.get_url() + "#results"
    attempt = QuizAttempt.objects.get()
    assert not attempt.is_open
    assert attempt.score == 20


def test_finishing_with_every_question_answered_needs_no_confirmation(started, quiz):
    answer_all(started, quiz)

    assert started.post(quiz.get_url(), {"quiz_action": "finish"}).status_code == 302
    assert QuizAttempt.objects.get().score == 100


# Item 12: without JavaScript the forms post to the quiz page itself


def test_the_quiz_forms_post_to_the_quiz_page(started, quiz, questions):
    page = parse(started.get(quiz.get_url()))

    form = page.select_one(f"#question-{questions[0]['id']} form")
    assert form["action"] == f"{quiz.get_url()}#question-{questions[0]['id']}"
    assert form["data-hx-post"] == answer_url(quiz, questions[0])
    assert page.select_one("form.finish")["action"].startswith(quiz.get_url())


def test_a_refused_answer_without_javascript_stays_at_the_quiz_address(started, quiz, questions):
    block = questions[0]
    before = row_counts()

    response = started.post(
        quiz.get_url(), {"quiz_action": "answer", "question": block["id"], "choice": "nope"}
    )

    assert response.status_code == 422
    assert row_counts() == before
    error = parse(response).select_one(f"#question-{block['id']}-error [role=alert]")
    assert error.get_text(strip=True) == message("Choose one of the answers.")


def test_an_answer_without_javascript_at_the_quiz_address_is_recorded(started, quiz, questions):
    block = questions[0]

    response = started.post(
        quiz.get_url(), {"quiz_action": "answer", "question": block["id"], **answer_data(block)}
    )

    assert response.status_code == 302
    assert response["Location"] == f"{quiz.get_url()}#question-{block['id']}"
    assert Answer.objects.get().is_correct


def test_an_unknown_action_at_the_quiz_address_is_400_and_changes_nothing(started, quiz):
    before = row_counts()

    response = started.post(quiz.get_url(), {"quiz_action": "nothing"})

    assert response.status_code == 400
    assert row_counts() == before


def test_starting_at_the_quiz_address(client, quiz):
    response = client.post(quiz.get_url(), {"quiz_action": "start"})

    assert response.status_code == 302
    assert QuizAttempt.objects.get().is_open
