"""Issue 20, finding 3: one client filled a live session. What protects a room is what a remote script
cannot see or do: the facilitator locks joining, removes a participant (seat freed, answers out of the
counts), turns on a second join step shown only on the room's screen; and wrong codes are slowed down per
(hashed) address, while 300 phones behind one address all get in."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.tests.visits import stored_text_containing
from learning.client_network import client_network
from quizzes.live import guessing, rules
from quizzes.models import LiveAnswer, LiveParticipant, LiveQuestionResult, LiveSession
from tests.helpers import HTMX, answer_data, facilitator

ROOM_ADDRESS = "198.51.100.20"  # one Wi-Fi address for the whole room
SCRIPT_ADDRESS = "203.0.113.99"


def url(name, *args, language="fr"):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def session(live_quiz):
    return rules.start_session(live_quiz, facilitator("owner"), "fr")


@pytest.fixture
def room(client, session):
    """The facilitator's browser, signed in."""
    client.force_login(session.facilitator)
    return client


def rows():
    """What a refusal must leave unchanged."""
    return (
        list(LiveSession.objects.order_by("pk").values_list()),
        list(LiveParticipant.objects.order_by("pk").values_list()),
        list(LiveAnswer.objects.order_by("pk").values_list()),
    )


def join(phone, session, nickname, address=ROOM_ADDRESS, code=None, **extra):
    data = {"code": session.code if code is None else code, "nickname": nickname, **extra}
    return phone.post(url("live_join"), data, REMOTE_ADDR=address)


def control(room, session, action):
    session.refresh_from_db()
    return room.post(url("live_control", session.pk, action), {"version": session.version})


# Locking joining.


def test_scripted_joins_into_a_locked_session_are_refused_and_take_no_seat(
    room, session, live_quiz, live_questions
):
    ana = Client()
    assert join(ana, session, "Ana").status_code == 302
    assert control(room, session, "lock").status_code == 302
    session.refresh_from_db()
    assert session.joining_locked
    before = rows()
    for number in range(50):  # a script dropping its cookies: a new client each time
        response = join(Client(), session, f"bot{number}", address=SCRIPT_ADDRESS)
        assert response.status_code == 403
    assert "Les inscriptions sont fermées" in response.content.decode()
    assert rows() == before
    # Ana, already in, follows and answers.
    rules.advance(session, "open", session.version, live_quiz)
    assert ana.get(url("live_phone", session.pk)).status_code == 200
    session.refresh_from_db()
    answered = ana.post(url("live_answer", session.pk, session.question_id), answer_data(live_questions[0]))
    assert answered.status_code == 302
    assert LiveAnswer.objects.filter(participant__nickname="Ana").exists()
    # The room's screen says so and offers to unlock; unlocking lets the next one in.
    html = room.get(url("live_room", session.pk)).content.decode()
    assert "Rouvrir les inscriptions" in html
    assert control(room, session, "unlock").status_code == 302
    assert join(Client(), session, "Bea").status_code == 302


def test_only_the_facilitator_locks_joining(client, session):
    participant = Client()
    join(participant, session, "Ana")
    other = facilitator("other")
    client.force_login(other)
    before = rows()
    assert control(client, session, "lock").status_code == 403
    assert control(participant, session, "lock").status_code == 403
    assert rows() == before


# Removing a participant.


