"""In Chromium, the participants' phones at 360 px through a live session (issue 22, items 4 and 5): a phone
without JavaScript that answers after the facilitator closed answering lands on the session's current
state with the reason, never on a 405; "your answer" is neutral until the reveal; the question's text
stays inside its box; a finished session is shown on every phone, with JavaScript or without. The
facilitator's steps are taken through quizzes.live.rules (the room's screen has its own tests)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from learning.models import CourseIndexPage, CoursePage, ModulePage
from quizzes.live import rules
from quizzes.tests.test_live import facilitator
from tests.helpers import items, make_quiz, publish_child, question

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/review-shots/phones")  # noqa: S108 - screenshots for the review, not a secret
PHONE = {"width": 360, "height": 640}
LONG_WORD = "Anticonstitutionnellement-intersyndicalisation"


def long_question():
    """A single choice whose prompt and one choice hold a word wider than a 360 px phone."""
    choices = [
        {"text": text, "correct": number == 1, "feedback": ""}
        for number, text in enumerate(["Oui", "Non, jamais", f"Seulement {LONG_WORD}"])
    ]
    prompt = (
        "Lors d'une négociation collective, l'employeur refuse de communiquer les chiffres demandés : "
        f"quelle est la {LONG_WORD} qui s'applique ?"
    )
    return question("single_choice", "long", prompt=prompt, choices=items("long", choices))


def quiz_with_a_long_question(home):
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    return make_quiz(module, questions=[long_question(), question("true_false", "tf", answer=True)])


def step(session, action, quiz):
    """The facilitator's click on `action`."""
    session.refresh_from_db()
    rules.advance(session, action, session.version, quiz)


def join(page, base, code, nickname):
    page.goto(f"{base}/join/?code={code}")  # the QR code's address, or the code typed on the first step
    page.locator("#join-nickname").fill(nickname)
    page.locator(".live-join-form").get_by_role("button").click()
    expect(page.locator("#live-phone")).to_contain_text("Vous y êtes.")


def shot(page, name):
    page.screenshot(path=str(SHOTS / f"{name}-360.png"), full_page=True)


def fits(page, selector):
    """Whether every element matching `selector` is drawn inside the page's width (nothing sticks out)."""
    return page.evaluate(
        """selector => [...document.querySelectorAll(selector)].every(element =>
            element.scrollWidth <= element.clientWidth + 1
            && element.getBoundingClientRect().right <= document.documentElement.clientWidth + 1)""",
        selector,
    )


def test_phones_with_and_without_javascript_follow_the_session_to_its_end(home, browser, live_server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    quiz = quiz_with_a_long_question(home)
    session = rules.start_session(quiz, facilitator("owner"), "fr")
    contexts = {
        "nojs": browser.new_context(locale="fr-FR", viewport=PHONE, java_script_enabled=False),
        "right": browser.new_context(locale="fr-FR", viewport=PHONE),
        "wrong": browser.new_context(locale="fr-FR", viewport=PHONE),
    }
    pages = {name: context.new_page() for name, context in contexts.items()}
    statuses = []
    pages["nojs"].on("response", lambda response: statuses.append((response.status, response.url)))
    try:
        follow_the_session(live_server.url, session, quiz, **pages)
    finally:
        for context in contexts.values():
            context.close()
    assert not [(status, url) for status, url in statuses if status >= 400], statuses


def follow_the_session(base, session, quiz, nojs, right, wrong):
    nojs.goto(f"{base}/join/")
    shot(nojs, "join-code")
    join(nojs, base, session.code, "Sans JS")
    join(right, base, session.code, "Rosa")
    join(wrong, base, session.code, "Wilner")
    shot(nojs, "lobby")

    step(session, "open", quiz)
    # The phone without JavaScript follows by itself: its page reloads while it waits.
    expect(nojs.locator(".live-prompt")).to_contain_text(LONG_WORD, timeout=10_000)
    assert nojs.locator(".live-answer button[type=submit]").count() == 1
    for page in (right, wrong):
        expect(page.locator(".live-prompt")).to_contain_text(LONG_WORD, timeout=5000)
    shot(right, "open")
    assert fits(right, "#live-phone, .live-answer, .live-answer fieldset, .live-prompt, .choices li")
    assert fits(nojs, "#live-phone, .live-answer, .live-answer fieldset, .live-prompt, .choices li")
    shot(nojs, "open-nojs")

    right.get_by_label("Non, jamais").check()
    right.locator(".live-answer").get_by_role("button").click()
    wrong.get_by_label("Oui").check()
    wrong.locator(".live-answer").get_by_role("button").click()
    expect(wrong.locator("#live-phone")).to_contain_text("Votre réponse est enregistrée")
    mine = wrong.locator("li.chosen")
    expect(mine).to_contain_text("votre réponse")
    expect(mine).not_to_have_class("choice chosen wrong-choice")
    assert wrong.locator(".wrong-choice, .right-answer").count() == 0
    shot(wrong, "answered")

    step(session, "close", quiz)
    expect(wrong.locator("#live-phone")).to_contain_text("Les réponses sont closes", timeout=5000)
    assert wrong.locator(".wrong-choice, .right-answer").count() == 0
    shot(wrong, "closed")

    # The phone without JavaScript still shows the open question: its answer comes too late.
    nojs.get_by_label("Non, jamais").check()
    nojs.locator(".live-answer").get_by_role("button").click()
    assert nojs.url == f"{base}/fr/quizzes/live/{session.pk}/phone/"
    expect(nojs.locator("main")).to_contain_text("Cette réponse n'a pas été comptée.")
    expect(nojs.locator("main")).to_contain_text("Les réponses sont closes pour cette question.")
    assert nojs.locator(".live-answer button[type=submit]").count() == 0
    shot(nojs, "late-answer-message")
    # A reload of the answer's address (a GET) leads to the phone's page too.
    response = nojs.goto(f"{base}/fr/quizzes/live/{session.pk}/answer/{session.question_id}/")
    assert response.status == 200 and nojs.url.endswith(f"/live/{session.pk}/phone/")

    step(session, "reveal", quiz)
    expect(right.locator(".feedback.right .verdict.right")).to_be_visible(timeout=5000)
    expect(wrong.locator(".feedback.wrong .verdict.wrong")).to_be_visible(timeout=5000)
    expect(wrong.locator("li.chosen")).to_have_class("choice chosen wrong-choice")
    shot(right, "revealed-right")
    shot(wrong, "revealed-wrong")

    step(session, "finish", quiz)
    for page in (right, wrong):
        expect(page.locator("#live-phone")).to_contain_text("La session est terminée.", timeout=5000)
        assert page.locator("form.live-answer").count() == 0
    expect(nojs.locator("#live-phone")).to_contain_text("La session est terminée.", timeout=10_000)
    assert nojs.locator("form.live-answer").count() == 0
    shot(right, "finished")
    shot(nojs, "finished-nojs")
