"""Two requests at the same moment (a double click, a retried request) record one answer and open one
attempt: the database constraints decide, not a check in Python. PostgreSQL only: SQLite serialises
writers, so it cannot show the race."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from learning.models import SESSION_KEY, Learner
from quizzes.models import Answer, QuizAttempt
from tests.helpers import HTMX, answer_data, answer_url, start_url

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (set DATABASE_URL): SQLite serialises writes, so there is no race to test",
    ),
]

ROUNDS = 5


def clients_sharing_one_session(count):
    """`count` test clients carrying the same session cookie, whose anonymous learner exists."""
    first = Client()
    session = first.session  # saved, and its cookie set on `first`
    session[SESSION_KEY] = Learner.objects.create().pk
    session.save()
    clients = [first]
    for _ in range(count - 1):
        client = Client()
        client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
        clients.append(client)
    return clients


def at_the_same_moment(requests):
    """Run each callable in its own thread, released together; return their results in order."""
    barrier = threading.Barrier(len(requests))
    results = [None] * len(requests)
    errors = []

    def run(index, request):
        try:
            barrier.wait(timeout=10)
            results[index] = request()
        except Exception as error:  # reported in the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, request)) for i, request in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


def test_the_same_answer_posted_twice_at_once_is_recorded_once(home, course_tree, quiz, questions):
    for n in range(ROUNDS):
        clients = clients_sharing_one_session(2)
        assert clients[0].post(start_url(quiz)).status_code == 302
        block = questions[n % len(questions)]
        url, data = answer_url(quiz, block), answer_data(block)
        posts = [lambda c=c, u=url, d=data: c.post(u, d, headers=HTMX) for c in clients]

        responses = at_the_same_moment(posts)

        assert [r.status_code for r in responses] == [200, 200]
        learner_id = clients[0].session[SESSION_KEY]
        assert Answer.objects.filter(attempt__learner_id=learner_id, question_id=block["id"]).count() == 1


def test_two_different_answers_posted_at_once_record_one_and_refuse_the_other(
    home, course_tree, quiz, questions
):
    block = questions[0]
    clients = clients_sharing_one_session(2)
    clients[0].post(start_url(quiz))
    url = answer_url(quiz, block)
    datas = [answer_data(block, right=True), answer_data(block, right=False)]

    responses = at_the_same_moment(
        [lambda c=c, d=d: c.post(url, d, headers=HTMX) for c, d in zip(clients, datas, strict=True)]
    )

    assert sorted(r.status_code for r in responses) == [200, 409]
    assert Answer.objects.filter(question_id=block["id"]).count() == 1


def test_two_starts_at_once_open_one_attempt(home, course_tree, quiz):
    for _round in range(ROUNDS):
        clients = clients_sharing_one_session(2)

        responses = at_the_same_moment([lambda c=c: c.post(start_url(quiz)) for c in clients])

        assert [r.status_code for r in responses] == [302, 302]
        learner_id = clients[0].session[SESSION_KEY]
        assert QuizAttempt.objects.filter(learner_id=learner_id, finished_at__isnull=True).count() == 1
