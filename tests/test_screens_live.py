"""Screenshots of a live session for docs/screens.md, taken in Chromium on the demo as the issue 22 workshop
walked it: the demo facilitator runs the module 2 quiz in Spanish, four phones join (three in Spanish, one
in Kreyòl). The room's presenter screen at 1024x768 and 1920x1080 (lobby, question open with answers,
closed, revealed, the summary), a phone at 360 px (lobby, open, answered, revealed right and wrong,
finished) and the facilitator's remote at 360 px. Each PNG is a palette PNG under 200 KB.

Every run takes and checks them in a temporary folder; `make screens` (SCREENS=write) writes them into
docs/screens."""

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from learning.demo.accounts import DEMO_PASSWORD
from learning.demo.build import demo_key
from quizzes.models import LiveSession, QuizPage
from tests.helpers import LIVE_SERVER_HOSTS, save_screens

pytestmark = pytest.mark.django_db(transaction=True)

PROJECTOR = {1024: 768, 1920: 1080}
PHONE = {360: 740}
# name: (browser language, answers rightly)
PHONES = {
    "Rosa": ("es-ES", True),
    "Pablo": ("es-ES", False),
    "Lucía": ("es-ES", True),
    "Wilner": ("ht", False),
}


def first_choices(quiz):
    """(right choice id, wrong choice id) of the quiz's first question, a single choice in the demo."""
    question = quiz.questions[0]
    right = question.block.sample_answer(question.value, correct=True)["choice"]
    wrong = question.block.sample_answer(question.value, correct=False)["choice"]
    return right, wrong


def sign_in(page, site, language, username):
    page.goto(f"{site}/{language}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def join(page, site, code, nickname):
    page.goto(f"{site}/join/?code={code}")  # the QR code's address
    page.locator("#join-nickname").fill(nickname)
    page.locator(".live-join-form").get_by_role("button").click()
    expect(page.locator("#live-phone .live-who")).to_contain_text(nickname)


def in_state(page, state):
    expect(page.locator(f"#live-screen.live-state-{state}")).to_be_visible(timeout=5000)


def test_screenshots_of_a_live_session(demo_site, browser, screens_folder):
    site = demo_site.url
    requested = []
    contexts = []

    def context(**options):
        made = browser.new_context(**options)
        made.on("request", lambda request: requested.append(request.url))
        contexts.append(made)
        return made

    try:
        room_context = context(locale="es-ES", viewport={"width": 1024, "height": 768})
        room = room_context.new_page()
        sign_in(room, site, "es", "animatrice")
        remote_context = context(locale="es-ES", viewport={"width": 360, "height": 740}, has_touch=True)
        remote_context.add_cookies(room_context.cookies())
        phones = {
            name: context(locale=language, viewport={"width": 360, "height": 740}).new_page()
            for name, (language, _right) in PHONES.items()
        }
        run_the_workshop(site, room, remote_context.new_page(), phones, screens_folder)
    finally:
        for made in contexts:
            made.close()

    assert requested
    assert [url for url in requested if urlparse(url).hostname not in LIVE_SERVER_HOSTS] == []
    room_names = ("lobby", "open", "closed", "revealed", "summary")
    phone_names = ("lobby", "open", "answered", "revealed-right", "revealed-wrong", "revealed-ht", "finished")
    assert sorted(path.name for path in screens_folder.glob("live-*.png")) == sorted(
        [f"live-room-{name}-{width}.png" for name in room_names for width in PROJECTOR]
        + [f"live-phone-{name}-360.png" for name in phone_names]
        + ["live-remote-360.png"]
    )


def run_the_workshop(site, room, remote, phones, folder):
    quiz = QuizPage.objects.live().get(
        translation_key=demo_key("course:ilo/module:2/quiz"), locale__language_code="es"
    )
    right, wrong = first_choices(quiz)

    room.goto(site + quiz.get_url())
    room.locator("#live-start").get_by_role("button").click()
    in_state(room, "lobby")
    session = LiveSession.objects.get()
    assert session.language == "es"
    for name, phone in phones.items():
        join(phone, site, session.code, name)
    expect(room.locator("#live-joined")).to_have_text(re.compile(rf"^{len(phones)}\D"), timeout=5000)
    rosa, pablo, wilner = phones["Rosa"], phones["Pablo"], phones["Wilner"]
    save_screens(room, folder, "live-room-lobby", PROJECTOR)
    save_screens(rosa, folder, "live-phone-lobby", PHONE)

    room.locator("#live-do-open").click()
    in_state(room, "open")
    for phone in phones.values():
        expect(phone.locator(".live-answer button[type=submit]")).to_be_visible(timeout=5000)
    save_screens(rosa, folder, "live-phone-open", PHONE)
    for name, phone in phones.items():
        if name == "Lucía":
            continue  # one phone has not answered yet when the room is shown
        phone.locator(f"#choice-{right if PHONES[name][1] else wrong}").check()
        phone.locator(".live-answer").get_by_role("button").click()
        expect(phone.locator("li.chosen")).to_be_visible()
    save_screens(rosa, folder, "live-phone-answered", PHONE)
    expect(room.locator("#live-answered")).to_have_text(re.compile(r"^3\D"), timeout=5000)
    save_screens(room, folder, "live-room-open", PROJECTOR)
    remote.goto(f"{site}/es/quizzes/live/{session.pk}/remote/")
    save_screens(remote, folder, "live-remote", PHONE)

    lucia = phones["Lucía"]
    lucia.locator(f"#choice-{right}").check()
    lucia.locator(".live-answer").get_by_role("button").click()
    expect(room.locator("#live-answered")).to_have_text(re.compile(r"^4\D"), timeout=5000)
    room.locator("#live-do-close").click()
    in_state(room, "closed")
    save_screens(room, folder, "live-room-closed", PROJECTOR)

    room.locator("#live-do-reveal").click()
    in_state(room, "revealed")
    save_screens(room, folder, "live-room-revealed", PROJECTOR)
    for phone, name in ((rosa, "revealed-right"), (pablo, "revealed-wrong"), (wilner, "revealed-ht")):
        expect(phone.locator("#live-phone .feedback")).to_be_visible(timeout=5000)
        # The choices with the right answer and "your answer" marked, then the verdict under them.
        choices = phone.locator("#live-phone .choices")
        focus = lambda width, choices=choices: (choices, 12)  # noqa: E731
        save_screens(phone, folder, f"live-phone-{name}", PHONE, focus=focus)
    assert rosa.locator(".feedback.right").count() == 1 and pablo.locator(".feedback.wrong").count() == 1

    room.locator("#live-do-finish").click()
    room.locator(".live-confirm-finish button").click()
    expect(room).to_have_url(f"{site}/es/quizzes/live/{session.pk}/summary/")
    save_screens(room, folder, "live-room-summary", PROJECTOR)
    expect(rosa.locator("#live-phone form.live-answer")).to_have_count(0, timeout=5000)
    save_screens(rosa, folder, "live-phone-finished", PHONE)
