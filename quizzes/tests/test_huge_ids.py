"""A quiz id that no column can hold is a 404, not a 500 (issue 14, item 3)."""

import pytest

from quizzes.models import QuizAttempt
from tests.helpers import start_url

HUGE_IDS = ["9223372036854775808", "2147483648", "99999999999999999999999999", "0000000000000000000001"]


@pytest.mark.parametrize("huge", HUGE_IDS)
def test_a_huge_quiz_id_is_not_found(client, quiz, huge):
    for path in (
        f"/fr/quizzes/{huge}/start/",
        f"/fr/quizzes/{huge}/answer/x/",
        f"/fr/quizzes/{huge}/finish/",
    ):
        assert client.post(path).status_code == 404, path
    assert not QuizAttempt.objects.exists()


def test_the_largest_id_a_page_can_have_is_looked_up(client, quiz):
    assert client.post("/fr/quizzes/2147483647/start/").status_code == 404
    assert client.post(start_url(quiz)).status_code == 302
