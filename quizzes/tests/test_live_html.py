"""Every page of a live workshop is valid HTML for the Nu HTML checker (tests/html_checker.py), in each
state a session goes through: the join form's two steps, the room's screen, the remote, the end's
confirmation, a phone with and without an answer, and the summary. The crawl of the public pages
(tests/test_no_third_party.py) does not reach them: they need a session and a facilitator."""

import pytest
from django.test import Client

from quizzes.live import rules
from quizzes.tests.test_live import advance, join, url
from tests.helpers import answer_data, facilitator
from tests.html_checker import validate


@pytest.fixture
def pages(live_quiz, live_questions, home):
    """{name: HTML} of every live page, in French and in Kreyòl, through a whole session."""
    owner = facilitator("owner")
    owner_client = Client()
    owner_client.force_login(owner)
    session = rules.start_session(live_quiz, owner, "fr")
    phone, late_phone = Client(), Client()
    got = {}

    def take(name, client, address, **headers):
        response = client.get(address, headers=headers)
        assert response.status_code == 200, (name, response.status_code)
        got[name] = response.content

    take("join, code", phone, url("live_join"))
    take("join, nickname", phone, url("live_join") + f"?code={session.code}")
    join(phone, session, "Ana")
    join(late_phone, session, "Rose")
    for name, address in (("room", "live_room"), ("remote", "live_remote")):
        take(f"{name}, lobby", owner_client, url(address, session.pk))
    take("phone, lobby", phone, url("live_phone", session.pk))
    take("phone, lobby, Kreyòl", phone, url("live_phone", session.pk, language="ht"))
    take("my workshops", owner_client, url("live_mine"))

    single = live_questions[0]
    advance(session, "open", live_quiz)
    take("room, open", owner_client, url("live_room", session.pk))
    take("phone, open", phone, url("live_phone", session.pk))
    phone.post(url("live_answer", session.pk, single["id"]), answer_data(single, right=False))
    take("phone, answered", phone, url("live_phone", session.pk))
    advance(session, "close", live_quiz)
    take("room, closed", owner_client, url("live_room", session.pk))
    late_phone.post(url("live_answer", session.pk, single["id"]), answer_data(single))
    take("phone, refused answer", late_phone, url("live_phone", session.pk))
    advance(session, "reveal", live_quiz)
    take("room, revealed", owner_client, url("live_room", session.pk))
    take("remote, revealed", owner_client, url("live_remote", session.pk))
    take("phone, revealed wrong", phone, url("live_phone", session.pk))

    session.refresh_from_db()
    confirm = owner_client.post(url("live_control", session.pk, "finish"), {"version": session.version})
    assert confirm.status_code == 200
    got["confirm finish"] = confirm.content
    advance(session, "finish", live_quiz)
    take("summary", owner_client, url("live_summary", session.pk))
    take("summary, Kreyòl", owner_client, url("live_summary", session.pk, language="ht"))
    take("phone, finished", phone, url("live_phone", session.pk))
    return got


def test_every_live_page_is_valid_html_in_every_state(pages):
    assert len(pages) == 19
    assert all(b"<html" in body[:300].lower() for body in pages.values())
    assert validate(pages) == []
