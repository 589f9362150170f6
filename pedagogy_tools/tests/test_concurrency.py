"""Facilitators asking for the same kit at the same moment (a double click, two people preparing one
workshop): one kit row, one build, and every request answered with a page. On SQLite and PostgreSQL."""

import pytest
from django.conf import settings
from django.test import Client

from pedagogy_tools.models import KitBuild
from tests.concurrency import at_the_same_moment, server_errors

pytestmark = pytest.mark.django_db(transaction=True)

SIMULTANEOUS = 4


def test_simultaneous_kit_requests_make_one_kit(toolkit, users):
    first = Client(raise_request_exception=False)
    first.force_login(users["facilitator"])
    clients = [first]
    for _ in range(SIMULTANEOUS - 1):
        client = Client(raise_request_exception=False)
        client.cookies[settings.SESSION_COOKIE_NAME] = first.cookies[settings.SESSION_COOKIE_NAME].value
        clients.append(client)

    responses = at_the_same_moment([lambda c=c: c.post(toolkit.url + "kit/") for c in clients])

    assert server_errors(responses) == []
    assert [r.status_code for r in responses] == [302] * SIMULTANEOUS
    assert KitBuild.objects.filter(toolkit=toolkit).count() == 1
