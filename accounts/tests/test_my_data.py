"""Issue 9, defect 9: "download my data" keeps its JSON, with titles beside the ids, and offers the same
data as a readable, printable page in the learner's language, linked from "my learning"."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import formats, timezone, translation

from accounts.tests.test_privacy import learner_with_every_kind_of_row  # noqa: F401 - a fixture
from learning.models import Certificate, LessonCompletion
from tests.helpers import url

pytestmark = pytest.mark.django_db


def export(client, language="fr"):
    response = client.get(url("export_my_data", language=language))
    assert response.status_code == 200
    return json.loads(response.content)


def page_text(response):
    main = BeautifulSoup(response.content.decode(), "html.parser").find("main")
    return " ".join(main.get_text(" ").split())


def test_the_json_puts_each_title_beside_its_id(signed_in, course_tree, learner_with_every_kind_of_row):  # noqa: F811
    data = export(signed_in)

    assert data["format"] == "solidaire-my-data/2"
    assert data["language"] == "fr"
    [lesson] = data["lesson_completions"]
    assert lesson["lesson_title"] == course_tree["lessons"][0].title
    assert lesson["course_title"] == course_tree["course"].title
    assert list(lesson) == [
        "lesson_key",
        "lesson_title",
        "course_key",
        "course_title",
        "completed_at",
        "language",
    ]
    [attempt] = data["quiz_attempts"]
    assert attempt["quiz_title"] == "Quiz"  # quizzes.tests.factories.make_quiz's title
    assert list(attempt)[:2] == ["quiz_key", "quiz_title"]
    [certificate] = data["certificates"]
    assert certificate["course_title"] == course_tree["course"].title


def test_titles_are_in_the_learners_language(signed_in, course_tree, locales, learner_with_every_kind_of_row):  # noqa: F811
    """The demo's other languages are translations: here an English lesson with its own title."""
    french = course_tree["lessons"][0]
    english = french.copy_for_translation(locales["en"], copy_parents=True, alias=False)
    english.title = "Lesson one"
    english.save_revision().publish()

    english_data = export(signed_in, language="en")
    french_data = export(signed_in, language="fr")

    assert english_data["language"] == "en"
    assert english_data["lesson_completions"][0]["lesson_title"] == "Lesson one"
    assert french_data["lesson_completions"][0]["lesson_title"] == french.title
    # A page not translated keeps its source language's title rather than none.
    assert english_data["lesson_completions"][0]["course_title"] == course_tree["course"].title


def test_a_page_no_longer_published_has_no_title(signed_in, course_tree, learner_with_every_kind_of_row):  # noqa: F811
    course_tree["lessons"][0].unpublish()

    [lesson] = export(signed_in)["lesson_completions"]

    assert lesson["lesson_title"] is None
    assert lesson["lesson_key"] == str(course_tree["lessons"][0].translation_key)


def test_every_key_of_the_json_is_documented(signed_in, learner_with_every_kind_of_row):  # noqa: F811
    from django.conf import settings

    documented = (settings.BASE_DIR / "docs" / "privacy-export.md").read_text(encoding="utf-8")

    def paths(value, prefix=""):
        """ "account.username", "lesson_completions[]", "lesson_completions[].lesson_key"...: every key
        that holds a value or a list (not the sections that only group keys)."""
        for key, child in value.items():
            if isinstance(child, dict):
                yield from paths(child, f"{prefix}{key}.")
            elif isinstance(child, list) and child and isinstance(child[0], dict):
                yield f"{prefix}{key}[]"
                yield from paths(child[0], f"{prefix}{key}[].")
            else:
                yield f"{prefix}{key}"

    for path in paths(export(signed_in)):
        assert f"`{path}`" in documented, path


def test_the_readable_page_shows_the_same_data_in_the_learners_language(
    signed_in,
    user,
    course_tree,
    learner_with_every_kind_of_row,  # noqa: F811
):
    response = signed_in.get(url("my_data_page"))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = page_text(response)
    assert user.username in text
    assert course_tree["lessons"][0].title in text
    assert course_tree["course"].title in text
    completion = LessonCompletion.objects.get()
    with translation.override("fr"):
        assert formats.date_format(timezone.localtime(completion.completed_at), "DATETIME_FORMAT") in text
        assert translation.gettext("Lessons finished") in text
        assert translation.gettext("Right") in text  # the quiz answer, which was right
    assert Certificate.objects.get().code in text
    assert BeautifulSoup(response.content.decode(), "html.parser").html["lang"] == "fr"
    english = page_text(signed_in.get(url("my_data_page", language="en")))
    assert "Lessons finished" in english


def test_the_readable_page_needs_sign_in(client):
    response = client.get(url("my_data_page"))

    assert response.status_code == 302
    assert response["Location"].startswith(url("login"))


def test_my_learning_links_to_both(signed_in):
    html = signed_in.get(url("my_learning")).content.decode()

    assert f'href="{url("my_data_page")}"' in html
    assert f'href="{url("export_my_data")}"' in html
