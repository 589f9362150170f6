"""The quiz page carries no hint of the right answers before a question is answered; an editor's
preview marks them."""

import re

import pytest
from django.urls import reverse

from quizzes.models import QuizPage
from quizzes.tests.factories import feedback_texts
from tests.helpers import (
    CONFIRM_FINISH,
    answer_data,
    answer_url,
    finish_url,
    make_quiz,
    message,
    multiple_choice,
    one_of_each,
    ordering,
    parse,
    short_answer,
    single_choice,
    start_url,
    step_ids,
    text_of,
    true_false,
)

ONE_QUESTION_QUIZZES = {
    "single_choice": single_choice,
    "multiple_choice": multiple_choice,
    "true_false": true_false,
    "short_answer": short_answer,
    "ordering": ordering,
}


def hints_of_the_answer(soup, blocks):
    """Everything in the page that would tell a learner which answer is right."""
    hints = []
    hints += [f"class right-answer on <{e.name}>" for e in soup.select(".right-answer")]
    hints += [
        f"<{e.name} class={e['class']}>" for e in soup.select(".feedback, .verdict, .explanation, .mark")
    ]
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if "correct" in name.lower() or "correct" in value.lower():
                hints.append(f'<{element.name} {name}="{value}">')
    hints += [  # the facilitator's live-session form is no part of the quiz: its default ranking is checked
        f"checked <input {e.get('name')}>"
        for e in soup.select("input[checked]")
        if not e.find_parent(id="live-start")
    ]
    hints += [
        f"selected <option {e.get('value')}>" for e in soup.select("option[selected]") if e.get("value")
    ]
    text = text_of(soup)
    for block in blocks:
        value = block["value"]
        explanation = re.sub(r"<[^>]+>", "", value["explanation"])
        hints += [f"text {t!r}" for t in [*feedback_texts(block), explanation] if t in text]
        for accepted in value.get("accepted_answers", []):
            if re.search(rf"\b{re.escape(accepted['value'])}\b", text, re.IGNORECASE):
                hints.append(f"accepted answer {accepted['value']!r}")
    for script in soup.find_all("script"):
        if script.string and script.string.strip():
            hints.append(f"inline script {script.string.strip()[:40]!r}")
    return hints


def shown_step_order(soup, block):
    """The step ids of an ordering question, in the order the page shows them."""
    selects = soup.select(f"#question-{block['id']} select")
    return [select["name"].removeprefix("position-") for select in selects]


def test_before_starting_the_page_offers_a_start_form_and_no_questions(client, quiz):
    soup = parse(client.get(quiz.get_url()))

    start = soup.select_one("form.start")
    assert start is not None
    assert start["method"] == "post"
    assert start["action"] == f"{quiz.get_url()}#questions"  # the quiz page, which starts it (issue 22)
    assert start.select_one('input[name="quiz_action"]')["value"] == "start"
    assert start.select_one("button[type=submit]") is not None
    assert soup.select(".question") == []
    assert soup.select_one("form.finish") is None


def test_after_starting_the_page_shows_every_question_without_a_hint(started, quiz, questions):
    response = started.get(quiz.get_url())

    assert response.status_code == 200
    soup = parse(response)
    assert len(soup.select("section.question")) == len(questions)
    assert soup.select_one("form.start") is None
    assert hints_of_the_answer(soup, questions) == []


@pytest.mark.parametrize("kind", ONE_QUESTION_QUIZZES)
def test_no_hint_of_the_right_answer_for_each_question_type(client, course_tree, kind):
    block = ONE_QUESTION_QUIZZES[kind]()
    quiz = make_quiz(course_tree["module"], questions=[block])
    client.post(start_url(quiz))

    soup = parse(client.get(quiz.get_url()))

    assert soup.select_one(f"#question-{block['id']} form") is not None
    assert hints_of_the_answer(soup, [block]) == []


