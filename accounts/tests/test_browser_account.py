"""In Chromium: a visitor signs up, finishes a lesson, finds the course on "my learning", downloads their
data and deletes their account; the browser never contacts any host but ours."""

import json
import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from accounts.models import User
from learning.models import CourseIndexPage, CoursePage, LessonCompletion, LessonPage, ModulePage
from tests.helpers import foreign_urls, lesson_body, publish_child

pytestmark = pytest.mark.django_db(transaction=True)

USERNAME = "navigatrice"
PASSWORD = "tide-lantern-3380"


@pytest.fixture
def course(home, live_server):
    """A course with one module of two lessons, on the live server (`home` first: live_server flushes)."""
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index,
        CoursePage(
            title="Cours de navigation",
            slug="navigation",
            summary="Résumé.",
            objectives="<ul><li>Un</li></ul>",
        ),
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    lessons = [
        publish_child(
            module, LessonPage(title=f"Leçon {n}", slug=f"lecon-{n}", body=lesson_body(f"Texte {n}."))
        )
        for n in (1, 2)
    ]
    return {"course": course, "lessons": lessons, "server": live_server}


def test_sign_up_finish_a_lesson_see_it_download_my_data_and_delete_the_account(course, page):
    server, lesson = course["server"], course["lessons"][0]
    requested, console_errors = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))

    # Sign up through the form.
    page.goto(server.url + "/fr/accounts/signup/")
    page.locator("#id_username").fill(USERNAME)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("main form.form button[type=submit]").click()
    page.wait_for_url("**/fr/accounts/my-learning/")
    user = User.objects.get(username=USERNAME)
    assert user.email == ""

    # Open a lesson and finish it: htmx swaps the completion box in place (no page load).
    lesson_url = server.url + lesson.get_url()
    page.goto(lesson_url)
    completion = page.locator("#lesson-completion")
    completion.get_by_role("button").click()
    expect(completion.locator(".done-mark")).to_be_visible()
    assert page.url == lesson_url
    assert LessonCompletion.objects.filter(learner__user=user, lesson_key=lesson.translation_key).exists()

    # "My learning", from the header link, shows the course in progress.
    page.locator("header .site-nav a[href$='/accounts/my-learning/']").click()
    page.wait_for_url("**/fr/accounts/my-learning/")
    in_progress = page.locator('section[aria-labelledby="in-progress"]')
    expect(in_progress.get_by_role("link", name="Cours de navigation")).to_be_visible()
    expect(in_progress.locator("progress")).to_have_attribute("value", "1")

    # Download my data: the lesson completion is in it.
    with page.expect_download() as download_info:
        page.locator("main a[href$='/accounts/my-data/']").first.click()
    with open(download_info.value.path(), encoding="utf-8") as exported:
        data = json.load(exported)
    assert data["account"]["username"] == USERNAME
    assert [row["lesson_key"] for row in data["lesson_completions"]] == [str(lesson.translation_key)]

    # Delete the account with the password.
    page.locator("main a[href$='/accounts/delete/']").first.click()
    page.wait_for_url("**/fr/accounts/delete/")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button.danger").click()
    page.wait_for_url(re.compile(r".*/fr/$"))
    assert not User.objects.filter(username=USERNAME).exists()
    assert not LessonCompletion.objects.exists()

    # Signed out: the header offers to sign in, and "my learning" asks for it.
    expect(page.locator("header a[href^='/fr/accounts/login/']")).to_be_visible()
    expect(page.locator("header a[href$='/accounts/my-learning/']")).to_have_count(0)
    page.goto(server.url + "/fr/accounts/my-learning/")
    assert urlparse(page.url).path == "/fr/accounts/login/"

    foreign = foreign_urls(requested)
    assert requested, "the browser made no request at all"
    assert foreign == []
    assert [error for error in console_errors if "Content Security Policy" in error] == []
