"""The sign-in lockout keeps its word: a lock lasts the 15 minutes the page announces, whatever is tried
meanwhile; a new password lifts it; every password check counts; its traces go with the account and with
their own expiry.

The lock lives in the shared cache (a database table here) with an expiry that the cache compares with the
clock; instead of waiting, a test lets time pass by moving every stored expiry earlier (`let_time_pass`)."""

from datetime import timedelta
from io import StringIO

import pytest
from axes.helpers import make_cache_key_list
from django.contrib.auth import get_user
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.helpers import PASSWORD, make_user, url

pytestmark = pytest.mark.django_db

FAILURE_LIMIT = 5
NEW_PASSWORD = "lantern-quarry-1936"
CACHE_TABLE = "solidaire_cache"


def sign_in(client, username, password):
    return client.post(url("login", language="en"), {"username": username, "password": password})


def lock(client, username):
    for _ in range(FAILURE_LIMIT):
        response = sign_in(client, username, "not-" + PASSWORD)
    assert is_locked_out(response)
    return response


def is_locked_out(response):
    return response.status_code == 429 and "accounts/locked_out.html" in [t.name for t in response.templates]


def cache_rows():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {CACHE_TABLE}")  # noqa: S608 - our own table
        return [key for (key,) in cursor.fetchall()]


# An expiry moved `%s` seconds earlier, in each database's SQL.
EARLIER = {
    "sqlite": "datetime(expires, '-' || %s || ' seconds')",
    "postgresql": "expires - %s * INTERVAL '1 second'",
}


def let_time_pass(seconds):
    """As if `seconds` had passed for the shared cache: every expiry it stored comes that much nearer."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {CACHE_TABLE} SET expires = {EARLIER[connection.vendor]}", [seconds])  # noqa: S608


# 6. Attempts during a lock do not extend it.


def test_signing_in_during_a_lock_does_not_extend_it(client):
    make_user("patient")
    lock(client, "patient")  # for AXES_COOLOFF_TIME: 15 minutes

    let_time_pass(10 * 60)
    assert is_locked_out(sign_in(client, "patient", PASSWORD))  # still locked, and not for longer
    assert is_locked_out(sign_in(client, "patient", "not-" + PASSWORD))
    let_time_pass(5 * 60 + 2)  # 15 minutes after the lock: over, unless the attempts above restarted it

    response = sign_in(client, "patient", PASSWORD)

    assert response.status_code == 302
    assert get_user(client).username == "patient"


# 7. A new password lifts the lock; the lock page says what to do without an email address.


def test_a_completed_password_reset_lifts_the_lock(client):
    user = make_user("forgetful", email="forgetful@example.org")
    lock(client, "forgetful")
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    link = client.get(url("password_reset_confirm", uid, default_token_generator.make_token(user)))
    assert link.status_code == 302  # to the form, the token now in the session

    done = client.post(link["Location"], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302 and done["Location"] == url("password_reset_complete")

    response = sign_in(Client(), "forgetful", NEW_PASSWORD)
    assert response.status_code == 302


def test_the_lock_page_says_what_a_person_without_email_can_do(client):
    make_user("no-email")

    text = lock(client, "no-email").content.decode()

    assert "No email address on your account? The lock ends by itself: wait 15 minutes" in text
    assert "ask the people who run this site" in text


# 8. Wrong passwords on "delete my account" and "change my password" count with the failed sign-ins.


@pytest.mark.parametrize(
    ("form", "field"), [("delete_account", "password"), ("password_change", "old_password")]
)
def test_wrong_passwords_on_the_account_forms_count_with_the_sign_in_failures(client, form, field):
    user = make_user("guessed")
    client.force_login(user)
    for _ in range(FAILURE_LIMIT - 2):
        response = client.post(
            url(form, language="en"),
            {field: "not-" + PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        )
        assert response.status_code == 200  # the form again, with its error
    stranger = Client()
    assert sign_in(stranger, "guessed", "not-" + PASSWORD).status_code == 200

    assert is_locked_out(sign_in(stranger, "guessed", "not-" + PASSWORD))
    assert is_locked_out(client.post(url(form, language="en"), {field: PASSWORD}))
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_the_right_password_on_the_account_forms_still_works(client):
    user = make_user("owner")
    client.force_login(user)

    response = client.post(
        url("password_change", language="en"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


# 9. Lockout keys go with the account, and with their expiry.


def test_erasing_an_account_deletes_its_sign_in_failures(client):
    client.force_login(make_user("leaving"))  # signing in resets the count: fail after it
    for _ in range(FAILURE_LIMIT - 2):
        sign_in(Client(), "leaving", "not-" + PASSWORD)
    assert len(cache_rows()) == 1

    response = client.post(url("delete_account"), {"password": PASSWORD})

    assert response.status_code == 302
    assert cache_rows() == []


def test_purging_deletes_expired_cache_rows_only(client, settings):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=1)
    sign_in(client, "short-lived", "not-" + PASSWORD)
    settings.AXES_COOLOFF_TIME = timedelta(minutes=15)
    sign_in(client, "long-lived", "not-" + PASSWORD)
    assert len(cache_rows()) == 2
    let_time_pass(2 * 60)

    output = StringIO()
    call_command("purge_expired_cache", stdout=output)

    assert cache_rows() == [caches["shared"].make_key(make_cache_key_list([{"username": "long-lived"}])[0])]
    assert "Deleted 1 expired cache row(s)." in output.getvalue()
