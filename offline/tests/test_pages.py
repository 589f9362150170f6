"""What the pages give queue.js (templates/offline/queue.html, the data-offline-* attributes): the
questions of a quiz started offline, without any answer key; without JavaScript nothing shows."""

import pytest
from bs4 import BeautifulSoup

from learning.models import LessonCompletion
from quizzes.models import QuizAttempt
from tests.helpers import CONFIRM_FINISH, answer_data, answer_url, finish_url, message, parse, start_url

pytestmark = pytest.mark.django_db


def offline_questions(response):
    template = parse(response).select_one("template[data-offline-questions]")
    return template and BeautifulSoup(template.decode_contents(), "html.parser")


def test_a_quiz_not_started_holds_its_questions_for_an_offline_start_without_their_answers(
    client, quiz, questions
):
    inert = offline_questions(client.get(quiz.get_url()))

    assert [s["id"] for s in inert.select("section.question")] == [f"question-{q['id']}" for q in questions]
    assert not inert.select("fieldset[disabled]")
    assert len(inert.select("section.question button[type=submit]")) == len(questions)
    # No feedback, no right answer, no explanation: only the server tells, once an answer reaches it.
    assert not inert.select(".feedback, .right-answer, .explanation, .answer-key")
    text = inert.get_text()
    assert message("The right answer:") not in text and "explanation" not in text
    assert "accepted" not in text.lower() and "l'été" not in text
    assert inert.select_one("form.finish input[name=quiz_action]")["value"] == "finish"
    page = parse(client.get(quiz.get_url()))
    assert page.select_one("article.quiz")["data-offline-quiz"] == str(quiz.pk)
    assert not page.select_one("article.quiz").has_attr("data-offline-attempt")


def test_an_open_attempt_is_named_for_the_phone_and_has_no_offline_copy(client, quiz):
    client.post(start_url(quiz))

    page = parse(client.get(quiz.get_url()))

    assert page.select_one("article.quiz")["data-offline-attempt"] == str(QuizAttempt.objects.get().pk)
    assert page.select_one("template[data-offline-questions]") is None


def test_a_finished_quiz_holds_fresh_questions_for_trying_again_offline(client, quiz, questions):
    client.post(start_url(quiz))
    client.post(answer_url(quiz, questions[0]), answer_data(questions[0]))
    client.post(finish_url(quiz), CONFIRM_FINISH)

    inert = offline_questions(client.get(quiz.get_url()))

    assert len(inert.select("section.question")) == len(questions)
    assert not inert.select(".feedback, .chosen, .right-answer")


def test_the_lesson_form_and_the_outline_name_their_pages(client, course_tree):
    lesson = course_tree["lessons"][0]

    page = parse(client.get(lesson.get_url()))

    assert page.select_one("#lesson-completion form")["data-offline-lesson"] == str(lesson.pk)
    steps = [int(item["data-step"]) for item in page.select(".course-index li[data-step]")]
    assert steps == [step.pk for step in course_tree["lessons"]]
    assert page.select_one("#offline-queue")["hidden"] == ""
    assert page.select_one("#offline-sync").has_attr("hidden")
    assert page.select_one("#offline-queue")["data-saved"] == message(
        "Saved on this phone: it will be checked when you are back online."
    )
    assert LessonCompletion.objects.count() == 0


def test_the_sign_out_form_offers_to_clear_the_phone_only_to_javascript(client, django_user_model):
    user = django_user_model.objects.create_user("leaving", password="x-long-password-1")
    client.force_login(user)

    page = parse(client.get("/fr/"))

    box = page.select_one("form[action='/fr/accounts/logout/'] [data-offline-forget]")
    assert box.has_attr("hidden")
    assert box.select_one("input[type=checkbox]")["name"] == "forget_phone"
