"""Two requests at the same moment (a double click, a retried request) record one answer and open one
attempt: the database constraints decide, not a check in Python. The answer tests need PostgreSQL:
SQLite serialises writers, so it cannot show that race; starting an attempt is tested on both."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from learning.models import SESSION_KEY, Learner
from quizzes.models import Answer, QuizAttempt
from tests.concurrency import at_the_same_moment, server_errors
from tests.helpers import HTMX, answer_data, answer_url, start_url

pytestmark = pytest.mark.django_db(transaction=True)
needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL (set DATABASE_URL): SQLite serialises writes, so there is no race to test",
)

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


@needs_postgresql
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


@needs_postgresql
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


@pytest.mark.parametrize("simultaneous", [2, 6])
def test_simultaneous_starts_open_one_attempt(home, course_tree, quiz, simultaneous):
    for _round in range(ROUNDS):
        clients = clients_sharing_one_session(simultaneous)

        responses = at_the_same_moment([lambda c=c: c.post(start_url(quiz)) for c in clients])

        assert server_errors(responses) == []
        assert [r.status_code for r in responses] == [302] * simultaneous
        learner_id = clients[0].session[SESSION_KEY]
        assert QuizAttempt.objects.filter(learner_id=learner_id, finished_at__isnull=True).count() == 1
