"""Feedback tells right from wrong without relying on colour (issue 9, defect 4): a verdict with an icon
and words, in a box of its own kind; the learner's own choice and the right one marked, true/false too."""

import pytest

from tests.helpers import (
    HTMX,
    answer_url,
    make_quiz,
    message,
    parse,
    right_choice_ids,
    single_choice,
    start_url,
    true_false,
    wrong_choice_ids,
)


@pytest.fixture
def two_questions(client, course_tree):
    blocks = [single_choice(), true_false(answer=False)]
    quiz = make_quiz(course_tree["module"], questions=blocks)
    client.post(start_url(quiz))
    return quiz, blocks


def feedback_of(response, block):
    return parse(response).select_one(f"#question-{block['id']} .feedback")


def words(node):
    return " ".join(node.get_text(" ").split())


def test_a_wrong_choice_is_marked_as_the_learners_and_the_right_one_as_right(client, two_questions):
    quiz, (single, _) = two_questions
    wrong = wrong_choice_ids(single)[0]
    right = right_choice_ids(single)[0]

    response = client.post(answer_url(quiz, single), {"choice": wrong}, headers=HTMX)
    soup = parse(response)
    feedback = feedback_of(response, single)

    assert "wrong" in feedback["class"]
    assert feedback.select_one(".verdict svg.verdict-icon[aria-hidden=true]") is not None
    assert words(feedback.select_one(".verdict")) == message("Not quite.")
    chosen = soup.select_one(f"#choice-{wrong}").find_parent("li")
    assert {"chosen", "wrong-choice"} <= set(chosen["class"])
    assert words(chosen.select_one(".mark-chosen")) == f"({message('your answer')})"
    assert chosen.select_one(".mark-right") is None
    right_item = soup.select_one(f"#choice-{right}").find_parent("li")
    assert "right-answer" in right_item["class"]
    assert words(right_item.select_one(".mark-right")) == f"({message('right answer')})"


def test_a_right_choice_gets_a_right_verdict_and_both_marks(client, two_questions):
    quiz, (single, _) = two_questions
    right = right_choice_ids(single)[0]

    response = client.post(answer_url(quiz, single), {"choice": right}, headers=HTMX)
    item = parse(response).select_one(f"#choice-{right}").find_parent("li")

    assert "right" in feedback_of(response, single)["class"]
    assert words(feedback_of(response, single).select_one(".verdict")) == message("Right!")
    assert {"chosen", "right-answer"} <= set(item["class"])
    assert "wrong-choice" not in item["class"]
    assert item.select_one(".mark-chosen") is not None
    assert item.select_one(".mark-right") is not None


def test_true_or_false_marks_the_learners_answer_and_the_right_one(client, two_questions):
    quiz, (_, statement) = two_questions

    response = client.post(answer_url(quiz, statement), {"answer": "true"}, headers=HTMX)
    soup = parse(response)
    said_true = soup.select_one(f"#q-{statement['id']}-true").find_parent("li")
    right_false = soup.select_one(f"#q-{statement['id']}-false").find_parent("li")

    assert {"chosen", "wrong-choice"} <= set(said_true["class"])
    assert said_true.select_one(".mark-chosen") is not None
    assert "right-answer" in right_false["class"]
    assert right_false.select_one(".mark-right") is not None


def test_before_answering_nothing_is_marked(client, two_questions):
    quiz, blocks = two_questions

    soup = parse(client.get(quiz.get_url()))

    assert soup.select(".chosen, .wrong-choice, .right-answer, .mark, .feedback") == []
