"""Quizzes cannot be passed by position (issue 9, defect 1): choices are shuffled by default, in an order
that holds for an attempt and changes with the next one and the next learner; ordering steps are
scrambled; the demo's authored order gives nothing away either."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from quizzes.blocks import scrambled
from quizzes.demo import files
from quizzes.models import QuizPage
from tests.helpers import (
    CONFIRM_FINISH,
    HTMX,
    answer_data,
    answer_url,
    finish_url,
    make_quiz,
    single_choice,
    start_url,
)

DEMO_QUIZZES = list(files.QUIZ_NUMBERS)


def shown_orders(response, blocks):
    """For each choice question, the choice ids in the order the page shows them."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [
        [field["value"] for field in soup.select(f"#question-{block['id']} input[name=choice]")]
        for block in blocks
    ]


@pytest.fixture
def shuffled_quiz(course_tree):
    blocks = [single_choice(name=f"q{n}", count=5) for n in range(4)]
    return make_quiz(course_tree["module"], questions=blocks, shuffle_choices=True), blocks


def test_new_quizzes_shuffle_their_choices_by_default(db):  # a page asks for its content type
    assert QuizPage(title="Quiz", slug="quiz").shuffle_choices is True


def test_the_order_holds_within_an_attempt_and_its_answers(client, shuffled_quiz):
    quiz, blocks = shuffled_quiz
    client.post(start_url(quiz))
    first = shown_orders(client.get(quiz.get_url()), blocks)

    fragment = client.post(answer_url(quiz, blocks[0]), answer_data(blocks[0]), headers=HTMX)

    assert shown_orders(client.get(quiz.get_url()), blocks) == first
    assert shown_orders(fragment, blocks[:1]) == first[:1]


def test_the_order_changes_with_the_next_attempt(client, shuffled_quiz):
    quiz, blocks = shuffled_quiz
    client.post(start_url(quiz))
    first = shown_orders(client.get(quiz.get_url()), blocks)
    client.post(finish_url(quiz), CONFIRM_FINISH)
    client.post(start_url(quiz))

    assert shown_orders(client.get(quiz.get_url()), blocks) != first


def test_learners_get_different_orders(shuffled_quiz):
    quiz, blocks = shuffled_quiz
    orders = []
    for _learner in range(3):
        browser = Client()
        browser.post(start_url(quiz))
        orders.append(shown_orders(browser.get(quiz.get_url()), blocks))

    assert len({str(order) for order in orders}) == 3
    for order in orders:
        for shown, block in zip(order, blocks, strict=True):
            assert sorted(shown) == sorted(item["id"] for item in block["value"]["choices"])


@pytest.mark.parametrize("count", [2, 3, 4, 5, 6])
def test_ordering_steps_are_scrambled_never_in_order(count):
    steps = list(range(count))
    for seed in range(40):
        shown = scrambled(steps, "attempt", seed)
        assert sorted(shown) == steps
        assert shown != steps
        if count >= 4:  # a derangement without a neighbour pair left in sequence
            assert all(shown[i] != i for i in range(count)), shown
            assert all(b != a + 1 for a, b in zip(shown, shown[1:], strict=False)), shown


def demo_choice_questions(kind):
    for module in DEMO_QUIZZES:
        for question_kind, value in files.quiz(module, languages=())["questions"]:
            if question_kind == kind:
                yield module, [choice["correct"] for choice in value["choices"]]


def test_the_demo_quizzes_authored_order_gives_nothing_away():
    """Printed without shuffling, the right choice is not always first, nor the wrong one always last."""
    right_positions = {}
    for module, correct in demo_choice_questions("single_choice"):
        right_positions.setdefault(module, set()).add(correct.index(True))
    wrong_last = [correct[-1] is False for _module, correct in demo_choice_questions("multiple_choice")]

    assert set(right_positions) == set(DEMO_QUIZZES)
    assert all(positions != {0} for positions in right_positions.values()), right_positions
    assert wrong_last
    assert not all(wrong_last)
