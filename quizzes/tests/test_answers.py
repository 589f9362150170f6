"""Answering a question: htmx gets a fragment with the feedback and an out-of-band progress bar, a plain
form post is redirected back to the quiz; grading; repeated and refused answers change nothing."""

import pytest
from django.test import Client

from learning.models import SESSION_KEY
from quizzes.models import Answer, QuizAttempt
from quizzes.tests.factories import choice_ids, row_counts
from quizzes.tests.html import feedback_text, section
from tests.helpers import (
    CONFIRM_FINISH,
    HTMX,
    answer_data,
    answer_url,
    finish_url,
    message,
    parse,
    right_choice_ids,
    start_url,
    step_ids,
    text_of,
    wrong_choice_ids,
)

KINDS = ["single_choice", "multiple_choice", "true_false", "short_answer", "ordering"]


def block_of(questions, kind):
    return next(block for block in questions if block["type"] == kind)


def the_answer(client, question_id):
    """The Answer the client's learner gave to one question (in its latest attempt)."""
    learner_id = client.session[SESSION_KEY]
    return Answer.objects.get(attempt__learner_id=learner_id, question_id=question_id)


# htmx and plain posts


def test_htmx_answer_gets_the_questions_feedback_fragment_and_an_out_of_band_progress_bar(
    started, quiz, questions
):
    block = questions[0]

    response = started.post(answer_url(quiz, block), answer_data(block), headers=HTMX)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert "<body" not in html
    soup = parse(response)
    answered = soup.select_one(f"section#question-{block['id']}")
    assert answered is not None
    assert "single: feedback 1" in text_of(answered.select_one(".feedback"))
    assert "single: explanation" in text_of(answered.select_one(".feedback"))
    assert answered.select_one("fieldset").has_attr("disabled")
    oob = soup.select("[data-hx-swap-oob]")
    assert [element["id"] for element in oob] == ["quiz-progress"]
    assert oob[0].select_one("progress")["value"] == "1"
    assert oob[0].select_one("progress")["max"] == str(len(questions))


def test_htmx_answer_varies_on_hx_request(started, quiz, questions):
    response = started.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)

    vary = [header.strip().lower() for header in response["Vary"].split(",")]
    assert "hx-request" in vary


def test_plain_answer_redirects_to_the_question_on_the_quiz_page(started, quiz, questions):
    block = questions[0]

    response = started.post(answer_url(quiz, block), answer_data(block))

    assert response.status_code == 302
    assert response["Location"] == f"{quiz.get_url()}#question-{block['id']}"


@pytest.mark.parametrize("kind", KINDS)
def test_the_page_after_a_plain_answer_shows_the_same_feedback_as_the_htmx_fragment(quiz, questions, kind):
    block = block_of(questions, kind)
    with_htmx, without = Client(), Client()
    for client in (with_htmx, without):
        client.post(start_url(quiz))

    fragment = with_htmx.post(answer_url(quiz, block), answer_data(block, right=False), headers=HTMX)
    redirect = without.post(answer_url(quiz, block), answer_data(block, right=False))
    page = without.get(redirect["Location"].split("#")[0])

    assert page.status_code == 200
    assert feedback_text(page, block["id"]) == feedback_text(fragment, block["id"])
    assert block["value"]["explanation"].removeprefix("<p>").removesuffix("</p>") in feedback_text(
        page, block["id"]
    )
    assert section(page, block["id"]).select_one("fieldset").has_attr("disabled")
    assert parse(page).select_one("#quiz-progress progress")["value"] == "1"


# Grading


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
def test_each_question_type_is_graded(started, quiz, questions, kind, right):
    block = block_of(questions, kind)

    response = started.post(answer_url(quiz, block), answer_data(block, right=right), headers=HTMX)

    assert response.status_code == 200
    assert the_answer(started, block["id"]).is_correct is right
    verdict = parse(response).select_one(".verdict")
    assert verdict["class"] == ["verdict", "right" if right else "wrong"]


@pytest.mark.parametrize("typed", [" ÉTÉ ", "ete", "Été", "  l'ÉTÉ  ", "l'été", "l'ete"])
def test_short_answers_ignore_case_accents_and_surrounding_spaces(started, quiz, questions, typed):
    block = block_of(questions, "short_answer")

    started.post(answer_url(quiz, block), {"answer": typed}, headers=HTMX)

    assert the_answer(started, block["id"]).is_correct is True


@pytest.mark.parametrize("typed", ["et", "été chaud", "hiver"])
def test_short_answers_must_match_an_accepted_answer(started, quiz, questions, typed):
    block = block_of(questions, "short_answer")

    started.post(answer_url(quiz, block), {"answer": typed}, headers=HTMX)

    assert the_answer(started, block["id"]).is_correct is False


