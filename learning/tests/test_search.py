"""Site search: finds live pages of the current language by their words, and never fails on odd input."""

from wagtail_localize.synctree import synchronize_tree

from learning.models import LessonPage
from learning.tests.html import link_paths
from tests.helpers import lesson_body, publish_child


def result_pages(response):
    return list(response.context["page_obj"].object_list)


def add_lesson(course_tree, text):
    return publish_child(
        course_tree["module"],
        LessonPage(title="Les zones franches", slug="zones-franches", body=lesson_body(text)),
    )


def test_search_finds_a_lesson_by_a_word_of_its_body(client, course_tree):
    lesson = add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")

    response = client.get("/fr/search/", {"q": "maquiladoras"})

    assert response.status_code == 200
    assert [page.pk for page in result_pages(response)] == [lesson.pk]
    assert lesson.get_url() in link_paths(response, "main a[href]")


def test_search_returns_only_pages_of_the_current_language(
    client, locales, course_tree, django_capture_on_commit_callbacks
):
    french = add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["en"])

    response = client.get("/en/search/", {"q": "maquiladoras"})

    assert response.status_code == 200
    results = result_pages(response)
    assert french.pk not in [page.pk for page in results]
    assert {page.locale_id for page in results} <= {locales["en"].pk}
    assert french.get_url() not in link_paths(response)


def test_empty_query_shows_no_results_and_no_error(client, course_tree):
    for query in ({}, {"q": ""}, {"q": "   "}):
        response = client.get("/fr/search/", query)

        assert response.status_code == 200
        assert result_pages(response) == []


def test_very_long_query_is_answered(client, course_tree):
    add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")

    query = ("maquiladoras syndicat " * 50)[:1000]

    response = client.get("/fr/search/", {"q": query})

    assert response.status_code == 200


def test_query_with_search_syntax_characters_is_answered(client, course_tree):
    response = client.get("/fr/search/", {"q": 'syndicat" AND (OR * -"'})

    assert response.status_code == 200


# Quotes and control characters (issue 14, item 1): no results, never an error, in every language and in
# the admin's searches, which go through the same backend (learning.search_backend).
MALFORMED_QUERIES = ['"', 'a"b', '"maquiladoras', "\x1b[31m", "\u202e", "maquila\u200bdoras"]


def test_quotes_and_control_characters_give_no_results_not_an_error(client, course_tree):
    add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")

    for language in ("fr", "en", "es", "ht"):
        for query in MALFORMED_QUERIES:
            response = client.get(f"/{language}/search/", {"q": query})

            assert response.status_code == 200, (language, query)
        # A NUL is a 400 before any view (issue 20, learning.request_text).
        assert client.get(f"/{language}/search/", {"q": "maquila\x00doras"}).status_code == 400
    assert result_pages(client.get("/fr/search/", {"q": '"'})) == []


def test_a_quote_inside_words_still_finds_them(client, course_tree):
    lesson = add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")

    response = client.get("/fr/search/", {"q": 'maquiladoras"'})

    assert [page.pk for page in result_pages(response)] == [lesson.pk]


def test_admin_searches_answer_quotes_and_nul(client, course_tree, django_user_model):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    add_lesson(course_tree, "Les maquiladoras emploient surtout des femmes.")
    document = get_document_model()(title="Fiche maquiladoras")
    document.file.save("fiche.txt", ContentFile(b"Fiche.\n"), save=False)
    document.save()
    client.force_login(django_user_model.objects.create_superuser("admin-search", password="x"))
    home_id = course_tree["home"].pk

    for url in ("/admin/pages/search/", f"/admin/pages/{home_id}/", "/admin/documents/", "/admin/images/"):
        for query in MALFORMED_QUERIES:
            assert client.get(url, {"q": query}).status_code == 200, (url, query)
    for query in MALFORMED_QUERIES:
        response = client.get("/admin/choose-page/search/", {"q": query})
        assert response.status_code == 200, query


# French typography (issue 21, item 5): an exact title, with " ?" after a space (plain, no-break or narrow
# no-break) and either apostrophe, finds its page in the public search, the admin's page search and the
# page chooser's search, on SQLite (a lone "?" was a word no page holds) and on PostgreSQL ("Qu'est" was
# looked for as the phrase qu-est, which "Qu'est-ce" is not in PostgreSQL's index).
OIT_TITLE = "Qu'est-ce que l'OIT ?"
EXACT_TITLE_QUERIES = [
    OIT_TITLE,
    "Qu’est-ce que l’OIT ?",
    "Qu’est-ce que l’OIT\u00a0?",
    "Qu'est-ce que l'OIT\u202f?",
    "Qu'est-ce que l'OIT",
    "qu'est-ce",
    "l’OIT !",
    "« OIT » ?",
]


def add_oit_lesson(course_tree):
    return publish_child(
        course_tree["module"],
        LessonPage(title=OIT_TITLE, slug="oit", body=lesson_body("L'Organisation internationale du travail")),
    )


def oit_searches(client, query):
    """The public search's, the admin page search's and the page chooser's answers to `query`."""
    return (
        client.get("/fr/search/", {"q": query}),
        client.get("/admin/pages/search/", {"q": query}),
        client.get("/admin/choose-page/search/", {"q": query}),
    )


def test_an_exact_french_title_finds_its_page_everywhere(client, course_tree, django_user_model):
    lesson = add_oit_lesson(course_tree)
    client.force_login(django_user_model.objects.create_superuser("admin-oit", password="x"))

    for query in EXACT_TITLE_QUERIES:
        public, admin, chooser = oit_searches(client, query)

        assert (public.status_code, admin.status_code, chooser.status_code) == (200, 200, 200), query
        assert [page.pk for page in result_pages(public)] == [lesson.pk], query
        assert f"/admin/pages/{lesson.pk}/edit/" in admin.content.decode(), query
        assert f'data-id="{lesson.pk}"' in chooser.content.decode(), query


def test_punctuation_alone_finds_nothing_and_says_so(client, course_tree, django_user_model):
    lesson = add_oit_lesson(course_tree)
    client.force_login(django_user_model.objects.create_superuser("admin-oit", password="x"))

    # Not a lone "'": Wagtail's admin reads it as an empty quoted phrase, an empty search listing every page.
    for query in ("?", " ? ! ", "« »", "—", "’", "?'"):
        public, admin, chooser = oit_searches(client, query)

        assert (public.status_code, admin.status_code, chooser.status_code) == (200, 200, 200), query
        assert result_pages(public) == [], query
        assert "Aucune page ne correspond à votre recherche" in public.content.decode(), query
        assert f"/admin/pages/{lesson.pk}/edit/" not in admin.content.decode(), query
        assert f'data-id="{lesson.pk}"' not in chooser.content.decode(), query
