"""Fixtures for the account tests: accounts, signed-in clients, and finishing lessons as a browser does."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.models import User

PASSWORD = "plum-harbour-1917"


def url(name, *args, language="fr"):
    """A named URL in `language` (the interface URLs live under /fr/, /en/...)."""
    with translation.override(language):
        return reverse(name, args=args)


def complete(client, lesson):
    """Finish `lesson` through its "complete/" form, as the browser without JavaScript does."""
    response = client.post(lesson.get_url() + "complete/")
    assert response.status_code == 302, response.status_code
    return response


def make_user(username="rosalie", password=PASSWORD, **fields):
    return User.objects.create_user(username=username, password=password, **fields)


@pytest.fixture
def user(db):
    return make_user()


@pytest.fixture
def signed_in(client, user):
    """The `client`, signed in as `user`."""
    client.force_login(user)
    return client


@pytest.fixture
def visitor(db):
    """Another browser, anonymous: not the `client` that `signed_in` signs in."""
    return Client()
