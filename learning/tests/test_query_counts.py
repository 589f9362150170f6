"""The lesson page costs a small, fixed number of queries, whatever the size of its course."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import CoursePage, LessonPage, ModulePage
from tests.helpers import lesson_body, publish_child

MAX_LESSON_QUERIES = 12


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