def test_a_removed_participants_answers_leave_the_counts_and_the_seat_is_freed(
    room, session, live_quiz, live_questions
):
    LiveSession.objects.filter(pk=session.pk).update(max_participants=3)
    phones = {name: Client() for name in ("Ana", "Bea", "bot")}
    for name, phone in phones.items():
        assert join(phone, session, name).status_code == 302
    rules.advance(session, "open", session.version, live_quiz)
    for name, phone in phones.items():
        data = answer_data(live_questions[0], right=name != "bot")
        assert phone.post(url("live_answer", session.pk, live_questions[0]["id"]), data).status_code == 302
    assert join(Client(), session, "Cy").status_code == 409  # full
    bot = LiveParticipant.objects.get(nickname="bot")

    response = room.post(url("live_remove", session.pk, bot.pk))

    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.joined_count, session.answered_count) == (2, 2)
    assert not LiveAnswer.objects.filter(participant=bot).exists()
    result = rules.live_result(session, live_quiz, 0)
    assert (result.answered, result.correct) == (2, 2)
    html = room.get(url("live_room", session.pk)).content.decode()
    assert "2 participants" in html and "2 réponses" in html
    # The removed phone is told, and can no longer answer; the seat is free for someone else.
    told = phones["bot"].get(url("live_phone", session.pk))
    assert "vous a retiré de cette session" in told.content.decode()
    told = phones["bot"].get(url("live_phone", session.pk), headers=HTMX)
    assert "vous a retiré" in told.content.decode()
    before = rows()
    answer_url = url("live_answer", session.pk, live_questions[0]["id"])
    again = phones["bot"].post(answer_url, answer_data(live_questions[0]), headers=HTMX)
    assert again.status_code == 403
    again = phones["bot"].post(
        answer_url, answer_data(live_questions[0])
    )  # without JavaScript: the phone's page
    assert again.status_code == 302 and again["Location"] == url("live_phone", session.pk)
    assert rows() == before
    assert join(Client(), session, "Cy").status_code == 302
    # Finished, the stored counts and the ranking leave the removed participant out.
    for action in ("close", "next", "close", "next"):
        session.refresh_from_db()
        rules.advance(session, action, session.version, live_quiz)
    stored = LiveQuestionResult.objects.get(session=session, position=1)
    assert (stored.answered, stored.correct) == (2, 2)


def test_removing_is_the_facilitators_and_only_once(client, room, session):
    phone = Client()
    join(phone, session, "bot")
    bot = LiveParticipant.objects.get()
    stranger = Client()
    stranger.force_login(facilitator("other"))
    before = rows()
    assert stranger.post(url("live_remove", session.pk, bot.pk)).status_code == 403
    assert phone.post(url("live_remove", session.pk, bot.pk)).status_code == 403
    assert rows() == before
    assert room.post(url("live_remove", session.pk, bot.pk)).status_code == 302
    before = rows()
    assert room.post(url("live_remove", session.pk, bot.pk)).status_code == 404
    assert rows() == before


# The second join step.


def test_the_second_step_refuses_a_missing_wrong_or_old_code(room, session, monkeypatch):
    window = 1000
    while rules.second_step_code(session, window - 2) in {
        rules.second_step_code(session, window),
        rules.second_step_code(session, window - 1),
    }:
        window += 1
    monkeypatch.setattr(rules, "step_window", lambda: window)
    assert control(room, session, "step-on").status_code == 302
    html = room.get(url("live_room", session.pk)).content.decode()
    assert rules.second_step_code(session, window) in html
    current, previous, old = (rules.second_step_code(session, window - n) for n in range(3))
    wrong = next(code for code in ("0000", "1111") if code not in {current, previous})
    before = rows()
    asked = join(Client(), session, "Ana")
    assert asked.status_code == 400 and 'id="join-step"' in asked.content.decode()
    for typed in (wrong, old, ""):
        refused = join(Client(), session, "bot", step=typed)
        assert refused.status_code in (400, 403)
    assert rows() == before
    assert join(Client(), session, "Ana", step=current).status_code == 302
    assert join(Client(), session, "Bea", step=previous).status_code == 302  # typed as it changed
    assert control(room, session, "step-off").status_code == 302
    assert join(Client(), session, "Cy").status_code == 302


def test_the_second_step_code_is_shown_on_the_room_screen_only(room, session):
    control(room, session, "step-on")
    session.refresh_from_db()
    code = rules.second_step_code(session, rules.step_window())
    phone = Client()
    form = phone.get(url("live_join") + f"?code={session.code}", REMOTE_ADDR=ROOM_ADDRESS).content.decode()
    assert 'id="join-step"' in form and code not in form.split('id="join-step"')[1][:200]


