"""In Chromium, two browsers: a facilitator starts a live session from a quiz page; a participant opens
/join/ with the code, joins and answers on their phone; the facilitator's count and chart change without a
reload; the reveal reaches the participant without a reload. No request leaves our host, and the strict
Content-Security-Policy is never violated."""

import re
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from accounts.models import User
from learning.models import CourseIndexPage, CoursePage, ModulePage
from tests.helpers import make_quiz, publish_child, right_choice_ids, single_choice, true_false

pytestmark = pytest.mark.django_db(transaction=True)

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def watch(page, requested, problems):
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))


def test_participant_joins_and_answers_and_the_room_follows(home, browser, client, live_server):
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    single = single_choice(name="s", correct=1)
    quiz = make_quiz(module, questions=[single, true_false(name="tf")])
    user = User.objects.create_user(username="fac", password="pw-long-enough-1")
    user.groups.add(Group.objects.get(name="Facilitators"))
    client.force_login(user)

    requested, problems = [], []
    room_context = browser.new_context(locale="fr-FR")
    room_context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    room = room_context.new_page()
    phone_context = browser.new_context(locale="es-ES", viewport={"width": 360, "height": 640})
    phone = phone_context.new_page()
    watch(room, requested, problems)
    watch(phone, requested, problems)
    polls = []
    phone.on("response", lambda response: "/phone/" in response.url and polls.append(response.status))

    try:
        run_the_room(live_server, quiz, single, room, phone, polls)
    finally:
        room_context.close()
        phone_context.close()
    foreign = [url for url in requested if urlparse(url).hostname not in LOCAL_HOSTS]
    assert not foreign, foreign
    assert not [text for text in problems if "Content Security Policy" in text], problems


def run_the_room(live_server, quiz, single, room, phone, polls):
    room.goto(live_server.url + quiz.get_url())
    room.locator("#live-start").get_by_role("button").click()
    code = room.locator("#live-code").inner_text()
    assert len(code) == 6
    expect(room.locator(".live-qr")).to_be_visible()

    phone.goto(f"{live_server.url}/join/?code={code}")
    assert urlparse(phone.url).path == "/es/join/"
    expect(phone.locator("#join-code")).to_have_value(code)
    phone.locator("#join-nickname").fill("Rosa")
    phone.locator(".live-join-form").get_by_role("button").click()
    expect(room.locator("#live-joined")).to_contain_text("1 participant", timeout=5000)
    if 304 not in polls:  # nothing changes in the lobby now: the phone's next poll is answered 304
        phone.wait_for_event(
            "response", lambda response: "/phone/" in response.url and response.status == 304, timeout=5000
        )
    assert 304 in polls, polls

    phone.evaluate("window.__stayed = 1")
    room.get_by_role("button", name="Afficher la première question").click()
    expect(phone.locator(".live-prompt")).to_contain_text("s: prompt?", timeout=3000)  # within 2 s of polling
    assert phone.evaluate("window.__stayed") == 1

    room.evaluate("window.__stayed = 1")
    expect(room.locator("#live-answered")).to_contain_text("0 réponse")
    phone.locator(f"#choice-{right_choice_ids(single)[0]}").check()
    phone.locator(".live-answer").get_by_role("button").click()
    expect(phone.locator("#live-phone")).to_contain_text("Su respuesta quedó registrada")
    expect(room.locator("#live-answered")).to_contain_text("1 réponse", timeout=3000)
    expect(room.locator("#live-chart")).to_contain_text("1 · 100 %")
    assert room.evaluate("window.__stayed") == 1

    room.get_by_role("button", name="Dévoiler la réponse").click()
    expect(room.locator("#live-chart")).to_contain_text("✓")
    expect(phone.locator(".verdict.right")).to_be_visible(timeout=3000)
    expect(phone.locator("#live-phone")).to_contain_text("s: explanation")
    assert phone.evaluate("window.__stayed") == 1


SHOTS = "/tmp/review-shots/liveroom"  # noqa: S108 - screenshots for the review, not a secret


