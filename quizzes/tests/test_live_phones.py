"""The participants' phones in a live session (issue 22, items 4 to 6): "your answer" stays neutral until
the reveal; a phone without JavaScript always knows where the session is (its page refreshes itself, a
late answer lands on the session's current state with the reason, never on a 405); the team list shows
on the join form's first display."""

import pytest
from django.test import Client

from quizzes.live import rules
from quizzes.models import LiveParticipant
from quizzes.tests.test_live import advance, counts, join, url
from tests.helpers import (
    HTMX,
    answer_data,
    facilitator,
    message,
    parse,
    text_of,
    wrong_choice_ids,
)


@pytest.fixture
def session(live_quiz, home):
    return rules.start_session(live_quiz, facilitator("owner"), "fr")


def phone_page(client, session, **headers):
    return parse(client.get(url("live_phone", session.pk), headers=headers))


def chosen_items(page):
    return page.select("li.chosen")


# Item 4: "your answer" is neutral until the reveal.


def test_your_answer_is_neutral_until_the_reveal_then_right_or_wrong(
    client, session, live_quiz, live_questions
):
    single, truefalse = live_questions
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    client.post(url("live_answer", session.pk, single["id"]), {"choice": wrong_choice_ids(single)[0]})
    for state in ("open", "closed"):
        if state == "closed":
            advance(session, "close", live_quiz)
        for headers in ({}, HTMX):
            page = phone_page(client, session, **headers)
            [mine] = chosen_items(page)
            assert "wrong-choice" not in mine["class"], state
            assert not page.select(".wrong-choice, .right-answer"), state
    advance(session, "reveal", live_quiz)
    [mine] = chosen_items(phone_page(client, session))
    assert "wrong-choice" in mine["class"]

    # A true/false answer does not give the right answer away by its colour before the reveal either.
    advance(session, "next", live_quiz)
    client.post(url("live_answer", session.pk, truefalse["id"]), answer_data(truefalse, right=False))
    page = phone_page(client, session)
    [mine] = chosen_items(page)
    assert "wrong-choice" not in mine["class"] and not page.select(".wrong-choice, .right-answer")
    advance(session, "reveal", live_quiz)
    [mine] = chosen_items(phone_page(client, session))
    assert "wrong-choice" in mine["class"]


# Item 5: a phone without JavaScript always knows where the session is.


def refresh_target(page):
    """Where the page's no-JavaScript refresh leads, or None if it has none."""
    for noscript in page.select("noscript"):
        meta = noscript.find("meta", attrs={"http-equiv": "refresh"})
        if meta is None:  # html.parser keeps a noscript's content as text
            meta = parse_fragment(noscript.decode_contents()).find("meta", attrs={"http-equiv": "refresh"})
        if meta is not None:
            return meta["content"].split("url=", 1)[1] if "url=" in meta["content"] else ""
    return None


def parse_fragment(html):
    from bs4 import BeautifulSoup  # noqa: PLC0415

    return BeautifulSoup(html, "html.parser")


def test_a_late_answer_without_javascript_lands_on_the_phone_with_the_reason(
    client, session, live_quiz, live_questions
):
    single = live_questions[0]
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    advance(session, "close", live_quiz)
    phone_url = url("live_phone", session.pk)
    before = counts()
    response = client.post(url("live_answer", session.pk, single["id"]), answer_data(single))
    assert response.status_code in (302, 303) and response["Location"] == phone_url
    assert counts() == before
    page = parse(client.get(phone_url))
    text = text_of(page)
    assert message("Answering is closed for this question.") in text
    assert message("This answer was not counted.") in text
    assert "Envoyer ma réponse" not in text
    assert message("Refresh") in text
    # The message is said once: the next refresh shows the session as it is.
    assert message("This answer was not counted.") not in text_of(parse(client.get(phone_url)))

    # The facilitator has moved on: the phone that answered the old question is told so, on the new one.
    advance(session, "next", live_quiz)
    before = counts()
    response = client.post(url("live_answer", session.pk, single["id"]), answer_data(single))
    assert response.status_code in (302, 303) and response["Location"] == phone_url
    assert counts() == before
    text = text_of(parse(client.get(phone_url)))
    assert message("This is not the question on the screen now.") in text and "tf: prompt?" in text

    # After the end: the session is over, with the reason, and no answer button.
    advance(session, "finish", live_quiz)
    before = counts()
    response = client.post(
        url("live_answer", session.pk, live_questions[1]["id"]), answer_data(live_questions[1])
    )
    assert response.status_code in (302, 303) and response["Location"] == phone_url
    assert counts() == before
    text = text_of(parse(client.get(phone_url)))
    assert message("The session is over.") in text and message("This answer was not counted.") in text
    assert "Envoyer ma réponse" not in text


