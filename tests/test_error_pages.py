"""A wrong method, an expired form and a bad Host get the site's page with a sentence in the visitor's
language, not an empty 405 or Django's bare English page (issue 14, item 12)."""

import pytest
from django.test import Client
from django.utils import translation

LANGUAGES = ["fr", "en", "es", "ht"]


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_get_on_a_form_endpoint_gets_the_sites_page_in_the_visitors_language(client, course_tree, language):
    lesson = course_tree["lessons"][0]
    paths = [
        lesson.get_url() + "complete/",
        f"/{language}/quizzes/1/start/",
        f"/{language}/certificates/ABCD-EFGH-JKLM/revoke/",
        f"/{language}/accounts/logout/",
    ]
    for path in paths:
        if not path.startswith(f"/{language}/"):
            continue  # the French lesson is in French
        response = client.get(path)

        assert response.status_code == 405, path
        assert "POST" in response["Allow"]
        html = response.content.decode()
        assert "<main" in html
        assert translated(language, "This address only answers a form") in html
        assert response["Content-Language"] == language
    if language == "fr":
        assert client.get(paths[0]).status_code == 405


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_without_its_csrf_token_gets_the_sites_page_in_the_visitors_language(home, language):
    client = Client(enforce_csrf_checks=True)

    response = client.post(f"/{language}/accounts/login/", {"username": "a", "password": "b"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "<main" in html
    assert translated(language, "The form has expired") in html
    assert translated(language, "The form has expired") != "The form has expired" or language == "en"


def test_a_bad_host_gets_a_page_in_the_four_languages(home, settings):
    settings.ALLOWED_HOSTS = ["solidaire.example"]

    response = Client().get("/fr/", headers={"host": "attacker.example"})

    assert response.status_code == 400
    html = response.content.decode()
    for language in LANGUAGES:
        assert f'<p lang="{language}">' in html
    assert "Nothing was changed." in html
