"""The sync of a phone's stored actions (offline.sync, issue 25): each carried out once, in order, through
the forms' own rules; each bad input refused with a message and nothing written."""

import json
import uuid
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from learning.models import SESSION_KEY, Learner, LessonCompletion
from offline.models import FormerLearner, OfflineAction
from offline.tests.helpers import action, identity, quiz_queue, rows, send, sync_url, token_url
from quizzes.models import QuizAttempt
from tests.helpers import answer_data, make_user, message, start_url, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(course_tree):
    return course_tree["lessons"][0]


def soup(html):
    return BeautifulSoup(html, "html.parser")


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


# The token address.


def test_the_token_address_gives_a_fresh_csrf_token_and_is_never_cached(client):
    response = client.get(token_url())

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    data = response.json()
    assert data["csrf"] and data["signed_in"] is False
    assert data["identity"] is None  # no learner yet: a GET never makes one
    assert Learner.objects.count() == 0


# Carried out once.


def test_a_lesson_done_offline_is_recorded_once_and_the_same_queue_again_writes_nothing(client, lesson):
    queue = [action("lesson_done", lesson)]

    first = results(send(client, queue))
    after_first = rows()
    second = results(send(client, queue))

    assert [r["status"] for r in first] == [200]
    assert after_first == {"completions": 1, "attempts": 0, "open": 0, "answers": 0, "actions": 1}
    assert rows() == after_first
    assert second[0]["status"] == 200 and second[0]["outcome"] == first[0]["outcome"]
    assert LessonCompletion.objects.get().lesson_key == lesson.translation_key


def test_a_whole_quiz_taken_offline_lands_once_with_its_feedback(client, quiz, questions):
    queue = quiz_queue(quiz, questions, answer_data=answer_data)

    first = results(send(client, queue))
    after_first = rows()
    second = results(send(client, queue))

    assert [r["status"] for r in first] == [200] * (len(questions) + 2)
    assert after_first == {
        "completions": 0,
        "attempts": 1,
        "open": 0,
        "answers": len(questions),
        "actions": len(questions) + 2,
    }
    assert rows() == after_first
    assert [r["outcome"] for r in second] == [r["outcome"] for r in first]
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (100, True)
    # The feedback comes back from the server: the answered question, as the page shows it.
    answered = first[1]
    assert answered["swap"]["id"] == f"question-{questions[0]['id']}"
    assert message("Right!") in text_of(soup(answered["swap"]["html"]))
    assert message("Right!") in text_of(soup(answered["html"]))
    assert message("Passed. Well done!") in text_of(soup(first[-1]["html"]))


def test_actions_keep_their_order(client, quiz, questions):
    """A finish sent before the answers closes the attempt: the answers after it are refused."""
    start, *answers, finish = quiz_queue(quiz, questions[:2], answer_data=answer_data)
    finish["payload"]["confirm"] = True

    statuses = [r["status"] for r in results(send(client, [start, finish, *answers]))]

    assert statuses == [200, 200, 409, 409]
    assert QuizAttempt.objects.get().score == 0


def test_an_action_kept_72_hours_on_the_phone_still_lands(client, lesson, monkeypatch):
    client.post(lesson.get_url() + "complete/")  # the visitor has a learner, and a token naming it
    queue = [action("lesson_done", course_lesson(lesson), who=identity(client), stored_at=timezone.now())]
    later = timezone.now() + timedelta(hours=72)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert [r["status"] for r in results(send(client, queue))] == [200]
    assert OfflineAction.objects.get().stored_at < later - timedelta(hours=71)


def course_lesson(lesson):
    return type(lesson).objects.get(pk=lesson.pk).get_next_siblings().specific().first()


# A replayed or forged key.


def test_a_key_that_is_not_a_uuid_is_refused_and_nothing_is_written(client, lesson):
    queue = [action("lesson_done", lesson), {**action("lesson_done", lesson), "key": "1; DROP TABLE"}]

    response = send(client, queue)

    assert response.status_code == 400
    assert response.json()["message"] == message(
        "Action %(number)s cannot be read: nothing was saved.", number=2
    )
    assert rows() == {"completions": 0, "attempts": 0, "open": 0, "answers": 0, "actions": 0}
    assert Learner.objects.count() == 0


