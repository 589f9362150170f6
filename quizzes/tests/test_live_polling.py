"""Issue 22, the room at full capacity: a phone's idle poll is answered from the cache (quizzes.live.polling),
with no database query and without the Django session store; and what the cache says never hides a change
from a phone, nor shows one participant another's page."""

import html
import json
import re
from importlib import import_module
from unittest import mock

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from quizzes.live import polling, rules
from quizzes.models import LiveAnswer, LiveParticipant, LiveSession
from tests.helpers import HTMX, answer_data, facilitator


def url(name, *args):
    with translation.override("fr"):
        return reverse(name, args=args)


@pytest.fixture(autouse=True)
def state_kept_longer(monkeypatch):
    """The session's poll state is kept a second; here long enough for a slow machine's two polls."""
    monkeypatch.setattr(polling, "STATE_SECONDS", 300)


@pytest.fixture
def session(live_quiz, home):
    return rules.start_session(live_quiz, facilitator("owner"), "fr")


def join(session, nickname):
    phone = Client()
    assert phone.post(url("live_join"), {"code": session.code, "nickname": nickname}).status_code == 302
    return phone


def advance(session, action, live_quiz):
    session.refresh_from_db()
    rules.advance(session, action, session.version, live_quiz)


def poll(phone, session, etag=None):
    headers = {**HTMX, **({"If-None-Match": etag} if etag else {})}
    return phone.get(url("live_phone", session.pk), headers=headers)


def answer(phone, session, question, **headers):
    return phone.post(url("live_answer", session.pk, question["id"]), answer_data(question), headers=headers)


def polled_etag(response):
    """The ETag the phone's fragment sends with its next poll (its hx-headers)."""
    headers = re.search(r'hx-headers="([^"]*)"', response.content.decode()).group(1)
    return json.loads(html.unescape(headers))["If-None-Match"]


def rows():
    """What a poll must leave unchanged."""
    return (
        list(LiveSession.objects.order_by("pk").values_list()),
        list(LiveParticipant.objects.order_by("pk").values_list()),
        list(LiveAnswer.objects.order_by("pk").values_list()),
    )


