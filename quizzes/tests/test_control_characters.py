"""A short answer with a control character is refused with a message, and nothing is stored (issue 14,
item 10). A NUL character is refused before the answer view, with the site's 400 page, as in any request
(issue 20, tests/test_nul_bytes.py)."""

import pytest

from quizzes.tests.factories import row_counts
from tests.helpers import answer_url, message, text_of


@pytest.mark.parametrize("typed", ["e\x1bte", "ete\u202e", "\x7f", "\u2066ete", "\x01"])
def test_a_short_answer_with_a_control_character_is_refused(started, quiz, questions, typed):
    block = next(block for block in questions if block["type"] == "short_answer")
    before = row_counts()

    response = started.post(answer_url(quiz, block), {"answer": typed})

    assert response.status_code == 422
    assert message("Remove the control characters from your answer.") in text_of(response)
    assert row_counts() == before


@pytest.mark.parametrize("typed", ["ete\x00", "\x00"])
def test_a_short_answer_with_a_nul_is_a_bad_request(started, quiz, questions, typed):
    block = next(block for block in questions if block["type"] == "short_answer")
    before = row_counts()

    response = started.post(answer_url(quiz, block), {"answer": typed})

    assert response.status_code == 400
    assert row_counts() == before


def test_a_short_answer_with_letters_of_any_script_is_accepted(started, quiz, questions):
    block = next(block for block in questions if block["type"] == "short_answer")

    response = started.post(answer_url(quiz, block), {"answer": "l'été क्‍ष"})

    assert response.status_code == 302