def test_the_facilitator_asks_a_second_code_removes_a_participant_and_locks_joining(
    home, browser, client, live_server
):
    """Issue 20, finding 3: the room's screen (1280 px) guards who joins; phones at 360 px follow."""
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    quiz = make_quiz(module, questions=[single_choice(name="s", correct=1), true_false(name="tf")])
    user = User.objects.create_user(username="fac", password="pw-long-enough-1")
    user.groups.add(Group.objects.get(name="Facilitators"))
    client.force_login(user)

    requested, problems = [], []
    room_context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 800})
    room_context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    room = room_context.new_page()
    phones = [browser.new_context(locale="fr-FR", viewport={"width": 360, "height": 640}) for _ in range(3)]
    pages = [context.new_page() for context in phones]
    for page in [room, *pages]:
        watch(page, requested, problems)
    try:
        guard_the_room(live_server, quiz, room, *pages)
    finally:
        room_context.close()
        for context in phones:
            context.close()
    foreign = [url for url in requested if urlparse(url).hostname not in LOCAL_HOSTS]
    assert not foreign, foreign
    assert not [text for text in problems if "Content Security Policy" in text], problems


def join_as(page, live_server, code, nickname, step=None, shot=None):
    page.goto(f"{live_server.url}/join/?code={code}")
    if step is not None:
        page.locator("#join-step").fill(step)
    page.locator("#join-nickname").fill(nickname)
    if shot:
        page.screenshot(path=f"{SHOTS}/{shot}", full_page=True)
    page.locator(".live-join-form").get_by_role("button").click()


def guard_the_room(live_server, quiz, room, ana, bot, late):
    room.goto(live_server.url + quiz.get_url())
    room.locator("#live-start").get_by_role("button").click()
    code = room.locator("#live-code").inner_text()
    join_as(ana, live_server, code, "Ana")
    expect(ana.locator("#live-phone")).to_contain_text("Vous y êtes.")

    room.get_by_role("button", name="Demander un deuxième code").click()
    step = room.locator("#live-step")
    expect(step).to_have_text(re.compile(r"^\d{4}$"))
    room.screenshot(path=f"{SHOTS}/room-second-code-1280.png", full_page=True)
    join_as(bot, live_server, code, "Bot", step=step.inner_text(), shot="phone-join-second-code-360.png")
    expect(bot.locator("#live-phone")).to_contain_text("Vous y êtes.")
    expect(room.locator("#live-joined")).to_contain_text("2 participants", timeout=5000)

    room.locator("#live-people summary").click()
    expect(room.locator("#live-people-list")).to_contain_text("Bot", timeout=5000)
    room.screenshot(path=f"{SHOTS}/room-participants-1280.png", full_page=True)
    room.get_by_role("button", name="Retirer Bot").click()
    expect(room.locator("#live-joined")).to_contain_text("1 participant")
    expect(bot.locator("#live-phone")).to_contain_text("vous a retiré de cette session", timeout=5000)
    bot.screenshot(path=f"{SHOTS}/phone-removed-360.png", full_page=True)

    room.get_by_role("button", name="Fermer les inscriptions").click()
    expect(room.locator("#live-locked")).to_be_visible()
    expect(room.locator("#live-code")).to_have_count(0)
    room.screenshot(path=f"{SHOTS}/room-locked-1280.png", full_page=True)
    late.goto(f"{live_server.url}/join/?code={code}")
    late.locator("#join-code").fill(code)
    late.locator("#join-nickname").fill("Tard")
    late.locator(".live-join-form").get_by_role("button").click()
    expect(late.locator("#join-error")).to_contain_text("Les inscriptions sont fermées")
    late.screenshot(path=f"{SHOTS}/phone-locked-360.png", full_page=True)
    expect(ana.locator("#live-phone")).to_contain_text("Vous y êtes.")
    room.get_by_role("button", name="Rouvrir les inscriptions").click()
    expect(room.locator("#live-code")).to_have_text(code)
