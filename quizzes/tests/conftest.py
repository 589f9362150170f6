"""Fixtures for the quiz tests: a quiz with one question of each type at the end of the course_tree module."""

import pytest

from quizzes.models import Answer, QuizAttempt
from quizzes.tests.factories import make_quiz, one_of_each, start_url


@pytest.fixture
def questions():
    """The raw blocks of the `quiz` fixture: single, multiple, true/false, short answer, ordering."""
    return one_of_each()


@pytest.fixture
def quiz(course_tree, questions):
    return make_quiz(course_tree["module"], questions=questions, pass_mark=60)


@pytest.fixture
def started(client, quiz):
    """A client whose (anonymous) learner has started the quiz."""
    response = client.post(start_url(quiz))
    assert response.status_code == 302
    return client


def row_counts():
    """What a refused answer must leave unchanged."""
    return (Answer.objects.count(), QuizAttempt.objects.count(), list(Answer.objects.values_list()))