def test_multiple_choice_needs_exactly_the_right_choices(quiz, questions):
    block = block_of(questions, "multiple_choice")
    right, wrong = right_choice_ids(block), wrong_choice_ids(block)
    cases = {
        "all right ones": (right, True),
        "all right ones, other order": (list(reversed(right)), True),
        "only some right ones": (right[:1], False),
        "right ones and a wrong one": ([*right, wrong[0]], False),
        "every choice": (choice_ids(block), False),
    }
    for name, (chosen, expected) in cases.items():
        client = Client()
        client.post(start_url(quiz))
        client.post(answer_url(quiz, block), {"choice": chosen}, headers=HTMX)
        assert the_answer(client, block["id"]).is_correct is expected, name


def test_ordering_needs_every_step_in_its_place(started, quiz, questions):
    block = block_of(questions, "ordering")
    ids = step_ids(block)
    swapped = [ids[0], ids[1], ids[3], ids[2]]

    started.post(
        answer_url(quiz, block), {f"position-{id}": str(swapped.index(id) + 1) for id in ids}, headers=HTMX
    )

    answer = the_answer(started, block["id"])
    assert answer.is_correct is False
    assert answer.response == swapped


# Repeated answers


@pytest.mark.parametrize("kind", KINDS)
def test_submitting_the_same_answer_twice_records_one_answer(started, quiz, questions, kind):
    block = block_of(questions, kind)
    data = answer_data(block)

    first = started.post(answer_url(quiz, block), data, headers=HTMX)
    second = started.post(answer_url(quiz, block), data, headers=HTMX)

    assert first.status_code == 200
    assert second.status_code == 200
    assert Answer.objects.filter(question_id=block["id"]).count() == 1
    assert feedback_text(second, block["id"]) == feedback_text(first, block["id"])


def test_a_retried_plain_post_is_redirected_again(started, quiz, questions):
    block = questions[0]

    started.post(answer_url(quiz, block), answer_data(block))
    again = started.post(answer_url(quiz, block), answer_data(block))

    assert again.status_code == 302
    assert Answer.objects.count() == 1


def test_the_same_choices_in_another_order_are_the_same_answer(started, quiz, questions):
    block = block_of(questions, "multiple_choice")
    right = right_choice_ids(block)

    started.post(answer_url(quiz, block), {"choice": right}, headers=HTMX)
    again = started.post(answer_url(quiz, block), {"choice": list(reversed(right))}, headers=HTMX)

    assert again.status_code == 200
    assert Answer.objects.count() == 1


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
def test_a_different_second_answer_is_refused_and_the_first_stands(started, quiz, questions, htmx):
    block = questions[0]
    started.post(answer_url(quiz, block), answer_data(block, right=False), headers=HTMX)
    before = row_counts()

    response = started.post(
        answer_url(quiz, block), answer_data(block, right=True), headers=HTMX if htmx else {}
    )

    assert response.status_code == 409
    assert message("You have already answered this question; your first answer stands.") in text_of(response)
    assert row_counts() == before
    assert the_answer(started, block["id"]).is_correct is False


# Refused input: a clear 4xx and nothing written


def post_and_compare(client, url, data, htmx=True):
    before = row_counts()
    response = client.post(url, data, headers=HTMX if htmx else {})
    assert row_counts() == before, "a refused answer changed the database"
    return response


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
def test_an_unknown_question_is_404_with_a_message(started, quiz, htmx):
    response = post_and_compare(started, answer_url(quiz, "not-a-question"), {"choice": "x"}, htmx)

    assert response.status_code == 404
    assert message("This question is not part of this quiz.") in text_of(response)


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
def test_an_unknown_choice_is_422_with_a_message(started, quiz, questions, htmx):
    block = block_of(questions, "single_choice")

    response = post_and_compare(started, answer_url(quiz, block), {"choice": "not-a-choice"}, htmx)

    assert response.status_code == 422
    assert message("Choose one of the answers.") in text_of(response)


def test_a_refusal_to_htmx_is_a_fragment_aimed_at_the_questions_message_area(started, quiz, questions):
    block = block_of(questions, "single_choice")

    response = post_and_compare(started, answer_url(quiz, block), {"choice": "not-a-choice"})

    assert "<html" not in response.content.decode()
    assert response["HX-Retarget"] == f"#question-{block['id']}-error"
    assert parse(response).select_one("[role=alert]") is not None


@pytest.mark.parametrize(
    ("kind", "data", "expected"),
    [
        ("single_choice", {}, "Choose one of the answers."),
        ("multiple_choice", {}, "Tick one or more of the answers."),
        ("multiple_choice", {"choice": ["unknown"]}, "Tick one or more of the answers."),
        ("true_false", {}, "Answer true or false."),
        ("true_false", {"answer": "maybe"}, "Answer true or false."),
        ("short_answer", {}, "Write an answer."),
        ("short_answer", {"answer": "   "}, "Write an answer."),
        ("short_answer", {"answer": "x" * 201}, "Your answer is too long."),
        ("ordering", {}, "Give every step a position."),
    ],
)
def test_a_malformed_answer_is_422_with_a_message(started, quiz, questions, kind, data, expected):
    block = block_of(questions, kind)

    response = post_and_compare(started, answer_url(quiz, block), data)

    assert response.status_code == 422
    assert message(expected) in text_of(response)


