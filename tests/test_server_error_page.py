"""The server error page (handler500, learning.views.server_error): the site's own page in the visitor's
language, first, then the other three; it reads no database, so it renders while PostgreSQL is down
(ops/faults/postgres_restart.py)."""

from html import unescape

import pytest
from django.core.handlers.exception import response_for_exception
from django.test import RequestFactory

from learning import views


@pytest.mark.parametrize(
    ("path", "accept", "language", "words"),
    [
        ("/es/cursos/x/", "fr", "es", "Algo falló de nuestro lado."),
        ("/ht/kou/", "en", "ht", "Gen yon erè ki fèt bò kote nou."),
        ("/quizzes/", "en-US,en;q=0.8", "en", "Something went wrong on our side."),
        ("/", "de", "fr", "Une erreur s'est produite de notre côté."),
    ],
)
def test_the_error_page_speaks_the_visitor_s_language_first(path, accept, language, words):
    """Without the `db` fixture, pytest-django refuses any database access: the page needs none."""
    request = RequestFactory().get(path, HTTP_ACCEPT_LANGUAGE=accept)

    response = views.server_error(request)

    html = unescape(response.content.decode())
    assert response.status_code == 500
    assert html.startswith(f'<!doctype html>\n<html lang="{language}">')
    first = html.index("<p>")
    assert html[first:].startswith(f"<p>{words}")
    assert html.count("<p lang=") == 3  # the other languages, marked as such
    assert "Traceback" not in html


def test_an_uncaught_exception_gets_the_page_in_the_visitor_s_language(settings):
    """Through Django's own handling of an exception a view raised (as when PostgreSQL goes away)."""
    settings.DEBUG = False
    request = RequestFactory().get("/en/a/page/")

    response = response_for_exception(request, RuntimeError("the database went away"))

    assert response.status_code == 500
    assert '<html lang="en">' in response.content.decode()
    assert "<h1>Server error</h1>" in response.content.decode()
    assert "the database went away" not in response.content.decode()
