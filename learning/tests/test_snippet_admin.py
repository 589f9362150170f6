"""The snippets' admin listings and choosers search (issue 14, item 2: every query was a 500)."""

import pytest

from learning.models import GlossaryTerm, LabourStandard, Theme

QUERIES = ["travail", "Trav", "C087", '"', "\u202e", "a'b"]  # a NUL is a 400 before any view (issue 20)


@pytest.fixture
def snippets(locales):
    french = locales["fr"]
    return {
        "theme": Theme.objects.create(name="Travail décent", slug="travail-decent", locale=french),
        "labourstandard": LabourStandard.objects.create(
            code="C087",
            title="Convention sur la liberté syndicale",
            year_adopted=1948,
            category="fundamental",
            summary="Liberté.",
            locale=french,
        ),
        "glossaryterm": GlossaryTerm.objects.create(
            term="Travail forcé", definition="Défini.", locale=french
        ),
    }


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin-snippets", password="x"))
    return client


def test_snippet_listings_answer_every_query(editor_client, snippets):
    for model in snippets:
        for query in QUERIES:
            response = editor_client.get(f"/admin/snippets/learning/{model}/", {"q": query})

            assert response.status_code == 200, (model, query)
        assert editor_client.get(f"/admin/snippets/learning/{model}/", {"q": "\x00"}).status_code == 400


def test_snippet_listing_search_finds_by_part_of_a_word(editor_client, snippets):
    cases = {"theme": "travail", "labourstandard": "c087", "glossaryterm": "forc"}
    for model, query in cases.items():
        response = editor_client.get(f"/admin/snippets/learning/{model}/", {"q": query})

        assert snippets[model] in list(response.context["object_list"]), (model, query)
    response = editor_client.get("/admin/snippets/learning/theme/", {"q": "syndicat"})
    assert list(response.context["object_list"]) == []


def test_snippet_choosers_answer_every_query(editor_client, snippets):
    for model in snippets:
        for query in QUERIES:
            response = editor_client.get(f"/admin/snippets/choose/learning/{model}/", {"q": query})

            assert response.status_code == 200, (model, query)