def test_a_non_numeric_position_is_422(started, quiz, questions):
    block = block_of(questions, "ordering")
    data = answer_data(block)
    data[f"position-{step_ids(block)[0]}"] = "abc"

    response = post_and_compare(started, answer_url(quiz, block), data)

    assert response.status_code == 422
    assert message("Give every step a position.") in text_of(response)


def test_duplicate_positions_are_422(started, quiz, questions):
    block = block_of(questions, "ordering")
    data = {f"position-{id}": "1" for id in step_ids(block)}

    response = post_and_compare(started, answer_url(quiz, block), data)

    assert response.status_code == 422
    assert message("Give each step a different position, from 1 to %(count)s.") % {"count": 4} in text_of(
        response
    )


def test_a_duplicated_multiple_choice_is_422(started, quiz, questions):
    block = block_of(questions, "multiple_choice")
    first = right_choice_ids(block)[0]

    response = post_and_compare(started, answer_url(quiz, block), {"choice": [first, first]})

    assert response.status_code == 422


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
def test_an_answer_to_a_finished_attempt_is_409(started, quiz, questions, htmx):
    started.post(finish_url(quiz), CONFIRM_FINISH)

    response = post_and_compare(started, answer_url(quiz, questions[0]), answer_data(questions[0]), htmx)

    assert response.status_code == 409
    assert message("This quiz attempt is closed. Start the quiz again to answer.") in text_of(response)


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
def test_an_answer_without_an_attempt_is_409(client, quiz, questions, htmx):
    response = post_and_compare(client, answer_url(quiz, questions[0]), answer_data(questions[0]), htmx)

    assert response.status_code == 409
    assert message("This quiz attempt is closed. Start the quiz again to answer.") in text_of(response)
    assert SESSION_KEY not in client.session


def test_an_answer_to_an_unpublished_quiz_is_404(started, quiz, questions):
    url = answer_url(quiz, questions[0])
    quiz.unpublish()

    response = post_and_compare(started, url, answer_data(questions[0]))

    assert response.status_code == 404
    assert QuizAttempt.objects.get().answers.count() == 0


@pytest.mark.parametrize("route", ["answer", "start", "finish"])
def test_get_on_an_action_is_405(started, quiz, questions, route):
    url = {"answer": answer_url(quiz, questions[0]), "start": start_url(quiz), "finish": finish_url(quiz)}[
        route
    ]
    before = row_counts()

    response = started.get(url)

    assert response.status_code == 405
    assert "POST" in response["Allow"]
    assert row_counts() == before


# CSRF


@pytest.fixture
def csrf_client(quiz):
    """A client that enforces CSRF, with the token cookie from a visit to the quiz and a started attempt."""
    client = Client(enforce_csrf_checks=True)
    client.get(quiz.get_url())
    token = client.cookies["csrftoken"].value
    assert client.post(start_url(quiz), {"csrfmiddlewaretoken": token}).status_code == 302
    return client


def test_an_htmx_answer_without_the_csrf_token_is_refused(csrf_client, quiz, questions):
    before = row_counts()

    response = csrf_client.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)

    assert response.status_code == 403
    assert row_counts() == before


def test_an_htmx_answer_with_the_csrf_header_is_accepted(csrf_client, quiz, questions):
    token = csrf_client.cookies["csrftoken"].value

    response = csrf_client.post(
        answer_url(quiz, questions[0]), answer_data(questions[0]), headers={**HTMX, "X-CSRFToken": token}
    )

    assert response.status_code == 200
    assert Answer.objects.count() == 1


def test_the_quiz_page_gives_htmx_the_csrf_token_as_a_header(csrf_client, quiz):
    import json

    body = parse(csrf_client.get(quiz.get_url())).select_one("body")

    assert json.loads(body["data-hx-headers"])["X-CSRFToken"]


def test_without_javascript_a_refused_answer_comes_back_beside_its_question(started, quiz, questions):
    """The page comes back with the message in the question's own message area, and the form's action
    carries the question's anchor, so the browser lands on the question, not at the top."""
    block = block_of(questions, "single_choice")

    response = post_and_compare(started, answer_url(quiz, block), {}, htmx=False)
    soup = parse(response)

    assert response.status_code == 422
    slot = soup.select_one(f"#question-{block['id']}-error")
    assert " ".join(slot.get_text().split()) == message("Choose one of the answers.")
    assert soup.select(".form-error[role=alert]") == slot.select(".form-error[role=alert]")
    form = soup.select_one(f"#question-{block['id']} form")
    assert form["action"] == f"{quiz.get_url()}#question-{block['id']}"  # the quiz page (issue 22)
    fieldset = form.select_one("fieldset")
    assert fieldset["aria-describedby"] == f"question-{block['id']}-error"
