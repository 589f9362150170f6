"""Security: sign-in lockout, the security headers of public pages, who reaches the Wagtail admin, and
`check --deploy` with the production settings."""

import os
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user
from django.contrib.auth.models import Group

from accounts.tests.conftest import PASSWORD, make_user, url
from quizzes.tests.factories import make_quiz, single_choice

pytestmark = pytest.mark.django_db

PROJECT_ROOT = Path(__file__).resolve().parents[2]
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


# Security headers.


@pytest.fixture
def public_urls(course_tree):
    quiz = make_quiz(course_tree["module"], questions=[single_choice("headers")])
    return [
        course_tree["home"].get_url(),
        course_tree["lessons"][0].get_url(),
        quiz.get_url(),
        url("search") + "?q=texte",
        url("login"),
        url("signup"),
    ]


def content_security_policy(response):
    """{directive: [sources]} from the Content-Security-Policy header."""
    policy = {}
    for directive in response["Content-Security-Policy"].split(";"):
        name, *sources = directive.split()
        policy[name] = sources
    return policy


def test_public_pages_send_the_security_headers(client, public_urls):
    for page_url in public_urls:
        response = client.get(page_url)
        assert response.status_code == 200, page_url

        policy = content_security_policy(response)
        assert policy["default-src"] == ["'self'"], page_url
        script_src = policy.get("script-src", policy["default-src"])
        assert "'unsafe-inline'" not in script_src, page_url
        assert "'unsafe-eval'" not in script_src, page_url
        assert "'unsafe-eval'" not in policy.get("style-src", [])
        assert response["X-Frame-Options"] == "DENY", page_url
        assert response["Referrer-Policy"] == "same-origin", page_url
        assert response["X-Content-Type-Options"] == "nosniff", page_url


class InlineCode(HTMLParser):
    """What a strict Content-Security-Policy would block: inline scripts, event handlers, javascript:
    URLs, <style> elements and style attributes."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src"):
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}>")
            if (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:>")


def test_public_pages_need_nothing_the_policy_blocks(client, public_urls):
    for page_url in public_urls:
        parser = InlineCode()
        parser.feed(client.get(page_url).content.decode())
        assert parser.found == [], page_url


def test_the_admin_is_served_without_the_public_policy_but_not_in_a_frame(client):
    client.force_login(make_user("admin-user", is_staff=True, is_superuser=True))

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"


# Who reaches the Wagtail admin.


def member_of(group_name, username):
    user = make_user(username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.parametrize(
    "make",
    [
        lambda: member_of("Editors", "editrice"),
        lambda: member_of("Pedagogical committee", "comite"),
        lambda: make_user("admin-user", is_staff=True, is_superuser=True),
    ],
    ids=["editor", "committee", "staff-superuser"],
)
def test_the_admin_is_open_to_editors_and_staff(client, make):
    client.force_login(make())

    response = client.get("/admin/")

    assert response.status_code == 200


@pytest.mark.parametrize(
    "make",
    [lambda: make_user("apprenant"), lambda: member_of("Facilitators", "animatrice")],
    ids=["learner", "facilitator"],
)
def test_the_admin_is_closed_to_learners_and_facilitators(client, make):
    client.force_login(make())

    response = client.get("/admin/")

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/pages/").status_code in (302, 403)


def test_the_admin_sends_anonymous_visitors_to_its_sign_in(client, db):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# Deployment checks.


def test_check_deploy_with_the_production_settings_reports_nothing(tmp_path):
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(45),  # 60 characters
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
    }
    assert len(env["SECRET_KEY"]) == 60

    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed command
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr
