"""Fixtures for the account tests: an account, a signed-in client and another, anonymous, browser."""

import pytest
from django.test import Client

from tests.helpers import make_user


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
