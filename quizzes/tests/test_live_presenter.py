"""The facilitator's presenter screen (issue 22): no site chrome, keyboard shortcuts on its buttons, a
remote for a second device, ending only after a confirmation, and charts that name the right answer."""

import pytest
from django.urls import reverse
from django.utils import translation

from quizzes.live import charts, rules
from quizzes.models import LiveAnswer, LiveParticipant, LiveSession
from tests.helpers import HTMX, facilitator, make_quiz, message, parse, single_choice, text_of, true_false

LONG_CHOICE = (
    "Une réponse très longue qui ne tient pas sur une seule ligne du graphique de la salle, loin de là"
)


def url(name, *args, language="fr"):
    with translation.override(language):
        return reverse(name, args=args)


def long_single_choice():
    """A single choice whose first (wrong) choice is longer than a line of the chart."""
    question = single_choice(name="s", correct=1)
    question["value"]["choices"][0]["value"]["text"] = LONG_CHOICE
    return question


@pytest.fixture
def quiz(course_tree):
    return make_quiz(course_tree["module"], questions=[long_single_choice(), true_false(name="tf")])


@pytest.fixture
def owner(client, home):
    user = facilitator()
    client.force_login(user)
    return user


@pytest.fixture
def session(quiz, owner):
    return rules.start_session(quiz, owner, "fr")


def rows():
    """What a refused or unconfirmed action must leave unchanged."""
    return (
        list(LiveSession.objects.order_by("pk").values_list()),
        list(LiveParticipant.objects.order_by("pk").values_list()),
        list(LiveAnswer.objects.order_by("pk").values_list()),
    )


def post(client, session, action, **data):
    session.refresh_from_db()
    return client.post(url("live_control", session.pk, action), {"version": session.version, **data})


# Ending asks for a confirmation.


def test_finish_without_confirmation_changes_nothing_and_asks(client, session):
    post(client, session, "open")
    before = rows()
    response = post(client, session, "finish")
    assert response.status_code == 200
    assert rows() == before
    page = parse(response)
    form = page.select_one("form.live-confirm-finish")
    assert form is not None and form.select_one("input[name=confirm]")["value"] == "yes"
    assert message("Finish the session for everyone?") in text_of(page)
    assert page.select_one("a.live-keep-going")["href"] == url("live_room", session.pk)

    response = post(client, session, "finish", confirm="yes")
    session.refresh_from_db()
    assert response.status_code == 302 and session.state == "finished"


def test_next_on_the_last_question_also_asks_before_finishing(client, session):
    for action in ("open", "close", "next", "close"):  # to the second (last) question, closed
        assert post(client, session, action).status_code == 302
    before = rows()
    response = post(client, session, "next")
    assert response.status_code == 200 and rows() == before
    assert parse(response).select_one("form.live-confirm-finish") is not None


def test_a_confirmed_finish_from_a_stale_screen_is_still_refused(client, session):
    session.refresh_from_db()
    stale = session.version
    post(client, session, "open")
    before = rows()
    response = client.post(url("live_control", session.pk, "finish"), {"version": stale, "confirm": "yes"})
    assert response.status_code == 409 and rows() == before


def test_finish_is_apart_from_next_and_the_buttons_carry_their_shortcuts(client, session):
    post(client, session, "open")
    post(client, session, "close")
    page = parse(client.get(url("live_room", session.pk)))
    main = page.select_one(".live-controls-main")
    assert main.select_one("button[value=next]")["data-keys"] == "N ArrowRight"
    assert main.select_one("button[value=reveal] kbd").get_text() == "R"
    assert main.select_one("button[value=finish]") is None
    finish = page.select_one(".live-controls-end button[value=finish]")
    assert "live-finish" in finish["class"]


# The presenter screen.


def test_the_room_is_drawn_without_the_site_chrome(client, session):
    page = parse(client.get(url("live_room", session.pk)))
    assert page.select_one(".site-header") is None and page.select_one(".site-footer") is None
    assert page.select_one("form.site-search") is None
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert page.select_one("html")["lang"] == "fr"
    assert page.select_one("script[src$='js/presenter.js']") is not None
    assert page.select_one("#live-code").get_text() == session.code


def test_the_code_moves_to_a_corner_once_questions_start(client, session):
    assert parse(client.get(url("live_room", session.pk))).select_one(".live-lobby #live-code")
    post(client, session, "open")
    page = parse(client.get(url("live_room", session.pk)))
    assert page.select_one(".live-lobby") is None
    assert page.select_one(".live-corner #live-code").get_text() == session.code


# The remote.


def test_the_remote_shows_the_state_and_the_controls(client, session):
    post(client, session, "open")
    response = client.get(url("live_remote", session.pk))
    assert response.status_code == 200
    page = parse(response)
    assert page.select_one(".site-header") is None
    assert page.select_one("button[value=close]") is not None
    assert page.select_one("input[name=screen]")["value"] == "remote"
    assert page.select_one("#live-chart") is None  # the projector shows the chart, not the remote
    assert client.get(url("live_remote", session.pk), headers=HTMX).status_code == 200


def test_an_action_from_the_remote_returns_to_the_remote(client, session):
    response = post(client, session, "open", screen="remote")
    assert response.status_code == 302 and response["Location"] == url("live_remote", session.pk)
    response = post(client, session, "finish", screen="remote")
    assert parse(response).select_one("a.live-keep-going")["href"] == url("live_remote", session.pk)


def test_the_remote_is_refused_to_anyone_but_the_facilitator(client, session):
    before = rows()
    client.force_login(facilitator("other"))
    response = client.get(url("live_remote", session.pk))
    assert response.status_code == 403
    assert message("This session belongs to another facilitator.") in text_of(parse(response))
    client.logout()
    assert client.get(url("live_remote", session.pk)).status_code == 403
    assert rows() == before


# The chart.


def test_the_chart_names_the_right_answer_in_words_and_keeps_whole_labels(quiz):
    result = rules.question_result(1, quiz.questions[0], {}, 0, 0)
    hidden, shown = str(charts.bar_chart(result)), str(charts.bar_chart(result, reveal=True))
    right = message("Right answer")
    assert right not in hidden and "live-right" not in hidden
    svg = parse_svg(shown)
    marked = svg.select(".live-right")
    assert len(marked) == 1 and right in text_of(marked[0])
    assert marked[0].select_one("rect[fill^='url(#']") is not None  # a pattern, not only a colour
    drawn = " ".join(text_of(bar) for bar in svg.select(".live-bar"))
    assert "…" not in shown and drawn.count(LONG_CHOICE) == 1
    assert "style=" not in shown


def parse_svg(markup):
    from bs4 import BeautifulSoup  # noqa: PLC0415

    return BeautifulSoup(markup, "html.parser")
