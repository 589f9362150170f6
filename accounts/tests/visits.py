"""What the account tests do and look for: finishing a lesson as a browser does, and a text anywhere the
site keeps data."""

import base64
import pickle

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.db import connection


def complete(client, lesson):
    """Finish `lesson` through its "complete/" form, as the browser without JavaScript does."""
    response = client.post(lesson.get_url() + "complete/")
    assert response.status_code == 302, response.status_code
    return response


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