def test_an_invalid_answer_without_javascript_comes_back_to_the_phone_with_the_reason(
    client, session, live_quiz, live_questions
):
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    before = counts()
    response = client.post(url("live_answer", session.pk, live_questions[0]["id"]), {})
    assert response.status_code in (302, 303) and response["Location"] == url("live_phone", session.pk)
    assert counts() == before
    page = parse(client.get(response["Location"]))
    assert message("This answer was not counted.") in text_of(page)
    assert page.select(".live-answer button[type=submit]")  # the question is still open: answer again


def test_a_get_on_the_answer_address_leads_to_the_phone_page(client, session, live_quiz, live_questions):
    answer_url = url("live_answer", session.pk, live_questions[0]["id"])
    join(client, session, "Ana")
    advance(session, "open", live_quiz)
    before = counts()
    response = client.get(answer_url)
    assert response.status_code in (302, 303) and response["Location"] == url("live_phone", session.pk)
    stranger = Client().get(answer_url)
    assert stranger.status_code in (302, 303) and stranger["Location"] == url("live_phone", session.pk)
    assert counts() == before


def test_the_no_js_page_refreshes_while_waiting_and_while_a_question_is_open_and_stops_at_the_end(
    client, session, live_quiz, live_questions
):
    phone_url = url("live_phone", session.pk)
    join(client, session, "Ana")
    assert refresh_target(phone_page(client, session)) == phone_url  # the lobby
    advance(session, "open", live_quiz)
    page = phone_page(client, session)
    assert page.select(".live-answer button[type=submit]")
    assert refresh_target(page) == phone_url  # an unanswered open question follows the facilitator
    client.post(url("live_answer", session.pk, live_questions[0]["id"]), answer_data(live_questions[0]))
    assert refresh_target(phone_page(client, session)) == phone_url  # answered: waiting for the reveal
    advance(session, "close", live_quiz)
    advance(session, "reveal", live_quiz)
    assert refresh_target(phone_page(client, session)) == phone_url
    advance(session, "finish", live_quiz)
    page = phone_page(client, session)
    assert refresh_target(page) is None
    assert message("The session is over.") in text_of(page)
    assert not page.select("form.live-answer") and "Envoyer ma réponse" not in text_of(page)
    # With JavaScript too: the finished phone says so and stops polling.
    fragment = phone_page(client, session, **HTMX)
    assert message("The session is over.") in text_of(fragment)
    assert not fragment.select("[data-hx-get]")


# Item 6: the team list from the join form's first display.


def test_the_join_form_shows_the_team_list_from_its_first_display(client, live_quiz, home):
    session = rules.start_session(
        live_quiz, facilitator("owner"), "fr", ranking="team", teams=["Rouge", "Vert"]
    )
    first = parse(client.get(url("live_join")))
    # The code comes first, alone: no nickname can be sent before the session's team list is shown.
    assert first.select_one("#join-code") is not None
    assert first.select_one("#join-nickname") is None and first.select_one("[name=team]") is None
    form = first.select_one("#join-code").find_parent("form")
    assert form.get("method", "get").lower() == "get"
    # Sending the code shows the form with the team list at once, without an error.
    response = client.get(url("live_join"), {form.select_one("#join-code")["name"]: session.code})
    assert response.status_code == 200
    page = parse(response)
    assert [radio["value"] for radio in page.select("[name=team]")] == ["Rouge", "Vert"]
    assert page.select_one("#join-nickname") is not None and not page.select("[role=alert]")
    assert join(client, session, "Ana", team="Vert").status_code == 302
    assert LiveParticipant.objects.get().team == "Vert"


def test_a_wrong_code_on_the_first_step_says_so_and_changes_nothing(client, session):
    before = counts()
    response = client.get(url("live_join"), {"code": "ZZZZZZ"})
    assert response.status_code == 404
    page = parse(response)
    assert message("No session has this code. Check the code on the room's screen.") in text_of(page)
    assert page.select_one("#join-code")["value"] == "ZZZZZZ"
    assert counts() == before