def test_shuffled_choices_carry_no_hint_either(client, course_tree):
    blocks = [single_choice(count=6), multiple_choice(count=6)]
    quiz = make_quiz(course_tree["module"], questions=blocks, shuffle_choices=True)
    client.post(start_url(quiz))

    soup = parse(client.get(quiz.get_url()))

    assert hints_of_the_answer(soup, blocks) == []
    assert len(soup.select("input[name=choice]")) == 12


def test_ordering_steps_are_not_shown_in_the_right_order(started, quiz, questions):
    block = questions[4]

    shown = shown_step_order(parse(started.get(quiz.get_url())), block)

    assert sorted(shown) == sorted(step_ids(block))
    assert shown != step_ids(block)


def test_two_step_ordering_is_never_shown_in_order_whatever_the_attempt(client, course_tree):
    block = ordering(count=2)
    quiz = make_quiz(course_tree["module"], questions=[block])
    for _attempt in range(6):
        client.post(start_url(quiz))
        shown = shown_step_order(parse(client.get(quiz.get_url())), block)
        assert shown == list(reversed(step_ids(block)))
        client.post(finish_url(quiz), CONFIRM_FINISH)


def test_answering_one_question_reveals_nothing_about_the_others(started, quiz, questions):
    started.post(answer_url(quiz, questions[0]), answer_data(questions[0], right=False))

    soup = parse(started.get(quiz.get_url()))

    assert soup.select_one(f"#question-{questions[0]['id']} .right-answer") is not None
    for block in questions[1:]:
        assert hints_of_the_answer(soup.select_one(f"#question-{block['id']}"), [block]) == []


def test_an_editors_answer_key_preview_shows_each_questions_key(quiz, questions):
    response = quiz.make_preview_request(preview_mode=QuizPage.ANSWER_KEY)

    assert response.status_code == 200
    soup = parse(response)
    assert len(soup.select(".answer-key")) == len(questions)
    right = [li.get_text(" ", strip=True) for li in soup.select(".answer-key li.right")]
    expected = [
        item["value"]["text"]
        for block in questions
        if block["type"] in ("single_choice", "multiple_choice")
        for item in block["value"]["choices"]
        if item["value"]["correct"]
    ]
    assert len(right) == len(expected)
    assert all(any(text in line for line in right) for text in expected)
    text = text_of(soup)
    for block in questions:
        assert re.sub(r"<[^>]+>", "", block["value"]["explanation"]) in text
    assert "ete" in text  # the short answer's accepted answer
    assert soup.select_one("form.start") is None
    assert soup.select("input") == [] or not soup.select(".question input")  # a key, not a form
    right_answer = message("The right answer:")
    for section in soup.select("section.question"):  # the key says the right answer once
        assert text_of(section).count(right_answer) <= 1
        assert text_of(section).count(message("The right order:")) <= 1


def test_an_editors_preview_shows_the_quiz_as_learners_see_it(quiz, questions):
    response = quiz.make_preview_request()

    soup = parse(response)
    assert soup.select_one("form.start") is not None
    assert soup.select(".right-answer, .answer-key") == []
    assert tuple(mode for mode, _label in quiz.preview_modes) == ("", "answer-key")


def test_the_admin_preview_for_a_signed_in_editor_shows_the_learners_view(admin_client, quiz):
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[quiz.pk]))

    assert response.status_code == 200
    assert parse(response).select_one("form.start") is not None


def test_the_admin_preview_is_not_open_to_visitors(client, quiz):
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[quiz.pk]))

    assert response.status_code == 302
    assert "right-answer" not in response.content.decode()


def test_the_right_answers_stay_hidden_from_a_signed_in_superuser_on_the_live_page(admin_client, quiz):
    admin_client.post(start_url(quiz))

    soup = parse(admin_client.get(quiz.get_url()))

    assert soup.select(".right-answer") == []
    assert hints_of_the_answer(soup, one_of_each()) == []
