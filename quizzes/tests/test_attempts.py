"""Finishing a quiz: score and pass mark, the review, trying again; the best attempt counts."""

from learning.models import SESSION_KEY, Learner
from quizzes.models import QuizAttempt, QuizPage
from tests.helpers import (
    CONFIRM_FINISH,
    HTMX,
    answer_data,
    answer_url,
    finish_url,
    message,
    parse,
    start_url,
    text_of,
)


def answer_all(client, quiz, questions, right_count):
    """Answer every question: the first `right_count` rightly, the others wrongly."""
    for number, block in enumerate(questions):
        response = client.post(
            answer_url(quiz, block), answer_data(block, right=number < right_count), headers=HTMX
        )
        assert response.status_code == 200


def learner_of(client):
    return Learner.objects.get(pk=client.session[SESSION_KEY])


def test_finishing_scores_the_attempt_and_passes_it_at_the_pass_mark(started, quiz, questions):
    answer_all(started, quiz, questions, right_count=3)  # 3 of 5 = 60%, the pass mark

    response = started.post(finish_url(quiz), CONFIRM_FINISH)

    assert response.status_code == 302
    assert response["Location"] == quiz.get_url() + "#results"
    attempt = QuizAttempt.objects.get()
    assert attempt.finished_at is not None
    assert attempt.score == 60
    assert attempt.passed is True
    score = parse(started.get(quiz.get_url())).select_one("#results .score")
    assert score["class"] == ["score", "passed"]
    assert "60" in text_of(score)


def test_below_the_pass_mark_the_attempt_fails(started, quiz, questions):
    answer_all(started, quiz, questions, right_count=2)  # 40%

    started.post(finish_url(quiz), CONFIRM_FINISH)

    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (40, False)
    score = parse(started.get(quiz.get_url())).select_one("#results .score")
    assert score["class"] == ["score", "failed"]


def test_unanswered_questions_count_as_wrong(started, quiz, questions):
    answer_all(started, quiz, questions[:1], right_count=1)

    started.post(finish_url(quiz), CONFIRM_FINISH)

    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (20, False)


def test_finishing_without_answering_scores_zero(started, quiz):
    started.post(finish_url(quiz), CONFIRM_FINISH)

    assert QuizAttempt.objects.get().score == 0


def test_the_results_show_a_review_with_every_explanation_and_a_try_again_form(started, quiz, questions):
    answer_all(started, quiz, questions[:2], right_count=1)
    started.post(finish_url(quiz), CONFIRM_FINISH)

    soup = parse(started.get(quiz.get_url()))

    assert soup.select_one("#results") is not None
    for block in questions:
        found = soup.select_one(f"#question-{block['id']}")
        assert found.select_one("fieldset").has_attr("disabled")
        assert found.select_one("button[type=submit]") is None
        explanation = block["value"]["explanation"].removeprefix("<p>").removesuffix("</p>")
        assert explanation in text_of(found.select_one(".explanation"))
    unanswered = [soup.select_one(f"#question-{block['id']} .verdict") for block in questions[2:]]
    assert all(verdict["class"] == ["verdict", "wrong"] for verdict in unanswered)
    again = soup.select_one("#results form.try-again")
    assert again["method"] == "post"
    assert again["action"] == f"{quiz.get_url()}#questions"  # the quiz page, which starts it (issue 22)
    assert again.select_one('input[name="quiz_action"]')["value"] == "start"
    assert soup.select_one("form.finish") is None


def test_trying_again_starts_a_new_attempt_and_keeps_the_old_one(started, quiz, questions):
    answer_all(started, quiz, questions, right_count=5)
    started.post(finish_url(quiz), CONFIRM_FINISH)
    first = QuizAttempt.objects.get()

    response = started.post(start_url(quiz))

    assert response.status_code == 302
    attempts = list(QuizAttempt.objects.order_by("started_at"))
    assert len(attempts) == 2
    assert attempts[0] == first
    assert (attempts[0].score, attempts[0].passed, attempts[0].answers.count()) == (100, True, 5)
    assert attempts[1].is_open
    assert attempts[1].answers.count() == 0
    soup = parse(started.get(quiz.get_url()))
    assert soup.select_one("#results") is None
    assert soup.select(".feedback") == []
    assert len(soup.select("section.question button[type=submit]")) == len(questions)


def test_starting_twice_continues_the_open_attempt(started, quiz, questions):
    started.post(answer_url(quiz, questions[0]), answer_data(questions[0]))

    started.post(start_url(quiz))

    attempt = QuizAttempt.objects.get()
    assert attempt.is_open
    assert attempt.answers.count() == 1


def test_the_best_attempt_counts_a_failed_retry_after_a_pass_keeps_the_quiz_completed(
    started, quiz, questions, course_tree
):
    answer_all(started, quiz, questions, right_count=5)
    started.post(finish_url(quiz), CONFIRM_FINISH)
    started.post(start_url(quiz))
    answer_all(started, quiz, questions, right_count=0)

    started.post(finish_url(quiz), CONFIRM_FINISH)

    latest = QuizAttempt.objects.order_by("-started_at").first()
    assert (latest.score, latest.passed) == (0, False)
    learner = learner_of(started)
    assert QuizPage.completed_keys(learner, [quiz.translation_key]) == {quiz.translation_key}
    assert course_tree["course"].progress_of(learner).is_done(quiz)
    course = parse(started.get(course_tree["course"].get_url()))
    quiz_link = course.select_one(f'ol.steps a[href="{quiz.get_url()}"]')
    assert "done" in quiz_link.find_parent("li")["class"]


def test_best_results_keep_the_best_score_and_any_pass_and_skip_the_open_attempt(started, quiz, questions):
    answer_all(started, quiz, questions, right_count=1)
    started.post(finish_url(quiz), CONFIRM_FINISH)  # 20%, failed
    started.post(start_url(quiz))
    answer_all(started, quiz, questions, right_count=4)
    started.post(finish_url(quiz), CONFIRM_FINISH)  # 80%, passed
    started.post(start_url(quiz))
    answer_all(started, quiz, questions, right_count=5)  # 100%, but not finished

    assert QuizPage.best_results(learner_of(started)) == {quiz.translation_key: (80, True)}


def test_a_failed_attempt_does_not_complete_the_quiz(started, quiz, questions):
    answer_all(started, quiz, questions, right_count=1)

    started.post(finish_url(quiz), CONFIRM_FINISH)

    assert QuizPage.completed_keys(learner_of(started), [quiz.translation_key]) == set()


def test_finishing_with_no_attempt_in_progress_is_409(client, started, quiz):
    started.post(finish_url(quiz), CONFIRM_FINISH)
    before = list(QuizAttempt.objects.values_list())

    again = started.post(finish_url(quiz), CONFIRM_FINISH)

    assert again.status_code == 409
    assert message("There is no quiz in progress to finish.") in text_of(again)
    assert list(QuizAttempt.objects.values_list()) == before