def test_a_forged_identity_is_refused_and_nothing_is_written(client, lesson):
    response = send(client, [action("lesson_done", lesson, who="eyJsIjoxfQ:forged:signature")])

    assert response.status_code == 400
    assert rows()["actions"] == 0 and Learner.objects.count() == 0


@pytest.mark.parametrize(
    "body",
    [b"not json", b'{"actions": "no"}', b"[]", json.dumps({"actions": [{"kind": "delete_all"}]}).encode()],
)
def test_a_body_that_is_not_a_queue_is_refused(client, body):
    """Not JSON, not a list, a list of something else, an unknown kind."""
    response = client.post(sync_url(), body, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["message"]
    assert rows()["actions"] == 0


def test_a_key_recorded_for_another_learner_is_refused_and_nothing_is_written(client, lesson, course_tree):
    other = course_tree["lessons"][1]
    stolen = action("lesson_done", lesson)
    assert results(send(client, [stolen]))[0]["status"] == 200
    before = rows()
    client.cookies.clear()  # another visitor sends the same key, now about another lesson

    refused = results(send(client, [{**stolen, "target": other.pk}]))[0]

    assert refused["status"] == 403
    assert refused["message"] == message("This action belongs to someone else: it was not counted.")
    assert rows() == before
    assert not LessonCompletion.objects.filter(lesson_key=other.translation_key).exists()


def test_an_answer_to_another_learners_attempt_is_refused(client, quiz, questions):
    client.post(start_url(quiz))
    theirs = QuizAttempt.objects.get()
    client.cookies.clear()
    client.post(start_url(quiz))  # this visitor has a learner and an attempt of their own
    before = rows()
    block = questions[0]
    payload = {"question": block["id"], "data": answer_data(block), "attempt": theirs.pk}

    refused = results(send(client, [action("quiz_answer", quiz, payload)]))[0]

    assert refused["status"] == 403
    assert refused["message"] == message("This attempt belongs to someone else: it was not counted.")
    assert rows() == before


# A quiz that changed, an attempt finished elsewhere.


def test_an_action_for_an_unpublished_quiz_is_refused_with_the_reason(client, quiz, questions):
    queue = quiz_queue(quiz, questions[:1], answer_data=answer_data)
    quiz.unpublish()

    refused = results(send(client, queue))

    assert {r["status"] for r in refused} == {410}
    assert refused[0]["message"] == message("The quiz changed: it is no longer published.")
    assert refused[0]["kept"] is False
    assert rows() == {"completions": 0, "attempts": 0, "open": 0, "answers": 0, "actions": 0}
    assert Learner.objects.count() == 0


def test_an_action_for_a_quiz_that_no_longer_exists_is_refused(client, quiz, questions):
    queue = quiz_queue(quiz, questions[:1], answer_data=answer_data)
    quiz.delete()

    refused = results(send(client, queue))

    assert {r["status"] for r in refused} == {410}
    assert rows()["actions"] == 0


def test_an_answer_to_a_question_no_longer_in_the_quiz_is_refused(client, quiz, questions):
    start, answer, _finish = quiz_queue(quiz, questions[:1], answer_data=answer_data)
    answer["payload"]["question"] = "a-question-since-deleted"

    statuses = results(send(client, [start, answer]))

    assert [r["status"] for r in statuses] == [200, 409]
    assert statuses[1]["message"] == message("The quiz changed: this question is no longer in it.")
    assert rows()["answers"] == 0 and rows()["actions"] == 1


def test_an_answer_to_an_attempt_finished_on_another_device_is_refused(client, quiz, questions):
    client.post(start_url(quiz))
    attempt = QuizAttempt.objects.get()
    block = questions[0]
    payload = {"question": block["id"], "data": answer_data(block), "attempt": attempt.pk}
    queue = [action("quiz_answer", quiz, payload, who=identity(client))]
    attempt.finished_at = timezone.now()  # finished on the learner's other phone meanwhile
    attempt.save()

    refused = results(send(client, queue))[0]

    assert refused["status"] == 409
    assert refused["message"] == message("This attempt was finished on another device: this was not counted.")
    assert rows()["answers"] == 0 and rows()["actions"] == 0


def test_a_finish_with_questions_unanswered_and_no_confirm_finishes_nothing(client, quiz, questions):
    start, _answer, finish = quiz_queue(quiz, questions[:1], answer_data=answer_data)

    statuses = results(send(client, [start, finish]))

    assert [r["status"] for r in statuses] == [200, 409]
    assert QuizAttempt.objects.get().is_open


# A queue of 500.


def test_a_queue_of_500_is_refused_with_the_most_to_send_at_once(client, lesson, settings):
    response = send(client, [action("lesson_done", lesson) for _ in range(500)])

    assert response.status_code == 413
    assert response.json()["message"] == message(
        "Too many actions at once: send at most %(count)s at a time.", count=settings.OFFLINE_SYNC_MAX_ACTIONS
    )
    assert rows()["actions"] == 0 and Learner.objects.count() == 0


def test_a_queue_of_500_sent_in_chunks_lands(client, quiz, questions, settings):
    """500 answers to one quiz in chunks of 100: the first of each question counts, the rest repeat it."""
    start = action("quiz_start", quiz)
    block = questions[0]
    payload = {"question": block["id"], "data": answer_data(block), "start": start["key"]}
    queue = [start, *(action("quiz_answer", quiz, payload) for _ in range(499))]
    limit = settings.OFFLINE_SYNC_MAX_ACTIONS

    statuses = [
        r["status"]
        for chunk in range(0, 500, limit)
        for r in results(send(client, queue[chunk : chunk + limit]))
    ]

    assert statuses == [200] * 500
    assert rows() == {"completions": 0, "attempts": 1, "open": 1, "answers": 1, "actions": 500}


# Who the actions belong to.


def test_actions_stored_before_signing_in_reach_the_account(client, quiz, questions, lesson):
    client.post(lesson.get_url() + "complete/")  # an anonymous learner, then offline
    anonymous = client.session[SESSION_KEY]
    queue = [action("lesson_done", course_lesson(lesson), who=identity(client))]
    queue += quiz_queue(quiz, questions[:1], who=identity(client), answer_data=answer_data)
    queue[-1]["payload"]["confirm"] = True
    user = make_user("signed")
    account_learner = Learner.objects.create(user=user)  # the account had progress: the two are merged
    client.force_login(user)
    assert FormerLearner.objects.get(former_id=anonymous).learner == account_learner

    statuses = [r["status"] for r in results(send(client, queue))]

    assert statuses == [200] * 4
    assert set(OfflineAction.objects.values_list("learner", flat=True)) == {account_learner.pk}
    assert LessonCompletion.objects.filter(learner=account_learner).count() == 2
    assert QuizAttempt.objects.get().learner == account_learner


def test_after_the_anonymous_session_expired_the_phone_is_told_and_keeps_them(client, lesson):
    client.post(lesson.get_url() + "complete/")
    queue = [action("lesson_done", course_lesson(lesson), who=identity(client))]
    client.cookies.clear()  # the session expired
    before = rows()

    kept = results(send(client, queue))[0]

    assert kept["status"] == 401 and kept["kept"] is True
    assert kept["message"] == message("Your session has expired: sign in to send it. It stays on this phone.")
    assert rows() == before

    # Signed in, the same queue lands on the account: the session's learner is claimed as at sign-in.
    user = make_user("back")
    client.force_login(user)
    assert results(send(client, queue))[0]["status"] == 200
    assert LessonCompletion.objects.filter(learner__user=user).count() == 2


def test_actions_stored_while_signed_in_wait_for_that_account(client, lesson):
    first, second = make_user("first"), make_user("second")
    client.force_login(first)
    queue = [action("lesson_done", lesson, who=identity(client))]
    client.logout()
    client.force_login(second)  # the next person on a shared phone

    kept = results(send(client, queue))[0]

    assert kept["status"] == 401 and kept["kept"] is True
    assert kept["message"] == message(
        "Saved while someone was signed in: sign in with that account to send it."
    )
    assert rows()["completions"] == 0 and rows()["actions"] == 0

    client.logout()
    client.force_login(first)
    assert results(send(client, queue))[0]["status"] == 200
    assert LessonCompletion.objects.get().learner.user.username == "first"


def test_an_anonymous_learner_forgotten_since_is_said(client, lesson):
    client.post(lesson.get_url() + "complete/")
    queue = [action("lesson_done", course_lesson(lesson), who=identity(client))]
    Learner.objects.all().delete()  # purged after the retention period

    refused = results(send(client, queue))[0]

    assert refused["status"] == 410 and refused["kept"] is False
    assert rows()["completions"] == 0 and rows()["actions"] == 0


def test_a_new_visitor_beyond_the_networks_bound_is_told_and_keeps_them(client, lesson, settings):
    settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK = 0

    kept = results(send(client, [action("lesson_done", lesson)]))[0]

    assert kept["status"] == 429 and kept["kept"] is True
    assert Learner.objects.count() == 0 and rows()["actions"] == 0


def test_the_sync_needs_the_csrf_token(lesson):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    refused = send(browser, [action("lesson_done", lesson)])
    assert refused.status_code == 403
    csrf = browser.get(token_url()).json()["csrf"]

    response = browser.post(
        sync_url(),
        json.dumps({"actions": [action("lesson_done", lesson)]}),
        content_type="application/json",
        headers={"X-CSRFToken": csrf},
    )

    assert response.status_code == 200
    assert rows()["actions"] == 1


def test_no_answer_key_is_in_the_token_or_the_refusals(client, quiz, questions):
    """The phone learns whether an answer is right only from the sync's answer to that answer."""
    start, answer, _finish = quiz_queue(quiz, questions[:1], answer_data=answer_data)
    answer["payload"]["data"] = {}

    refused = results(send(client, [start, answer]))[1]

    assert refused["status"] == 422
    assert "swap" not in refused or refused["swap"] is None
    assert uuid.UUID(refused["key"])


@pytest.mark.parametrize(
    "change",
    [
        {"target": 2**70},
        {"target": True},
        {"target": "12"},
        {"payload": {"attempt": 2**64}},
        {"payload": ["not", "an", "object"]},
        {"stored_at": "yesterday"},
        {"stored_at": 12},
        {"identity": {"l": 1}},
    ],
)
def test_an_action_that_cannot_be_read_is_refused_and_nothing_is_written(client, lesson, change):
    response = send(client, [{**action("lesson_done", lesson), **change}])

    assert response.status_code == 400
    assert response.json()["message"] == message(
        "Action %(number)s cannot be read: nothing was saved.", number=1
    )
    assert rows()["actions"] == 0 and Learner.objects.count() == 0


def test_a_time_without_a_time_zone_is_read_as_utc(client, lesson):
    assert results(send(client, [{**action("lesson_done", lesson), "stored_at": "2026-12-05T10:00:00"}]))
    assert OfflineAction.objects.get().stored_at.isoformat() == "2026-12-05T10:00:00+00:00"


@pytest.mark.parametrize("content_type", ["multipart", "form"])
def test_a_form_instead_of_json_is_refused(client, lesson, content_type):
    """Found by tests/test_no_server_errors.py: a multipart body, read as a form before the view, made a
    500."""
    actions = json.dumps([action("lesson_done", lesson)])
    if content_type == "multipart":
        response = client.post(sync_url(), {"actions": actions})
    else:
        response = client.post(
            sync_url(), f"actions={actions}", content_type="application/x-www-form-urlencoded"
        )

    assert response.status_code == 400
    assert response.json()["message"] == message("This is not a list of actions saved on a phone.")
    assert rows()["actions"] == 0 and Learner.objects.count() == 0
