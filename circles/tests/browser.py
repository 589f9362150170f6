"""The stage of the circles' browser tests: `circle_in_browsers`, a circle made in Chromium by its
facilitator with two meetings and joined by two learners who signed up on its join page (see the fixture).
Loaded by circles/tests/conftest.py."""

from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from circles.models import Circle
from circles.tests.factories import add_member
from tests.helpers import PASSWORD, facilitator, make_course_tree

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@dataclass
class Stage:
    """The circle, its leader's and its two learners' browser pages, and what the browsers requested."""

    base: str
    course_tree: dict
    circle: Circle = None
    leader: object = None
    sharer: object = None
    other: object = None
    requested: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def watch(self, page):
        page.on("request", lambda request: self.requested.append(request.url))
        page.on("console", lambda message: message.type == "error" and self.problems.append(message.text))
        return page


def sign_up_and_join(page, base, code, username, circle_name, share):
    page.goto(f"{base}/fr/circles/join/?code={code}")
    page.locator("#id_circle_name").fill(circle_name)
    page.locator("#id_sharing_1" if share else "#id_sharing_0").check()
    page.locator("#id_username").fill(username)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Rejoindre le cercle").click()
    expect(page.locator("h1")).to_have_text("Cercle de Jacmel")


def finish_lesson(page, base, lesson):
    page.goto(base + lesson.url)
    button = page.locator("#lesson-completion").get_by_role("button")
    button.click()
    button.wait_for(
        state="detached"
    )  # the lesson marked done (the offline queue may hold the submit a moment)


def add_meeting(page, day, lessons):
    page.get_by_role("link", name="Ajouter une rencontre").click()
    page.locator("#id_day").fill(day)
    page.locator("#id_time").fill("18:30")
    page.locator("#id_place").fill("Local syndical, Jacmel")
    for lesson in lessons:
        page.get_by_label(lesson.title).check()
    page.get_by_role("button", name="Ajouter la rencontre").click()
    expect(page.locator(".messages")).to_contain_text("La rencontre est ajoutée.")


@pytest.fixture
def circle_in_browsers(home, browser, client, live_server):
    """A circle made in the browser by its facilitator with two meetings, joined by two learners who
    signed up on its join page ("Rosa" shares her progress, "Jan" does not) and two more non-sharing
    members (so that the totals show); the sharer finished lesson 1 before joining, Jan after. Yields the
    Stage; the browsers close after the test."""
    tree = make_course_tree(home)
    lessons = tree["lessons"]
    client.force_login(facilitator("animatrice"))
    stage = Stage(live_server.url, tree)
    contexts = [browser.new_context(locale="fr-FR") for _ in range(3)]
    contexts[0].add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    stage.leader, stage.sharer, stage.other = (stage.watch(context.new_page()) for context in contexts)
    try:
        leader = stage.leader
        leader.goto(f"{stage.base}/fr/circles/new/")
        leader.locator("#id_name").fill("Cercle de Jacmel")
        leader.locator("#id_course").select_option(label="Un cours")
        leader.get_by_role("button", name="Créer le cercle").click()
        expect(leader.locator("h1")).to_have_text("Cercle de Jacmel")
        add_meeting(leader, "2031-05-06", lessons[:2])
        add_meeting(leader, "2031-05-20", lessons[2:])
        stage.circle = Circle.objects.get()
        assert stage.circle.meetings.count() == 2
        code = leader.locator(".circle-code").inner_text()
        link = leader.locator(".circle-invite a").get_attribute("href")
        assert urlparse(link).query == f"code={code}"

        finish_lesson(stage.sharer, stage.base, lessons[0])  # anonymously, before joining
        sign_up_and_join(stage.sharer, stage.base, code, "rosalie", "Rosa", share=True)
        sign_up_and_join(stage.other, stage.base, code, "jean-baptiste", "Jan", share=False)
        finish_lesson(stage.other, stage.base, lessons[0])
        for n in range(2):
            add_member(stage.circle, f"quiet{n}", circle_name=f"Discret {n}")
        yield stage
    finally:
        for context in contexts:
            context.close()
    foreign = [url for url in stage.requested if urlparse(url).hostname not in LOCAL_HOSTS]
    assert not foreign, foreign
    assert not [text for text in stage.problems if "Content Security Policy" in text], stage.problems
