"""The Content-Security-Policy of the public site, and the other security headers: every public page sends
them and needs nothing the policy blocks; the Wagtail admin goes without the public policy."""

from html.parser import HTMLParser

import pytest

from tests.helpers import make_quiz, make_user, single_choice, url

pytestmark = pytest.mark.django_db


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


def test_the_admin_is_served_without_the_public_policy_but_not_in_a_frame(client, home):
    client.force_login(make_user("admin-user", is_staff=True, is_superuser=True))

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"
