"""In Chromium, the facilitator's presenter screen (issue 22): at 1024x768 and 1920x1080 the question, the
counts, the chart and the controls are inside the viewport in every state; the keyboard shortcuts move the
session on, never while typing in a field; one click on "finish" does not finish; the remote on a 360 px
phone moves the projector's screen. Screenshots for the review under /tmp/review-shots/presenter/."""

from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from accounts.models import User
from learning.models import CourseIndexPage, CoursePage, ModulePage
from quizzes.live import rules
from quizzes.models import LiveSession
from tests.helpers import LIVE_SERVER_HOSTS, answer_data, make_quiz, publish_child, single_choice, true_false

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/review-shots/presenter")  # noqa: S108 - screenshots for the review, not a secret
SIZES = {"1024x768": (1024, 768), "1920x1080": (1920, 1080)}
LONG_CHOICE = "Une convention collective signée par le syndicat et l'employeur, valable pour toute la branche"


def presenter_quiz(home):
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    first = single_choice(
        name="s",
        correct=1,
        prompt="Quel texte fixe les salaires minimaux d'une branche professionnelle entière ?",
        explanation="La convention de branche s'applique à toutes les entreprises de la branche.",
    )
    first["value"]["choices"][1]["value"]["text"] = LONG_CHOICE
    return make_quiz(module, questions=[first, true_false(name="tf")]), first


def signed_in_context(browser, client, live_server, **options):
    context = browser.new_context(locale="fr-FR", **options)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context


def inside_viewport(page, selector):
    box = page.locator(selector).first.bounding_box()
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    assert box is not None, selector
    assert box["x"] >= 0 and box["y"] >= 0, (selector, box)
    assert box["x"] + box["width"] <= width + 0.5 and box["y"] + box["height"] <= height + 0.5, (
        selector,
        box,
    )


def everything_in_view(page, name, selectors):
    """At each size: every selector inside the viewport, no page scroll needed for them; a screenshot."""
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        for selector in selectors:
            inside_viewport(page, selector)
        page.screenshot(path=str(SHOTS / f"room-{name}-{size}.png"))
    page.set_viewport_size({"width": 1024, "height": 768})


def state():
    return LiveSession.objects.get().state


def test_the_presenter_screen_fits_a_projector_and_obeys_its_keyboard(home, browser, client, live_server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    quiz, first = presenter_quiz(home)
    user = User.objects.create_user(username="fac", password="pw-long-enough-1")
    user.groups.add(Group.objects.get(name="Facilitators"))
    client.force_login(user)

    requested, problems = [], []
    room_context = signed_in_context(browser, client, live_server, viewport={"width": 1024, "height": 768})
    remote_context = signed_in_context(
        browser, client, live_server, viewport={"width": 360, "height": 640}, has_touch=True
    )
    room, remote = room_context.new_page(), remote_context.new_page()
    for page in (room, remote):
        page.on("request", lambda request: requested.append(request.url))
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    try:
        run_the_presenter(live_server, quiz, first, room, remote)
    finally:
        room_context.close()
        remote_context.close()
    assert not [url for url in requested if urlparse(url).hostname not in LIVE_SERVER_HOSTS]
    assert not [text for text in problems if "Content Security Policy" in text], problems


def run_the_presenter(live_server, quiz, first, room, remote):
    room.goto(live_server.url + quiz.get_url())
    room.locator("#live-start").get_by_role("button").click()
    expect(room.locator(".live-lobby #live-code")).to_be_visible()
    assert room.locator(".site-header, .site-footer, form.site-search").count() == 0
    session = LiveSession.objects.get()
    people = [rules.join(session, name) for name in ("Ana", "Bea", "Cole", "Dédé")]
    expect(room.locator("#live-joined")).to_contain_text("4 participants", timeout=5000)
    everything_in_view(room, "lobby", ["#live-code", ".live-qr", "#live-joined", "#live-do-open"])
    expect(room.locator("#live-do-open")).to_have_attribute("aria-keyshortcuts", "N ArrowRight")

    # A shortcut typed in a field does nothing.
    room.evaluate(
        "() => { const field = document.createElement('input'); field.id = 'typing';"
        " document.body.prepend(field); }"
    )
    room.locator("#typing").press("n")
    assert state() == "lobby"
    room.evaluate("() => document.getElementById('typing').remove()")

    room.keyboard.press("n")
    expect(room.locator(".live-question")).to_contain_text("salaires minimaux", timeout=5000)
    assert state() == "open"
    expect(room.locator(".live-corner #live-code")).to_have_text(session.code)
    session.refresh_from_db()
    for person, right in zip(people, (True, True, False, True), strict=True):
        rules.record_answer(session, person, quiz, first["id"], answer_data(first, right=right))
    expect(room.locator("#live-answered")).to_contain_text("4 réponses", timeout=5000)
    question = [".live-question", "#live-answered", "#live-chart", ".live-controls"]
    everything_in_view(room, "open", [*question, "#live-do-close", "#live-do-reveal", "#live-do-finish"])

    room.keyboard.press("c")
    expect(room.locator(".live-number")).to_contain_text("Les réponses sont closes", timeout=5000)
    everything_in_view(room, "closed", [*question, "#live-do-reveal", "#live-do-next", "#live-do-finish"])

    room.keyboard.press("r")
    expect(room.locator("#live-chart .live-right")).to_contain_text("Bonne réponse", timeout=5000)
    expect(room.locator("#live-chart")).to_contain_text(LONG_CHOICE.split()[-1])
    everything_in_view(room, "revealed", [*question, "#live-do-next", "#live-do-finish"])

    # One click on "finish" does not finish: it asks, and "keep going" (Escape) goes back.
    room.locator("#live-do-finish").click()
    expect(room.get_by_role("heading", name="Terminer la session pour tout le monde ?")).to_be_visible()
    assert state() == "revealed"
    room.screenshot(path=str(SHOTS / "room-confirm-finish-1024x768.png"))
    room.keyboard.press("Escape")
    expect(room.locator("#live-do-next")).to_be_visible()
    assert state() == "revealed"

    # The remote, on the facilitator's phone, moves the projector's screen on.
    remote.goto(f"{live_server.url}/fr/quizzes/live/{session.pk}/remote/")
    expect(remote.locator("#live-remote-state")).to_contain_text("Question 1 sur 2")
    remote.screenshot(path=str(SHOTS / "remote-revealed-360.png"), full_page=True)
    remote.get_by_role("button", name="Question suivante").click()
    expect(remote.locator("#live-remote-state")).to_contain_text("Question 2 sur 2")
    expect(room.locator(".live-number")).to_contain_text("Question 2 sur 2", timeout=5000)
    remote.screenshot(path=str(SHOTS / "remote-open-360.png"), full_page=True)
    expect(room.locator("#live-do-next")).to_have_count(0)  # the last question: finishing is apart

    room.locator("#live-do-finish").click()
    room.get_by_role("button", name="Oui, terminer la session").click()
    expect(room).to_have_url(f"{live_server.url}/fr/quizzes/live/{session.pk}/summary/")
    assert state() == "finished"
    room.goto(f"{live_server.url}/fr/quizzes/live/{session.pk}/")
    everything_in_view(room, "finished", [".live-question", "#live-joined"])
    remote.reload()
    expect(remote.locator("#live-remote-state")).to_contain_text("La session est terminée")
    remote.screenshot(path=str(SHOTS / "remote-finished-360.png"), full_page=True)
