"""A course's saving manifest (/<lang>/offline/courses/<key>/manifest.json): the pages of the course in
that language and the files they use, with their sizes; a version that changes on republishing; nothing
of the learner's, no answer key."""

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from wagtail.models import PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from learning.models import LessonCompletion, LessonPage
from tests.helpers import lesson_body, make_quiz, publish_child, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(course_tree, questions):
    """The course tree with a quiz closing its module: {"course", "module", "lessons", "quiz", ...}."""
    return {**course_tree, "quiz": make_quiz(course_tree["module"], questions)}


def manifest_of(client, page, language="fr"):
    response = client.get(url("offline_course_manifest", page.translation_key, language=language))
    assert response.status_code == 200
    return response


def test_lists_the_course_its_modules_lessons_and_quiz_with_their_sizes(client, course):
    data = manifest_of(client, course["course"]).json()

    pages = [course["course"], course["module"], *course["lessons"], course["quiz"]]
    assert [item["url"] for item in data["pages"]] == [page.url for page in pages]
    for item in data["pages"]:
        assert item["size"] == len(client.get(item["url"]).content)  # what an anonymous visitor gets
    assert data["language"] == "fr"
    assert data["course"] == {
        "key": str(course["course"].translation_key),
        "title": "Un cours",
        "url": course["course"].url,
    }
    assert data["total"] == sum(item["size"] for item in data["pages"] + data["files"])


def test_lists_the_css_and_javascript_the_pages_use_with_their_sizes(client, course):
    files = {item["url"]: item["size"] for item in manifest_of(client, course["course"]).json()["files"]}

    for name in (
        "css/solidaire.css",
        "js/solidaire.js",
        "django_htmx/htmx-2.min.js",
        "js/offline/register.js",
    ):
        with open(finders.find(name), "rb") as file:
            assert files[f"/static/{name}"] == len(file.read()), name
    assert all(address.startswith(("/static/", "/media/")) for address in files)


def test_version_changes_when_a_page_of_the_course_is_republished(client, course):
    first = manifest_of(client, course["course"]).json()["version"]
    assert manifest_of(client, course["course"]).json()["version"] == first

    lesson = course["lessons"][1]
    lesson.title = "Leçon 2, revue"
    lesson.save_revision().publish()

    second = manifest_of(client, course["course"]).json()
    assert second["version"] != first
    assert "Leçon 2, revue" in [item["title"] for item in second["pages"]]


def test_version_changes_when_a_step_is_added(client, course):
    first = manifest_of(client, course["course"]).json()["version"]
    publish_child(course["module"], LessonPage(title="Leçon 4", slug="lecon-4", body=lesson_body()))
    assert manifest_of(client, course["course"]).json()["version"] != first


def test_lists_only_the_pages_in_the_language_asked(
    client, course, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["en"])

    english = manifest_of(client, course["course"], language="en").json()
    french = manifest_of(client, course["course"], language="fr").json()

    assert len(english["pages"]) == len(french["pages"]) == 6
    assert all(item["url"].startswith("/en/") for item in english["pages"])
    assert all(item["url"].startswith("/fr/") for item in french["pages"])
    assert english["language"] == "en"


def test_saved_quiz_page_carries_no_answer_key_nor_feedback(client, course):
    data = manifest_of(client, course["course"]).json()
    quiz_url = course["quiz"].url
    assert quiz_url in [item["url"] for item in data["pages"]]

    # What the browser saves: the page fetched without cookies (store.js), as here.
    html = client.get(quiz_url).content.decode()
    assert "answer-key" not in html
    assert 'class="feedback' not in html
    assert "explanation" not in html  # each question's explanation text ends in ": explanation"


def test_is_the_same_for_every_visitor_and_reads_no_session(client, course):
    lesson = course["lessons"][0]
    client.post(lesson.url + "complete/")  # a learner with progress
    assert LessonCompletion.objects.count() == 1
    assert "no-store" in client.get(lesson.url)["Cache-Control"]  # their own pages are private

    response = manifest_of(client, course["course"])

    assert response["Cache-Control"] == "no-cache"
    assert "sessionid" not in response.cookies
    anonymous = Client().get(lesson.url)
    assert [item["size"] for item in response.json()["pages"]][2] == len(anonymous.content)


def test_no_manifest_for_an_unknown_course_or_language(client, course):
    response = client.get(url("offline_course_manifest", course["lessons"][0].translation_key, language="fr"))
    assert response.status_code == 404
    response = client.get(url("offline_course_manifest", course["course"].translation_key, language="en"))
    assert response.status_code == 404  # not translated, no alias yet


def test_no_manifest_for_a_restricted_course(client, course):
    PageViewRestriction.objects.create(page=course["course"], restriction_type="login")
    response = client.get(url("offline_course_manifest", course["course"].translation_key))
    assert response.status_code == 404
