"""Fixtures for the account tests: accounts, signed-in clients, finishing lessons as a browser does, and
looking for a text anywhere the site keeps data."""

import base64
import pickle

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.db import connection
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


def stored_text_containing(*needles):
    """(where, needle) for each needle found anywhere the site keeps data: every database table's rows as
    text, every cache's unpickled values (database or memory) and the sessions' decoded data."""
    found = []
    database_caches = {}
    for alias, config in settings.CACHES.items():
        if config["BACKEND"].endswith("DatabaseCache"):
            database_caches[config["LOCATION"]] = alias
        elif config["BACKEND"].endswith("LocMemCache"):
            values = [pickle.loads(value) for value in caches[alias]._cache.values()]  # noqa: S301
            found += [(f"cache {alias}", needle) for needle in needles if needle in repr(values)]
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 - our own table names
            text = repr(cursor.fetchall())
            if table in database_caches:
                cursor.execute(f"SELECT value FROM {quoted}")  # noqa: S608
                text += repr([pickle.loads(base64.b64decode(value)) for (value,) in cursor.fetchall()])  # noqa: S301
            found += [(table, needle) for needle in needles if needle in text]
    sessions = repr([session.get_decoded() for session in Session.objects.all()])
    found += [("django_session (decoded)", needle) for needle in needles if needle in sessions]
    return found
