"""Security: sign-in lockout and who reaches the Wagtail admin. The security headers of public pages are
checked in tests/test_csp.py, `check --deploy` in tests/test_production_settings.py."""

import pytest
from django.contrib.auth import get_user
from django.urls import reverse
from pytest_django.asserts import assertRedirects

from tests.helpers import PASSWORD, make_user, url

pytestmark = pytest.mark.django_db

FAILURE_LIMIT = 5


def sign_in(client, username, password, language="en"):
    return client.post(url("login", language=language), {"username": username, "password": password})


def fail(client, username, times):
    """`times` failed sign-ins; return the last answer."""
    for _ in range(times):
        response = sign_in(client, username, "not-" + PASSWORD)
    return response


def is_locked_out(response):
    return response.status_code == 429 and "accounts/locked_out.html" in [t.name for t in response.templates]


# Lockout.


def test_five_failed_sign_ins_lock_the_username_with_a_clear_message(client):
    make_user("lockout-1")

    before = fail(client, "lockout-1", FAILURE_LIMIT - 1)
    assert before.status_code == 200
    locked = fail(client, "lockout-1", 1)

    assert is_locked_out(locked)
    assert "There were too many failed sign-in attempts for this username" in locked.content.decode()


def test_a_locked_username_stays_locked_even_with_the_right_password(client):
    make_user("lockout-2")
    fail(client, "lockout-2", FAILURE_LIMIT)

    response = sign_in(client, "lockout-2", PASSWORD)

    assert is_locked_out(response)
    assert not get_user(client).is_authenticated


def test_the_lockout_is_per_username(client):
    make_user("lockout-3")
    make_user("lockout-4")
    fail(client, "lockout-3", FAILURE_LIMIT)

    response = sign_in(client, "lockout-4", PASSWORD)

    assert response.status_code == 302
    assert get_user(client).username == "lockout-4"


def test_a_successful_sign_in_before_the_limit_resets_the_count(client):
    make_user("lockout-5")
    fail(client, "lockout-5", FAILURE_LIMIT - 1)
    assert sign_in(client, "lockout-5", PASSWORD).status_code == 302
    client.post(url("logout"))

    again = fail(client, "lockout-5", FAILURE_LIMIT - 1)

    assert again.status_code == 200
    assert sign_in(client, "lockout-5", PASSWORD).status_code == 302
    assert get_user(client).username == "lockout-5"


# Who reaches the Wagtail admin.


@pytest.mark.parametrize(
    "make",
    [
        lambda: make_user("editrice", group="Editors"),
        lambda: make_user("comite", group="Pedagogical committee"),
        lambda: make_user("admin-user", is_staff=True, is_superuser=True),
    ],
    ids=["editor", "committee", "staff-superuser"],
)
def test_the_admin_is_open_to_editors_and_staff(client, make):
    client.force_login(make())

    response = client.get("/admin/")

    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/"])
def test_the_admin_sends_learners_to_its_sign_in(client, db, path):
    """Wagtail sends a signed-in visitor without admin access to the admin's sign-in, to come back."""
    client.force_login(make_user("apprenant"))

    response = client.get(path)

    assertRedirects(response, f"{reverse('wagtailadmin_login')}?next={path}")


def test_facilitators_enter_the_admin_for_the_course_reports_only(client, db):
    client.force_login(make_user("animatrice", group="Facilitators"))

    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 403


def test_the_admin_sends_anonymous_visitors_to_its_sign_in(client, db):
    response = client.get("/admin/")

    assertRedirects(response, f"{reverse('wagtailadmin_login')}?next=/admin/")
