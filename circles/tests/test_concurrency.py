"""Joins at the same moment (threads with their own connections: the database's lock decides): the last
seat of a circle goes once, and two people choosing the same circle name make one member."""

import pytest

from circles.models import Membership
from circles.tests.factories import add_member, make_circle, signed_in
from tests.concurrency import at_the_same_moment, server_errors
from tests.helpers import make_user, url

pytestmark = pytest.mark.django_db(transaction=True)


def join(client, code, name):
    return lambda: client.post(url("circles:join"), {"code": code, "circle_name": name})


def test_the_last_seat_goes_once(course_tree):
    circle = make_circle(course_tree["course"], max_members=3)
    add_member(circle, "one")
    add_member(circle, "two")
    clients = [signed_in(make_user(f"late{n}")) for n in range(4)]

    responses = at_the_same_moment(
        [join(client, circle.code, f"Late {n}") for n, client in enumerate(clients)]
    )

    assert server_errors(responses) == []
    assert sorted(response.status_code for response in responses) == [302, 409, 409, 409]
    assert Membership.objects.filter(circle=circle).count() == 3


def test_one_circle_name_is_taken_once(course_tree):
    circle = make_circle(course_tree["course"])
    clients = [signed_in(make_user(f"twin{n}")) for n in range(2)]

    responses = at_the_same_moment(
        [join(client, circle.code, "Rosa" if n else "rosa") for n, client in enumerate(clients)]
    )

    assert server_errors(responses) == []
    assert sorted(response.status_code for response in responses) == [302, 409]
    assert Membership.objects.filter(circle=circle).count() == 1
