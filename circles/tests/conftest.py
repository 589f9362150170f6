"""Fixtures for the circle tests: the course_tree's course led by a facilitator in a circle."""

import pytest

from circles.tests.browser import circle_in_browsers  # noqa: F401 - a fixture, for the browser tests
from circles.tests.factories import make_circle, signed_in
from tests.helpers import facilitator


@pytest.fixture
def leader(db):
    return facilitator("animatrice")


@pytest.fixture
def circle(course_tree, leader):
    return make_circle(course_tree["course"], leader)


@pytest.fixture
def leader_client(leader):
    return signed_in(leader)
