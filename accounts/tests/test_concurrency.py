"""Simultaneous requests on the account forms (a double click, two tabs, a retried request): one row
is made or erased, and every other request gets a page, never a server error. On SQLite and PostgreSQL."""

import pytest
from django.conf import settings as django_settings
from django.test import Client

from accounts.models import User
from accounts.tests.visits import complete
from learning.models import Certificate
from tests.concurrency import at_the_same_moment, server_errors
from tests.helpers import PASSWORD, make_user, url

pytestmark = pytest.mark.django_db(transaction=True)

SIMULTANEOUS = 6
# The production hasher: it makes saving the new user take as long as it does for real, which is the
# window in which a second sign-up with the same name slips past the form's "is this name free?" check.
SLOW_HASHER = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
CERTIFICATE_REQUESTS = 4  # each one makes a PDF


def same_browser(session_cookie):
    """Another client with the same session cookie: a double click, or a retried request."""
    client = Client(raise_request_exception=False)
    client.cookies[django_settings.SESSION_COOKIE_NAME] = session_cookie
    return client


def test_simultaneous_sign_ups_with_one_username_make_one_account_and_tell_the_others(home, settings):
    settings.PASSWORD_HASHERS = SLOW_HASHER
    data = {"username": "double-clic", "password1": PASSWORD, "password2": PASSWORD}
    clients = [Client(raise_request_exception=False) for _ in range(SIMULTANEOUS)]

    responses = at_the_same_moment([lambda c=c: c.post(url("signup", language="en"), data) for c in clients])

    assert server_errors(responses) == []
    assert sorted(r.status_code for r in responses) == [200] * (SIMULTANEOUS - 1) + [302]
    assert User.objects.filter(username="double-clic").count() == 1
    for response in responses:
        if response.status_code == 200:
            assert "A user with that username already exists." in response.content.decode()


def test_simultaneous_deletions_of_one_account_erase_it_once_and_fail_none(home):
    first = Client(raise_request_exception=False)
    first.force_login(make_user("leaving"))
    session_cookie = first.cookies[django_settings.SESSION_COOKIE_NAME].value
    clients = [first, *(same_browser(session_cookie) for _ in range(SIMULTANEOUS - 1))]

    responses = at_the_same_moment(
        [lambda c=c: c.post(url("delete_account"), {"password": PASSWORD}) for c in clients]
    )

    assert server_errors(responses) == []
    assert [r.status_code for r in responses] == [302] * SIMULTANEOUS
    assert not User.objects.filter(username="leaving").exists()


def test_simultaneous_certificate_requests_issue_one_certificate(home, course_tree):
    learner = Client(raise_request_exception=False)
    learner.force_login(make_user("diplomee"))
    for lesson in course_tree["lessons"]:
        complete(learner, lesson)
    certificate_url = course_tree["course"].get_url() + "certificate/"
    session_cookie = learner.cookies[django_settings.SESSION_COOKIE_NAME].value
    clients = [learner, *(same_browser(session_cookie) for _ in range(CERTIFICATE_REQUESTS - 1))]

    responses = at_the_same_moment(
        [lambda c=c: c.post(certificate_url, {"name": "Rosalie"}) for c in clients]
    )

    assert server_errors(responses) == []
    assert [r["Content-Type"] for r in responses] == ["application/pdf"] * CERTIFICATE_REQUESTS
    assert Certificate.objects.filter(learner__user__username="diplomee", status="valid").count() == 1
