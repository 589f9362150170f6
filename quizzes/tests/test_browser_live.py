"""In Chromium, two browsers: a facilitator starts a live session from a quiz page; a participant opens
/join/ with the code, joins and answers on their phone; the facilitator's count and chart change without a
reload; the reveal reaches the participant without a reload. No request leaves our host, and the strict
Content-Security-Policy is never violated."""

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
    expect(phone.locator("#live-phone")).to_contain_text("1 persona se ha unido")
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
