"""The lesson page costs a small, fixed number of queries, whatever the size of its course."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.models import CoursePage, LessonPage, ModulePage, SourceChange
from tests.helpers import lesson_body, parse, publish_child, translate_into_english

MAX_LESSON_QUERIES = 12
PARENTHESISED = re.compile(r"\([^()]*\)")


def outer_tables(sql):
    """The tables a query reads at its top level: `sql` with its subqueries (anything in parentheses)
    taken out, then what follows FROM and JOIN."""
    while PARENTHESISED.search(sql):
        sql = PARENTHESISED.sub("", sql)
    return set(re.findall(r'(?:FROM|JOIN) "(\w+)"', sql))


def count_queries(client, url):
    """Queries for one request, after a first one has filled the one-time caches (site root paths...)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def big_course(index, modules=3, lessons_per_module=10):
    course = publish_child(
        index,
        CoursePage(
            title="Un grand cours", slug="grand-cours", summary="G.", objectives="<ul><li>G</li></ul>"
        ),
    )
    lessons = []
    for m in range(1, modules + 1):
        module = publish_child(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        lessons += [
            publish_child(module, LessonPage(title=f"Leçon {m}.{n}", slug=f"lecon-{n}", body=lesson_body()))
            for n in range(1, lessons_per_module + 1)
        ]
    return lessons


def test_lesson_page_runs_at_most_twelve_queries(client, course_tree, django_assert_max_num_queries):
    url = course_tree["lessons"][1].get_url()
    assert client.get(url).status_code == 200

    with django_assert_max_num_queries(MAX_LESSON_QUERIES):
        response = client.get(url)

    assert response.status_code == 200


def test_lesson_page_queries_do_not_grow_with_the_course(client, course_tree):
    small = course_tree["lessons"]
    large = big_course(course_tree["index"])
    assert len(small) == 3
    assert len(large) == 30

    assert count_queries(client, large[14].get_url()) == count_queries(client, small[1].get_url())


@pytest.mark.parametrize("kind", ["lesson", "course"])
def test_the_french_version_updated_notice_costs_no_query_of_its_own(
    client, course_tree, locales, django_capture_on_commit_callbacks, kind
):
    """Whether a translation is behind its French source is read in the query that fetches the page's
    translations anyway (learning.models.translations.with_source_change), never in a query of its own."""
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    pages = [*chain, course_tree["lessons"][0]]
    english = translate_into_english(pages, locales["en"], django_capture_on_commit_callbacks)
    french, translated = (pages[-1], english[-1]) if kind == "lesson" else (pages[2], english[2])
    SourceChange.objects.create(
        translation_key=french.translation_key, locale=french.locale, changed_at=timezone.now()
    )
    url = translated.get_url()
    assert client.get(url).status_code == 200

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert parse(response).select_one(".source-updated") is not None
    own = [query["sql"] for query in queries if "learning_sourcechange" in outer_tables(query["sql"])]
    assert own == []
    if kind == "lesson":
        assert len(queries) <= MAX_LESSON_QUERIES