# Guessing codes.


def test_wrong_code_guessing_is_answered_429_after_the_limit_and_changes_nothing(session, monkeypatch):
    now = guessing.now_seconds() // 60 * 60 + 20  # one minute throughout: no count restarts mid-test
    monkeypatch.setattr(guessing, "now_seconds", lambda: now)
    limit = guessing.wrong_codes_per_minute()
    before = rows()
    for number in range(limit):
        response = join(Client(), session, f"g{number}", address=SCRIPT_ADDRESS, code=f"ZZZ{number:03d}")
        assert response.status_code == 404
    response = join(Client(), session, "g", address=SCRIPT_ADDRESS, code="ZZZZZZ")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 40
    assert "Trop de codes erronés" in response.content.decode()
    # From that address, even the right code is not looked at until the minute has passed.
    assert join(Client(), session, "g", address=SCRIPT_ADDRESS).status_code == 429
    guess = Client().get(url("live_join") + "?code=ZZZZZZ", REMOTE_ADDR=SCRIPT_ADDRESS)
    assert guess.status_code == 429
    assert rows() == before
    # Another address is not slowed down; and no address is stored anywhere.
    assert join(Client(), session, "Ana", address=ROOM_ADDRESS).status_code == 302
    assert stored_text_containing(SCRIPT_ADDRESS, ROOM_ADDRESS) == []


def test_300_phones_behind_one_address_all_join_even_with_typos(session):
    typos = 0
    for number in range(300):
        phone = Client()
        if number % 10 == 0:  # one in ten mistypes the code first
            typo = "ABCDEF" if session.code != "ABCDEF" else "ABCDEG"
            assert join(phone, session, f"p{number}", code=typo).status_code == 404
            typos += 1
        assert join(phone, session, f"p{number}").status_code == 302
    session.refresh_from_db()
    assert session.joined_count == 300 and typos == 30


def test_a_join_through_the_proxy_is_counted_by_the_visitors_address(session, settings):
    settings.PROXY_ADDRESSES = ["127.0.0.1"]
    assert client_network(fake_request("127.0.0.1", "10.0.0.1, 203.0.113.5")) == "203.0.113.5"
    assert client_network(fake_request("192.0.2.1", "203.0.113.5")) == "192.0.2.1"
    assert client_network(fake_request("127.0.0.1", "")) == "127.0.0.1"
    assert guessing.sender(fake_request("127.0.0.1", "203.0.113.5")) == guessing.sender(
        fake_request("203.0.113.5", "")
    )


def fake_request(remote, forwarded):
    from django.test import RequestFactory  # noqa: PLC0415

    return RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)


def test_the_limit_lifts_the_next_minute_and_old_counts_are_deleted(session, monkeypatch):
    from django.core.management import call_command  # noqa: PLC0415

    from quizzes.models import LiveWrongCodes  # noqa: PLC0415

    now = 1_000_000 * guessing.WINDOW_SECONDS + 30
    monkeypatch.setattr(guessing, "now_seconds", lambda: now)
    for number in range(guessing.wrong_codes_per_minute()):
        join(Client(), session, f"g{number}", address=SCRIPT_ADDRESS, code="ZZZZZZ")
    blocked = join(Client(), session, "g", address=SCRIPT_ADDRESS)
    assert blocked.status_code == 429 and blocked["Retry-After"] == "30"
    monkeypatch.setattr(guessing, "now_seconds", lambda: now + 30)
    assert join(Client(), session, "g", address=SCRIPT_ADDRESS).status_code == 302
    assert LiveWrongCodes.objects.count() == 1
    monkeypatch.setattr(guessing, "now_seconds", lambda: now + 150)
    call_command("purge_live_sessions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not LiveWrongCodes.objects.exists()
