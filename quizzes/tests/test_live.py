"""Live sessions: join codes, the state machine, joining, answering, results, CSV, purge, and every
refusal (its status, and no row changed)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import User
from quizzes.live import polling, rules
from quizzes.live.access import RUN_LIVE_SESSIONS
from quizzes.live.views import summary_document
from quizzes.models import LiveAnswer, LiveParticipant, LiveQuestionResult, LiveSession
from tests.helpers import (
    HTMX,
    answer_data,
    csv_rows,
    facilitator,
    make_quiz,
    make_user_with_permissions,
    message,
    parse,
    right_choice_ids,
    single_choice,
    text_of,
    true_false,
    wrong_choice_ids,
    xlsx_cells,
)

LOOK_ALIKES = set("0O1IL")


def url(name, *args, language="fr", **kwargs):
    with translation.override(language):
        return reverse(name, args=args, kwargs=kwargs or None)


@pytest.fixture
def fac_client(client, home):
    user = facilitator()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def session(live_quiz, home):
    return rules.start_session(live_quiz, facilitator("owner"), "fr")


def counts():
    """What a refusal must leave unchanged."""
    return (
        list(LiveSession.objects.order_by("pk").values_list()),
        list(LiveParticipant.objects.order_by("pk").values_list()),
        list(LiveAnswer.objects.order_by("pk").values_list()),
    )


def join(client, session, nickname="Ana", **extra):
    return client.post(url("live_join"), {"code": session.code, "nickname": nickname, **extra})


def control(client, session, action, version=None):
    session.refresh_from_db()
    return client.post(
        url("live_control", session.pk, action),
        {"version": session.version if version is None else version},
    )


def advance(session, action, quiz):
    session.refresh_from_db()
    return rules.advance(session, action, session.version, quiz)


# Join codes.


def test_code_alphabet_has_no_look_alikes_and_codes_use_it():
    assert not LOOK_ALIKES & set(rules.CODE_ALPHABET)
    assert len(set(rules.CODE_ALPHABET)) == len(rules.CODE_ALPHABET) == 31
    for _ in range(200):
        code = rules.new_code()
        assert len(code) == 6 and set(code) <= set(rules.CODE_ALPHABET)


def test_codes_are_unique_among_open_sessions_and_a_collision_draws_again(live_quiz, home, monkeypatch):
    owner = facilitator("owner")
    first = rules.start_session(live_quiz, owner, "fr")
    drawn = iter([first.code, first.code, "ABCDEF"])
    monkeypatch.setattr(rules, "new_code", lambda: next(drawn))
    second = rules.start_session(live_quiz, owner, "fr")
    assert second.code == "ABCDEF"
    # A finished session frees its code.
    LiveSession.objects.filter(pk=first.pk).update(state="finished")
    monkeypatch.setattr(rules, "new_code", lambda: first.code)
    third = rules.start_session(live_quiz, owner, "fr")
    assert third.code == first.code


# Starting and the facilitator's screen.


def test_quiz_page_offers_a_start_form_to_facilitators_only(client, fac_client, live_quiz):
    assert "live-start" in fac_client.get(live_quiz.get_url()).content.decode()
    client.logout()
    assert "live-start" not in client.get(live_quiz.get_url()).content.decode()


def test_facilitator_starts_a_session_and_sees_code_address_and_qr(fac_client, live_quiz):
    response = fac_client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    session = LiveSession.objects.get()
    assert response.status_code == 302 and response["Location"] == url("live_room", session.pk)
    assert session.facilitator == fac_client.user and session.state == "lobby"
    assert session.max_participants == 300 and session.ranking == "" and session.teams == []
    html = fac_client.get(response["Location"]).content.decode()
    assert session.code in html
    assert "http://testserver/join/" in html
    assert 'class="segno live-qr"' in html or "live-qr" in html
    assert "<script" not in html.split("</head>")[1]


def test_start_refuses_a_learner_and_a_language_the_quiz_is_not_in(client, fac_client, live_quiz, home):
    response = fac_client.post(url("live_start", live_quiz.pk), {"language": "de"})
    assert response.status_code == 400
    learner = User.objects.create_user(username="learner", password="pw-long-enough-1")
    client.force_login(learner)
    response = client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    assert response.status_code == 403
    assert LiveSession.objects.count() == 0


LIVE_ROLES = {  # may the role run live sessions?
    "Facilitators": True,
    "Editors": True,
    "Pedagogical committee": False,
}


@pytest.mark.parametrize(("group", "allowed"), LIVE_ROLES.items())
def test_who_may_start_and_list_live_sessions_is_who_holds_the_permission(client, live_quiz, group, allowed):
    user = facilitator("someone", group=group)
    assert user.has_perm(RUN_LIVE_SESSIONS) is allowed
    client.force_login(user)
    assert ("live-start" in client.get(live_quiz.get_url()).content.decode()) is allowed
    response = client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    assert response.status_code == (302 if allowed else 403)
    assert LiveSession.objects.count() == (1 if allowed else 0)
    assert client.get(url("live_mine")).status_code == (200 if allowed else 403)


@pytest.mark.parametrize("who", ["superuser", "permission"])
def test_a_superuser_and_anyone_given_the_permission_run_live_sessions(client, live_quiz, who):
    if who == "superuser":
        user = User.objects.create_user(username="admin", password="pw-long-enough-1", is_superuser=True)
    else:
        user = make_user_with_permissions("outside-any-group", RUN_LIVE_SESSIONS)
    client.force_login(user)
    response = client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    session = LiveSession.objects.get()
    assert response["Location"] == url("live_room", session.pk)
    assert client.get(response["Location"]).status_code == 200


def test_join_redirects_to_the_visitors_language_keeping_the_code(client):
    response = client.get("/join/?code=ABCDEF", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302 and response["Location"] == "/es/join/?code=ABCDEF"
    response = client.get("/join/", HTTP_ACCEPT_LANGUAGE="ht")
    assert response["Location"] == "/ht/join/"


# Joining.


def test_join_puts_the_participant_in_the_lobby(client, session):
    response = join(client, session, "  Ana   Maria ")
    assert response.status_code == 302 and response["Location"] == url("live_phone", session.pk)
    participant = LiveParticipant.objects.get()
    assert participant.nickname == "Ana Maria" and participant.session == session
    session.refresh_from_db()
    assert session.joined_count == 1
    html = client.get(response["Location"]).content.decode()
    assert "1 personne a rejoint" in html or "1 person" in html or "Ana Maria" in html
    # Joining again from the same phone does not make a second participant.
    assert join(client, session, "Autre").status_code == 302
    assert LiveParticipant.objects.count() == 1


def test_code_is_read_case_and_space_insensitively(client, session):
    typed = f" {session.code[:3].lower()} {session.code[3:]}"
    response = client.post(url("live_join"), {"code": typed, "nickname": "X"})
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("nickname", "status", "message"),
    [
        ("", 400, "pseudo"),
        ("   ", 400, "pseudo"),
        ("x" * 31, 400, "30"),
    ],
)
def test_bad_nicknames_are_refused(client, session, nickname, status, message):
    before = counts()
    response = join(client, session, nickname)
    assert response.status_code == status
    assert message in response.content.decode()
    assert counts() == before


def test_a_taken_nickname_is_refused(client, session, django_user_model):
    assert join(Client(), session, "Ana").status_code == 302
    before = counts()
    response = join(client, session, "Ana")
    assert response.status_code == 409
    assert counts() == before


def test_wrong_expired_and_closed_codes_are_refused(client, session, live_quiz):
    before = counts()
    response = client.post(url("live_join"), {"code": "ZZZZZZ", "nickname": "Ana"})
    assert response.status_code == 404
    assert counts() == before
    LiveSession.objects.filter(pk=session.pk).update(created_at=timezone.now() - timedelta(hours=13))
    before = counts()
    assert join(client, session).status_code == 410
    assert counts() == before
    LiveSession.objects.filter(pk=session.pk).update(created_at=timezone.now(), state="finished")
    before = counts()
    response = join(client, session)
    assert response.status_code == 410
    assert counts() == before


def test_join_errors_are_in_the_participants_language(client, session):
    response = client.post(url("live_join", language="es"), {"code": "ZZZZZZ", "nickname": "Ana"})
    assert response.status_code == 404
    assert "Ninguna sesión" in response.content.decode()
    response = client.post(url("live_join", language="ht"), {"code": session.code, "nickname": ""})
    assert response.status_code == 400
    assert 'lang="ht"' in response.content.decode()


def test_a_full_session_is_refused(client, session):
    LiveSession.objects.filter(pk=session.pk).update(max_participants=2)
    assert join(Client(), session, "A").status_code == 302
    assert join(Client(), session, "B").status_code == 302
    before = counts()
    response = join(client, session, "C")
    assert response.status_code == 409
    assert counts() == before


# Running the quiz.


def test_join_answer_close_reveal_next_finish(client, fac_client, live_quiz, live_questions):
    fac_client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    session = LiveSession.objects.get()
    join(client, session, "Ana")
    single, truefalse = live_questions

    assert control(fac_client, session, "open").status_code == 302
    session.refresh_from_db()
    assert (session.state, session.current_index, session.question_id) == ("open", 0, single["id"])
    html = client.get(url("live_phone", session.pk)).content.decode()
    assert "s: prompt?" in html and "s: choice 0" in html
    assert "right-answer" not in html  # nothing revealed before the reveal

    response = client.post(
        url("live_answer", session.pk, single["id"]), {"choice": right_choice_ids(single)[0]}, headers=HTMX
    )
    assert response.status_code == 200
    answer = LiveAnswer.objects.get()
    assert answer.is_correct and answer.response == right_choice_ids(single)
    session.refresh_from_db()
    assert session.answered_count == 1
    room = fac_client.get(url("live_room", session.pk)).content.decode()
    assert "1 réponse" in room or "1 answer" in room
    assert "live-chart" in room

    assert control(fac_client, session, "close").status_code == 302
    assert control(fac_client, session, "reveal").status_code == 302
    html = client.get(url("live_phone", session.pk)).content.decode()
    assert "verdict right" in html and "s: explanation" in html
    room = fac_client.get(url("live_room", session.pk)).content.decode()
    assert "✓" in room and "s: explanation" in room

    assert control(fac_client, session, "next").status_code == 302
    session.refresh_from_db()
    assert (session.state, session.current_index, session.answered_count) == ("open", 1, 0)
    client.post(url("live_answer", session.pk, truefalse["id"]), answer_data(truefalse, right=False))
    assert control(fac_client, session, "reveal").status_code == 302
    html = client.get(url("live_phone", session.pk)).content.decode()
    assert "verdict wrong" in html

    assert control(fac_client, session, "next").status_code == 200  # the last question: next asks first
    session.refresh_from_db()
    assert session.state == "revealed"
    response = fac_client.post(
        url("live_control", session.pk, "next"), {"version": session.version, "confirm": "yes"}
    )
    session.refresh_from_db()
    assert session.state == "finished" and session.finished_at is not None
    assert response["Location"] == url("live_summary", session.pk)
    results = LiveQuestionResult.objects.filter(session=session)
    assert list(results.values_list("position", "answered", "correct")) == [(1, 1, 1), (2, 1, 0)]


def test_two_next_clicks_at_once_advance_once(fac_client, live_quiz):
    fac_client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    session = LiveSession.objects.get()
    control(fac_client, session, "open")
    control(fac_client, session, "reveal")
    session.refresh_from_db()
    seen = session.version
    first = control(fac_client, session, "next", version=seen)
    second = control(fac_client, session, "next", version=seen)
    assert (first.status_code, second.status_code) == (302, 409)
    session.refresh_from_db()
    assert session.current_index == 1 and session.version == seen + 1


def test_an_action_that_does_not_fit_the_state_is_refused(fac_client, live_quiz):
    fac_client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    session = LiveSession.objects.get()
    before = counts()
    assert control(fac_client, session, "reveal").status_code == 409
    assert control(fac_client, session, "explode").status_code == 404
    assert counts() == before


def test_participant_and_other_facilitator_cannot_act_on_a_session(client, session):
    join(client, session, "Ana")
    before = counts()
    for action in ("open", "finish"):
        assert control(client, session, action).status_code == 403
    assert client.get(url("live_room", session.pk)).status_code == 403
    assert client.get(url("live_summary", session.pk)).status_code == 403
    other = facilitator("other")
    client.force_login(other)
    response = control(client, session, "open")
    assert response.status_code == 403
    assert "un autre" in response.content.decode() or "another" in response.content.decode()
    assert client.get(url("live_summary_csv", session.pk)).status_code == 403
    assert client.get(url("live_summary_xlsx", session.pk)).status_code == 403
    assert client.get(url("live_summary_pdf", session.pk)).status_code == 403
    assert counts() == before


def test_second_answer_and_answer_after_closing_are_refused(client, session, live_quiz, live_questions):
    single = live_questions[0]
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    answer_url = url("live_answer", session.pk, single["id"])
    assert client.post(answer_url, {"choice": wrong_choice_ids(single)[0]}).status_code == 302
    before = counts()
    response = client.post(answer_url, {"choice": right_choice_ids(single)[0]}, headers=HTMX)
    assert response.status_code == 409
    assert counts() == before
    assert LiveAnswer.objects.get().is_correct is False

    late = Client()
    join(late, session, "Late")
    advance(session, "close", live_quiz)
    before = counts()
    response = late.post(answer_url, {"choice": right_choice_ids(single)[0]}, headers=HTMX)
    assert response.status_code == 409
    assert counts() == before
    # Without JavaScript: back to the phone's page, which says why (test_live_phones).
    response = late.post(answer_url, {"choice": right_choice_ids(single)[0]})
    assert response.status_code == 302 and response["Location"] == url("live_phone", session.pk)
    assert counts() == before


def test_bad_answers_are_refused(client, session, live_quiz, live_questions):
    single, truefalse = live_questions
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    before = counts()
    bad, other = url("live_answer", session.pk, single["id"]), url("live_answer", session.pk, truefalse["id"])
    assert client.post(bad, {"choice": "nope"}, headers=HTMX).status_code == 400
    assert client.post(other, {"answer": "true"}, headers=HTMX).status_code == 409
    # Without JavaScript: back to the phone's page, which says why (test_live_phones).
    assert client.post(bad, {"choice": "nope"}).status_code == 302
    assert client.post(other, {"answer": "true"}).status_code == 302
    stranger = Client().post(url("live_answer", session.pk, single["id"]), answer_data(single))
    assert stranger.status_code == 403
    assert counts() == before


# Polling.


def test_idle_polls_get_304_and_change_gets_200(client, fac_client, live_quiz, live_questions):
    fac_client.post(url("live_start", live_quiz.pk), {"language": "fr"})
    session = LiveSession.objects.get()
    join(client, session, "Ana")
    phone_url = url("live_phone", session.pk)
    first = client.get(phone_url, headers=HTMX)
    etag = first["ETag"]
    assert first.status_code == 200 and 'id="live-phone"' in first.content.decode()
    assert "<html" not in first.content.decode()
    idle = client.get(phone_url, headers={**HTMX, "If-None-Match": etag})
    assert idle.status_code == 304 and idle.content == b""
    control(fac_client, session, "open")
    changed = client.get(phone_url, headers={**HTMX, "If-None-Match": etag})
    assert changed.status_code == 200 and "s: prompt?" in changed.content.decode()

    room_url = url("live_room", session.pk)
    screen = fac_client.get(room_url, headers=HTMX)
    assert fac_client.get(room_url, headers={**HTMX, "If-None-Match": screen["ETag"]}).status_code == 304
    client.post(url("live_answer", session.pk, live_questions[0]["id"]), answer_data(live_questions[0]))
    after = fac_client.get(room_url, headers={**HTMX, "If-None-Match": screen["ETag"]})
    assert after.status_code == 200 and after["ETag"] != screen["ETag"]


def test_the_open_question_is_drawn_once_for_every_phone_in_one_order(
    client, session, live_quiz, django_assert_num_queries, monkeypatch
):
    from django.db import connection  # noqa: PLC0415
    from django.test.utils import CaptureQueriesContext  # noqa: PLC0415

    quiz = live_quiz.specific
    quiz.shuffle_choices = True
    quiz.save_revision().publish()
    phones = [Client() for _ in range(3)]
    for number, phone in enumerate(phones):
        join(phone, session, f"P{number}")
    advance(session, "open", live_quiz)
    phone_url = url("live_phone", session.pk)
    first = phones[0].get(phone_url, headers=HTMX).content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = phones[1].get(phone_url, headers=HTMX).content.decode()
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]
    assert len(queries) == 5  # live session, Django session, answered?, participant, answer
    fields = first[first.index("<legend") : first.index("</fieldset>")]
    assert fields == second[second.index("<legend") : second.index("</fieldset>")]
    # The page around the fields is the phone's own.
    assert f"<bdi>P1</bdi> · session {session.code}" in second
    assert f"<bdi>P0</bdi> · session {session.code}" not in second
    etag = phones[2].get(phone_url, headers=HTMX)["ETag"]
    monkeypatch.setattr(polling, "STATE_SECONDS", 300)  # a slow machine's two polls are a second apart
    with django_assert_num_queries(1):  # the first idle poll: the session's poll state, kept a second
        assert phones[2].get(phone_url, headers={**HTMX, "If-None-Match": etag}).status_code == 304
    with django_assert_num_queries(0):  # an idle poll: from the cache (quizzes.live.polling)
        assert phones[2].get(phone_url, headers={**HTMX, "If-None-Match": etag}).status_code == 304
    advance(session, "close", live_quiz)
    advance(session, "next", live_quiz)
    assert "tf: prompt?" in phones[0].get(phone_url, headers=HTMX).content.decode()


def test_a_phone_that_comes_back_keeps_its_answer(client, session, live_quiz, live_questions):
    single = live_questions[0]
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    client.post(url("live_answer", session.pk, single["id"]), {"choice": wrong_choice_ids(single)[0]})
    advance(session, "close", live_quiz)
    advance(session, "reveal", live_quiz)
    html = client.get(url("live_phone", session.pk, language="en")).content.decode()
    assert "verdict wrong" in html
    wrong = wrong_choice_ids(single)[0]
    assert f'value="{wrong}" id="choice-{wrong}" checked' in html


# Results.


def answered_session(session, quiz, questions, rights):
    """Participants answering the first question: `rights` says who answers it right."""
    advance(session, "open", quiz)
    for number, right in enumerate(rights):
        phone = Client()
        join(phone, session, f"P{number}")
        phone.post(url("live_answer", session.pk, questions[0]["id"]), answer_data(questions[0], right=right))
    advance(session, "reveal", quiz)
    advance(session, "next", quiz)
    advance(session, "close", quiz)
    advance(session, "next", quiz)
    session.refresh_from_db()
    return session


def test_summary_and_csv(client, session, live_quiz, live_questions):
    answered_session(session, live_quiz, live_questions, [True, False, False])
    client.force_login(session.facilitator)
    html = client.get(url("live_summary", session.pk, language="en")).content.decode()
    assert "3 participants" in html
    assert "33%" in html
    assert "s: choice 0 (2)" in html  # the most chosen wrong answer
    assert "Questions worth discussing" in html
    rows = csv_rows(client.get(url("live_summary_csv", session.pk, language="en")))
    assert rows[0][:5] == ["Question", "Prompt", "Answers", "Right answers", "Share right, in percent"]
    assert rows[1][:6] == ["1", "s: prompt?", "3", "1", "33", "s: choice 0 (2)"]
    assert rows[2][:5] == ["2", "tf: prompt?", "0", "0", "0"]
    xlsx = [
        [cell.value for cell in row] for row in xlsx_cells(client.get(url("live_summary_xlsx", session.pk)))
    ]
    assert xlsx[0][:2] == ["Question", "Énoncé"]
    assert xlsx[1][:6] == [1, "s: prompt?", 3, 1, 33, "s: choice 0 (2)"]
    assert ["Participants", 3, None, None, None, None, None] in xlsx
    pdf = client.get(url("live_summary_pdf", session.pk, language="en"))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert len(summary_document(None, session).pages) == 1
    mine = client.get(url("live_mine", language="en")).content.decode()
    assert session.code in mine and url("live_summary", session.pk, language="en") in mine


def test_the_summary_downloads_keep_what_looks_like_a_formula_as_text(client, home, course_tree):
    """Issue 20, finding 2: a prompt and a choice that start like formulas are quoted in the CSV and text
    in the XLSX; numbers stay numbers. The summary page offers both downloads."""
    formula = '=HYPERLINK("http://127.0.0.1:9/x","click")'
    question = single_choice(name="s", correct=1, prompt=formula)
    question["value"]["choices"][0]["value"]["text"] = "-1"
    questions = [question, true_false(name="tf")]
    quiz = make_quiz(course_tree["module"], questions=questions, slug="quiz-formule")
    session = answered_session(
        rules.start_session(quiz, facilitator("owner"), "fr"), quiz, questions, [False]
    )
    client.force_login(session.facilitator)
    before = counts()

    rows = csv_rows(client.get(url("live_summary_csv", session.pk)))
    assert rows[1][:6] == ["1", "'" + formula, "1", "0", "0", "'-1 (1)"]
    cells = xlsx_cells(client.get(url("live_summary_xlsx", session.pk)))
    assert [(cell.value, cell.data_type) for cell in cells[1][:6]] == [
        (1, "n"), (formula, "s"), (1, "n"), (0, "n"), (0, "n"), ("-1 (1)", "s")
    ]  # fmt: skip
    links = parse(client.get(url("live_summary", session.pk))).select("a[download]")
    names = ["live_summary_csv", "live_summary_xlsx", "live_summary_pdf"]
    assert [link["href"] for link in links] == [url(name, session.pk) for name in names]
    assert counts() == before


def test_purge_deletes_nicknames_and_answers_and_keeps_the_counts(client, session, live_quiz, live_questions):
    answered_session(session, live_quiz, live_questions, [True, False])
    fresh = rules.start_session(live_quiz, session.facilitator, "fr")
    join(client, fresh, "Stays")
    LiveSession.objects.filter(pk=session.pk).update(created_at=timezone.now() - timedelta(days=31))
    call_command("purge_live_sessions", stdout=io.StringIO())
    session.refresh_from_db()
    assert session.purged_at is not None
    assert not LiveParticipant.objects.filter(session=session).exists()
    assert not LiveAnswer.objects.filter(participant__session=session).exists()
    assert LiveParticipant.objects.filter(session=fresh).count() == 1
    result = LiveQuestionResult.objects.get(session=session, position=1)
    assert (result.answered, result.correct) == (2, 1)
    client.force_login(session.facilitator)
    html = client.get(url("live_summary", session.pk, language="en")).content.decode()
    assert "50%" in html and "only the counts remain" in html


def test_purge_finishes_an_old_unfinished_session_first(client, session, live_quiz, live_questions):
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    client.post(url("live_answer", session.pk, live_questions[0]["id"]), answer_data(live_questions[0]))
    LiveSession.objects.filter(pk=session.pk).update(created_at=timezone.now() - timedelta(days=31))
    assert rules.purge_old_sessions() == 1
    session.refresh_from_db()
    assert session.state == "finished" and LiveParticipant.objects.count() == 0
    assert LiveQuestionResult.objects.get(session=session, position=1).correct == 1


def test_a_stranger_on_a_phone_page_is_sent_to_the_join_form_without_the_code(client, session):
    response = client.get(url("live_phone", session.pk))
    assert response.status_code == 302 and response["Location"] == url("live_join")
    assert session.code not in response["Location"]


def test_a_signed_in_learner_may_count_the_session_toward_their_progress(
    client, session, live_quiz, live_questions
):
    from learning.models import Learner
    from quizzes.models import QuizAttempt

    learner_user = User.objects.create_user(username="learner", password="pw-long-enough-1")
    client.force_login(learner_user)
    assert "join-progress" in client.get(url("live_join"), {"code": session.code}).content.decode()
    join(client, session, "Ana", progress="on")
    other = Client()
    join(other, session, "Ben")
    advance(session, "open", live_quiz)
    for phone in (client, other):
        phone.post(url("live_answer", session.pk, live_questions[0]["id"]), answer_data(live_questions[0]))
    advance(session, "reveal", live_quiz)
    advance(session, "next", live_quiz)
    advance(session, "finish", live_quiz)
    attempt = QuizAttempt.objects.get()
    assert attempt.learner == Learner.objects.get(user=learner_user)
    assert (attempt.quiz_key, attempt.score, attempt.finished_at is not None) == (
        live_quiz.translation_key,
        50,
        True,
    )
    assert list(attempt.answers.values_list("question_id", "is_correct")) == [(live_questions[0]["id"], True)]


# Rankings: none by default, by nickname, or by team.


def start(client, quiz, **data):
    return client.post(url("live_start", quiz.pk), {"language": "fr", **data})


def test_a_ranking_by_team_needs_two_to_twelve_distinct_short_names(fac_client, live_quiz):
    for teams in [
        "",
        "Textile",
        "Textile\n textile ",
        "\n".join(f"T{n}" for n in range(13)),
        "x" * 41 + "\nB",
    ]:
        before = counts()
        response = start(fac_client, live_quiz, ranking="team", teams=teams)
        assert response.status_code == 400, teams
        assert counts() == before
        html = response.content.decode()  # the form comes back with what was chosen, and the message
        assert 'value="team" id="live-ranking-team" aria-describedby="live-teams-hint" checked' in html
        assert f'aria-describedby="live-teams-hint">{teams}</textarea>' in html
        assert 'role="alert"' in html
    assert start(fac_client, live_quiz, ranking="podium").status_code == 400
    assert LiveSession.objects.count() == 0
    response = start(fac_client, live_quiz, ranking="team", teams="Textile\n\n  Ports  \ntextile\nSanté")
    assert response.status_code == 302
    session = LiveSession.objects.get()
    assert session.ranking == "team" and session.teams == ["Textile", "Ports", "Santé"]


def test_team_names_with_hidden_characters_are_refused_and_fullwidth_ones_normalised(fac_client, live_quiz):
    for teams in ["Textile\nPo\u200brts", "\u202eelitxeT\nPorts", "Textile\nPorts\x1b[31m"]:
        before = counts()
        response = start(fac_client, live_quiz, ranking="team", teams=teams)
        assert response.status_code == 400, repr(teams)
        assert "invisibles ou de contrôle" in response.content.decode()
        assert counts() == before
    assert start(fac_client, live_quiz, ranking="team", teams="Ｔｅｘｔｉｌｅ\nPorts").status_code == 302
    assert LiveSession.objects.get().teams == ["Textile", "Ports"]


def test_the_join_form_asks_for_the_team_once_the_code_is_known(client, live_quiz, home):
    session = rules.start_session(
        live_quiz, facilitator("owner"), "fr", ranking="team", teams=["Rouge", "Vert"]
    )
    assert 'name="team"' not in client.get(url("live_join")).content.decode()
    from_qr = client.get(url("live_join") + f"?code={session.code}").content.decode()
    assert 'name="team" value="Rouge"' in from_qr and 'name="team" value="Vert"' in from_qr
    before = counts()
    for team in ["", "Bleu"]:
        response = join(client, session, "Ana", team=team)
        assert response.status_code == 400
        assert "Choisissez votre équipe dans la liste." in response.content.decode()
        assert 'name="team" value="Rouge"' in response.content.decode()
        assert 'value="Ana"' in response.content.decode()  # the nickname typed is kept
    assert counts() == before
    assert join(client, session, "Ana", team="Vert").status_code == 302
    participant = LiveParticipant.objects.get()
    assert participant.team == "Vert"
    assert "équipe <bdi>Vert</bdi>" in client.get(url("live_phone", session.pk)).content.decode()


def test_a_team_field_is_ignored_in_a_session_without_teams(client, session):
    assert join(client, session, "Ana", team="Rouge").status_code == 302
    assert LiveParticipant.objects.get().team == ""


def test_teams_are_ranked_by_right_answers_per_member(client, live_quiz, live_questions, home):
    owner = facilitator("owner")
    session = rules.start_session(live_quiz, owner, "fr", ranking="team", teams=["Grande", "Petite", "Vide"])
    advance(session, "open", live_quiz)
    # Grande: 3 members, 2 right (0.7 per member on average); Petite: 1 member, 1 right (1.0); Vide: nobody.
    for number, (team, right) in enumerate(
        [("Grande", True), ("Grande", True), ("Grande", False), ("Petite", True)]
    ):
        phone = Client()
        join(phone, session, f"P{number}", team=team)
        question = live_questions[0]
        phone.post(url("live_answer", session.pk, question["id"]), answer_data(question, right=right))
    ranks = rules.ranking(session)
    assert [(r.name, r.right, r.members, r.per_member) for r in ranks] == [
        ("Petite", 1, 1, 1.0),
        ("Grande", 2, 3, pytest.approx(2 / 3)),
        ("Vide", 0, 0, None),
    ]
    for action in ["reveal", "next", "close", "next"]:
        advance(session, action, live_quiz)
    client.force_login(owner)
    response = client.get(url("live_summary", session.pk, language="en"))
    html = response.content.decode()
    first = parse(response).select_one(".live-ranking-teams tbody tr")
    assert [text_of(cell) for cell in first.select("th, td")] == ["1", "Petite", "1", "1", "1.0"]
    assert html.index("Petite</bdi>") < html.index("Grande</bdi>") < html.index("Vide</bdi>")


def test_no_ranking_by_default_and_a_ranking_by_nickname_on_request(client, live_quiz, live_questions, home):
    owner = facilitator("owner")
    plain = answered_session(
        rules.start_session(live_quiz, owner, "fr"), live_quiz, live_questions, [True, False]
    )
    ranked = rules.start_session(live_quiz, owner, "fr", ranking="nickname")
    answered_session(ranked, live_quiz, live_questions, [False, True])
    client.force_login(owner)
    assert (
        "live-ranking-list" not in client.get(url("live_summary", plain.pk, language="en")).content.decode()
    )
    html = client.get(url("live_summary", ranked.pk, language="en")).content.decode()
    assert "<bdi>P1</bdi>: 1 right answer" in html and "<bdi>P0</bdi>: 0 right answers" in html
    assert html.index("P1</bdi>:") < html.index("P0</bdi>:")


# Nicknames (issue 20, finding 7): normalised, no control or format characters, unique whatever the case,
# isolated in the markup, refused (never cut) beyond the limit.


@pytest.mark.parametrize(
    "nickname",
    [
        "Al\u200bice",  # a zero-width space: "Alice" to the eye
        "\u202e01 :KO",  # a right-to-left override: reverses the rest of the line
        "Ali\x1bce",  # ESC
        "A\u2028lice",  # a line separator
        "Ali\ue000ce",  # a private-use character
    ],
)
def test_a_nickname_with_a_control_or_format_character_is_refused(client, session, nickname):
    before = counts()

    response = join(client, session, nickname)

    assert response.status_code == 400
    assert message("Remove the invisible or control characters from your nickname.") in text_of(response)
    assert counts() == before


def test_a_nickname_taken_in_another_case_or_form_is_refused(client, session):
    assert join(Client(), session, "Alice").status_code == 302
    for nickname in ["alice", "ALICE", "\uff21lice"]:  # the last: a fullwidth A, which NFKC makes "A"
        before = counts()

        response = join(Client(), session, nickname)

        assert response.status_code == 409
        assert message("Someone in the session already has this nickname: choose another one.") in text_of(
            response
        )
        assert counts() == before


def test_a_nickname_is_stored_normalised():
    assert rules.clean_nickname("  \uff21na\u00a0 Maria ") == "Ana Maria"
    assert rules.clean_nickname("Ame\u0301lie") == "Am\u00e9lie"


def test_a_nickname_beyond_the_limit_is_refused_and_the_form_says_the_limit(client, session):
    form = client.get(url("live_join", language="en"), {"code": session.code}).content.decode()
    assert 'maxlength="30"' not in form  # a browser would cut it silently
    assert "30 characters at most" in form
    before = counts()

    response = client.post(url("live_join", language="en"), {"code": session.code, "nickname": "N" * 31})

    assert response.status_code == 400
    assert "Your nickname is too long: 30 characters at most." in response.content.decode()
    assert counts() == before


def test_every_nickname_shown_is_isolated_from_the_text_around_it(client, live_quiz, live_questions, home):
    session = rules.start_session(live_quiz, facilitator("owner"), "fr", ranking="nickname")
    join(client, session, "\u05e9\u05dc\u05d5\u05dd")  # Hebrew: right to left
    phone = client.get(url("live_phone", session.pk)).content.decode()
    assert "<bdi>\u05e9\u05dc\u05d5\u05dd</bdi>" in phone
    advance(session, "finish", live_quiz)
    owner = Client()
    owner.force_login(session.facilitator)
    summary = owner.get(url("live_summary", session.pk)).content.decode()
    assert "<bdi>\u05e9\u05dc\u05d5\u05dd</bdi>" in summary


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_the_phone_page_and_its_poll_are_private(client, session):
    """The phone's page names the participant: no shared cache may keep it (issue 20, finding 9)."""
    join(client, session, "Ana")

    page = client.get(url("live_phone", session.pk))
    poll = client.get(url("live_phone", session.pk), headers=HTMX)
    idle = client.get(url("live_phone", session.pk), headers={**HTMX, "If-None-Match": poll["ETag"]})

    assert (page.status_code, poll.status_code, idle.status_code) == (200, 200, 304)
    for response in (page, poll, idle):
        assert {"private", "no-cache"} <= cache_control(response)