def no_session_store():
    """Any read of the Django session store fails the test."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    return mock.patch.object(store, "load", side_effect=AssertionError("the session store was read"))


def test_an_idle_poll_reads_neither_the_database_nor_the_session_store(
    session, live_quiz, live_questions, django_assert_num_queries
):
    ana, bea = join(session, "Ana"), join(session, "Bea")
    lobby = poll(ana, session)["ETag"]
    poll(ana, session, lobby)  # the first poll after a change may read the session's row
    before = rows()
    with no_session_store(), django_assert_num_queries(0):
        idle = poll(ana, session, lobby)
    assert (idle.status_code, idle.content, idle["ETag"]) == (304, b"", lobby)
    assert rows() == before
    assert {"private", "no-cache"} <= {part.strip() for part in idle["Cache-Control"].split(",")}

    advance(session, "open", live_quiz)
    question = poll(ana, session, lobby)
    assert question.status_code == 200 and "s: prompt?" in question.content.decode()
    poll(ana, session, question["ETag"])
    with no_session_store(), django_assert_num_queries(0):
        assert poll(ana, session, question["ETag"]).status_code == 304  # open, not answered yet
    answered = polled_etag(answer(bea, session, live_questions[0], **HTMX))  # the fragment's next poll
    poll(bea, session, answered)
    with no_session_store(), django_assert_num_queries(0):
        assert poll(bea, session, answered).status_code == 304  # answered
    assert LiveAnswer.objects.count() == 1


def test_an_idle_poll_in_any_language_is_answered_before_the_session_middleware(
    session, django_assert_num_queries
):
    ana = join(session, "Ana")
    with translation.override("es"):
        phone_url = reverse("live_phone", args=[session.pk])
    etag = ana.get(phone_url, headers=HTMX)["ETag"]
    ana.get(phone_url, headers={**HTMX, "If-None-Match": etag})
    with no_session_store(), django_assert_num_queries(0):
        idle = ana.get(phone_url, headers={**HTMX, "If-None-Match": etag})
    assert (idle.status_code, idle["ETag"], idle["Vary"]) == (304, etag, "HX-Request")
    altered = ana.get(phone_url, headers={**HTMX, "If-None-Match": etag.replace("-0-", "-1-", 1)})
    assert altered.status_code == 200  # a signature that does not match: the full way


def test_a_poll_sees_every_change_made_since_its_etag(session, live_quiz, live_questions):
    ana = join(session, "Ana")
    etag = poll(ana, session)["ETag"]
    assert poll(ana, session, etag).status_code == 304
    join(session, "Bea")  # the phones do not show the lobby's count: nothing to redraw
    assert poll(ana, session, etag).status_code == 304
    for action in ("open", "close", "reveal", "next"):
        advance(session, action, live_quiz)
        moved = poll(ana, session, etag)
        assert moved.status_code == 200 and moved["ETag"] != etag, action
        etag = moved["ETag"]
        assert poll(ana, session, etag).status_code == 304, action
    session.refresh_from_db()
    rules.change_joining(session, "lock")
    assert poll(ana, session, etag).status_code == 200


def test_an_answer_from_another_tab_reaches_the_polling_tab(session, live_quiz, live_questions):
    """The tab that answered gets its new ETag with the answer; another tab of the same phone (the same
    Django session) still sends the unanswered one, and must see the answer."""
    ana = join(session, "Ana")
    advance(session, "open", live_quiz)
    unanswered = poll(ana, session)["ETag"]
    assert poll(ana, session, unanswered).status_code == 304
    assert answer(ana, session, live_questions[0]).status_code == 302
    seen = poll(ana, session, unanswered)
    assert seen.status_code == 200 and seen["ETag"] != unanswered


def test_without_the_caches_marks_the_database_decides(session, live_quiz, live_questions):
    """A cache that lost its entries (a Redis restart) never makes a poll miss an answer."""
    ana = join(session, "Ana")
    advance(session, "open", live_quiz)
    unanswered = poll(ana, session)["ETag"]
    assert answer(ana, session, live_questions[0]).status_code == 302
    cache.clear()
    assert poll(ana, session, unanswered).status_code == 200
    assert poll(join(session, "Bea"), session).status_code == 200


def test_an_etag_shows_nothing_to_anyone_it_was_not_given_to(session, live_quiz):
    """An ETag is signed for its session and participant; a 304 has no body, so one sent by another
    phone, or with no session at all, says nothing its holder did not know; any page is the sender's own."""
    ana, bea = join(session, "Ana"), join(session, "Bea")
    anas = poll(ana, session)["ETag"]
    before = rows()

    taken = poll(bea, session, anas)  # Ana's ETag sent with Bea's cookies
    forged = poll(bea, session, anas.replace('"p', '"p9', 1))
    unsigned = poll(bea, session, f'"p{session.pk}-1-1-2-0-0"')
    stranger = poll(Client(), session, anas)  # no session at all: the 304 says nothing

    assert (taken.status_code, taken.content, stranger.status_code, stranger.content) == (304, b"", 304, b"")
    assert (forged.status_code, unsigned.status_code) == (200, 200)
    assert "<bdi>Bea</bdi>" in forged.content.decode() and "<bdi>Ana</bdi>" not in forged.content.decode()
    assert rows() == before
    advance(session, "open", live_quiz)  # once the session moves on, the page drawn is the sender's own
    moved = poll(bea, session, anas)
    assert moved.status_code == 200 and "<bdi>Bea</bdi>" in moved.content.decode()
    assert "<bdi>Ana</bdi>" not in moved.content.decode()
    assert poll(Client(), session, anas).status_code == 302  # to the join form


def test_a_removed_participants_phone_is_told_and_stops(session, live_quiz):
    ana = join(session, "Ana")
    etag = poll(ana, session)["ETag"]
    assert poll(ana, session, etag).status_code == 304
    rules.remove_participant(session, LiveParticipant.objects.get(nickname="Ana").pk)
    told = poll(ana, session, etag)
    assert told.status_code == 200 and f'href="{url("live_join")}"' in told.content.decode()
    assert "hx-trigger" not in told.content.decode()  # it stops polling
