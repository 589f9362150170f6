"""Finding one's way: the course outline, breadcrumbs, previous/next across modules, and catalogue filters."""

import pytest

from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Theme
from learning.tests.html import get, link_paths
from tests.helpers import HTMX, lesson_body, parse, publish_child


def add_lesson(module, title, slug):
    return publish_child(module, LessonPage(title=title, slug=slug, body=lesson_body(f"{title}.")))


@pytest.fixture
def two_modules(course_tree):
    """The course tree with a second module of two lessons: five lessons in all, in tree order."""
    module_2 = publish_child(course_tree["course"], ModulePage(title="Module 2", slug="module-2"))
    lessons_2 = [add_lesson(module_2, "Leçon 4", "lecon-4"), add_lesson(module_2, "Leçon 5", "lecon-5")]
    return {**course_tree, "module_2": module_2, "lessons": [*course_tree["lessons"], *lessons_2]}


def first_occurrences(paths, wanted):
    """`wanted` paths in the order they first appear in `paths`."""
    seen = []
    for path in paths:
        if path in wanted and path not in seen:
            seen.append(path)
    return seen


def test_course_page_lists_modules_and_lessons_in_tree_order(client, two_modules):
    module = two_modules["module"]
    moved = add_lesson(module, "A comme avant-propos", "avant-propos")
    moved.move(module, pos="first-child")  # created last and alphabetically first, yet first in the tree
    expected_lessons = [moved.get_url(), *(lesson.get_url() for lesson in two_modules["lessons"])]

    response = get(client, two_modules["course"].get_url())

    outline = link_paths(response, ".outline a[href]")
    assert first_occurrences(outline, [module.get_url(), two_modules["module_2"].get_url()]) == [
        module.get_url(),
        two_modules["module_2"].get_url(),
    ]
    assert first_occurrences(outline, expected_lessons) == expected_lessons
    assert outline.index(two_modules["module_2"].get_url()) == outline.index(expected_lessons[4]) - 1


def test_lesson_page_has_breadcrumbs_to_its_course_and_module(client, two_modules):
    lesson = two_modules["lessons"][3]

    response = get(client, lesson.get_url())

    breadcrumbs = link_paths(response, ".breadcrumbs a[href]")
    course, module = two_modules["course"].get_url(), two_modules["module_2"].get_url()
    assert course in breadcrumbs
    assert module in breadcrumbs
    assert breadcrumbs.index(course) < breadcrumbs.index(module)
    assert lesson.get_url() not in breadcrumbs


def step_links(response):
    document = parse(response)
    previous, following = document.select_one('a[rel~="prev"]'), document.select_one('a[rel~="next"]')
    return (previous["href"] if previous else None, following["href"] if following else None)


def test_previous_and_next_cross_module_boundaries(client, two_modules):
    lessons = two_modules["lessons"]

    last_of_first_module = step_links(get(client, lessons[2].get_url()))
    first_of_second_module = step_links(get(client, lessons[3].get_url()))

    assert last_of_first_module == (lessons[1].get_url(), lessons[3].get_url())
    assert first_of_second_module == (lessons[2].get_url(), lessons[4].get_url())


def test_first_lesson_has_no_previous_and_last_has_no_next(client, two_modules):
    lessons = two_modules["lessons"]

    assert step_links(get(client, lessons[0].get_url())) == (None, lessons[1].get_url())
    assert step_links(get(client, lessons[-1].get_url())) == (lessons[-2].get_url(), None)


def test_unknown_and_unpublished_pages_are_not_found(client, course_tree):
    lesson = course_tree["lessons"][0]
    url = lesson.get_url()
    lesson.unpublish()

    assert client.get(url).status_code == 404
    assert client.get(course_tree["module"].get_url() + "pas-de-lecon/").status_code == 404
    assert client.get("/fr/cours/pas-de-cours/module-1/").status_code == 404


# -- catalogue filters -----------------------------------------------------------------------------------


def add_course(index, title, slug, level):
    course = CoursePage(
        title=title, slug=slug, summary=f"{title}.", objectives="<ul><li>Un</li></ul>", level=level
    )
    return publish_child(index, course)


@pytest.fixture
def catalogue(home, locales):
    """A catalogue with an advanced course filed under a theme and a beginner course with no theme."""
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    theme = Theme.objects.create(name="Chaînes d'approvisionnement", slug="chaines", locale=locales["fr"])
    advanced = add_course(index, "Sous-traitance mondiale", "sous-traitance", "advanced")
    advanced.themes.set([theme])
    advanced.save_revision().publish()
    beginner = add_course(index, "Premiers pas", "premiers-pas", "beginner")
    return {"index": index, "advanced": advanced, "beginner": beginner}


def listed_courses(response, catalogue):
    links = link_paths(response)
    return {name for name in ("advanced", "beginner") if catalogue[name].get_url() in links}


def test_catalogue_without_filters_lists_every_course(client, catalogue):
    response = get(client, catalogue["index"].get_url())

    assert listed_courses(response, catalogue) == {"advanced", "beginner"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"theme": "chaines"}, {"advanced"}),
        ({"level": "beginner"}, {"beginner"}),
        ({"level": "advanced"}, {"advanced"}),
        ({"theme": "chaines", "level": "beginner"}, set()),
    ],
)
def test_catalogue_filters_by_theme_and_level(client, catalogue, query, expected):
    response = get(client, catalogue["index"].get_url(), query)

    assert listed_courses(response, catalogue) == expected


def test_catalogue_ignores_unknown_filter_values(client, catalogue):
    for query in ({"theme": "inconnu"}, {"level": "expert"}, {"theme": "", "level": ""}):
        response = get(client, catalogue["index"].get_url(), query)

        assert listed_courses(response, catalogue) == {"advanced", "beginner"}, query


def test_catalogue_answers_htmx_with_the_results_fragment_only(client, catalogue):
    response = get(client, catalogue["index"].get_url(), {"level": "beginner"}, headers=HTMX)

    content = response.content.decode()
    assert "<html" not in content
    assert 'id="course-results"' in content
    assert listed_courses(response, catalogue) == {"beginner"}


def test_catalogue_varies_on_hx_request(client, catalogue):
    for headers in ({}, HTMX):
        response = get(client, catalogue["index"].get_url(), headers=headers)

        assert "hx-request" in response.headers["Vary"].lower(), headers
