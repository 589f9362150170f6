"""The htmx answer endpoint runs a small, fixed number of SQL queries, whatever the size of the quiz."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from learning.models import ModulePage
from quizzes.tests.factories import many_questions
from tests.helpers import HTMX, answer_data, answer_url, make_quiz, publish_child, start_url

MAX_ANSWER_QUERIES = 10


def answer_queries(client, quiz, blocks):
    """Queries for one htmx answer, after a first answer has filled the one-time caches."""
    client.post(start_url(quiz))
    warm_up, measured = blocks[0], blocks[1]
    assert client.post(answer_url(quiz, warm_up), answer_data(warm_up), headers=HTMX).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.post(answer_url(quiz, measured), answer_data(measured), headers=HTMX)
    assert response.status_code == 200
    return queries


def test_the_htmx_answer_runs_at_most_ten_queries(started, quiz, questions, django_assert_max_num_queries):
    first, second = questions[0], questions[1]
    assert started.post(answer_url(quiz, first), answer_data(first), headers=HTMX).status_code == 200

    with django_assert_max_num_queries(MAX_ANSWER_QUERIES):
        response = started.post(answer_url(quiz, second), answer_data(second), headers=HTMX)

    assert response.status_code == 200


def test_the_answer_queries_do_not_grow_with_the_number_of_questions(client, course_tree):
    other_module = publish_child(course_tree["course"], ModulePage(title="Module 2", slug="module-2"))
    small = make_quiz(course_tree["module"], questions=many_questions(3), slug="petit")
    large = make_quiz(other_module, questions=many_questions(30), slug="grand")  # one quiz per module
    small_blocks = small.questions.raw_data
    large_blocks = list(large.questions.raw_data)[10:]

    small_queries = answer_queries(client, small, list(small_blocks))
    large_queries = answer_queries(Client(), large, large_blocks)

    assert len(large_queries) == len(small_queries), [q["sql"] for q in large_queries.captured_queries]
