"""A finished course offers what to do next: the toolkits built on it (pedagogy_tools pages with a `course`
chooser), found by learning without importing pedagogy_tools, and the next course."""

import pytest

from learning.tests.html import get
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
from tests.helpers import parse, publish_child

pytestmark = pytest.mark.django_db


def toolkit(index, title, slug, course):
    return publish_child(
        index,
        ToolkitPage(title=title, slug=slug, summary="s", objectives="<ul><li>o</li></ul>", course=course),
    )


def test_finished_course_links_the_toolkits_built_on_it_or_its_modules(client, course_tree):
    index = publish_child(course_tree["home"], ToolkitIndexPage(title="Trousses", slug="trousses"))
    on_course = toolkit(index, "Atelier sur le cours", "atelier-cours", course_tree["course"])
    on_module = toolkit(index, "Atelier sur le module", "atelier-module", course_tree["module"])
    toolkit(index, "Atelier sans cours", "atelier-autre", None)
    course = course_tree["course"]

    assert course.follow_ups([course_tree["module"]]) == [on_course, on_module]
    for lesson in course_tree["lessons"]:
        client.post(lesson.get_url() + "complete/")

    links = [
        a["href"]
        for a in parse(get(client, course.get_url())).select(".completion-panel .what-next .follow-up a")
    ]
    assert links == [on_course.get_url(), on_module.get_url()]
