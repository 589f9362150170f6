"""The course page puts the way in first (issue 22, item 12): on a phone the start/continue button and the
plan come before the summary, the objectives and the list of standards, which is folded."""

import pytest

from learning.models import LabourStandard
from tests.helpers import parse

pytestmark = pytest.mark.django_db


def order_of(html, *needles):
    return [html.index(needle) for needle in needles]


def test_the_start_button_and_the_plan_come_before_the_introduction(client, course_tree):
    course = course_tree["course"]
    for number in range(1, 12):
        standard = LabourStandard.objects.create(
            code=f"C{number:03}",
            title=f"Convention {number}",
            year_adopted=1950,
            category=LabourStandard.Category.choices[0][0],
            summary="Résumé.",
        )
        course.standards.add(standard)
    course.save_revision().publish()

    response = client.get(course.get_url())
    html = response.content.decode()
    soup = parse(response)

    start = str(soup.select_one(".course-progress a.button"))
    assert soup.select_one(".course-progress a.button")["href"] == course_tree["lessons"][0].get_url()
    positions = order_of(
        html, start, 'id="course-plan"', 'class="lead"', 'class="objectives"', "standards-list"
    )
    assert positions == sorted(positions)
    standards = soup.select_one("details.standards")
    assert not standards.has_attr("open")
    assert len(standards.select(".standards-list li")) == 11
