"""No request a visitor can send gets a 5xx (issue 14): every URL pattern of the project, public and admin
(Wagtail's admin included), resolved from the URLconf, is sent malformed path parameters, query strings
and form bodies (quotes, NUL, control characters, huge integers, 1 MB strings, wrong methods, missing CSRF
tokens) as an anonymous visitor, a learner, a facilitator and an editor.

Two passes, both bounded: a sweep sends every pattern a few requests (each role in turn), then Hypothesis
draws further combinations (pattern, role, method, parameters, query, body) for a fixed number of examples.
The counts of requests sent and of distinct patterns reached are printed (`pytest -s` shows them).
"""

import itertools
import re
import time
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model

from accounts.models import User
from learning.models import Theme
from tests.helpers import make_quiz

LANGUAGES = ["fr", "en", "es", "ht"]
ROLES = ["anonymous", "learner", "facilitator", "editor"]
MEGABYTE = "x" * (1024 * 1024)
HUGE = ["9223372036854775808", "2147483648", "99999999999999999999999999"]
# Path segments that are malformed for any converter that lets them through (quoted for the URL).
BAD_SEGMENTS = ["%22", "%27", "a%22b", "%00", "a%00b", "%1B%5B2J", "%E2%80%AE", "x" * 300, "-", "%25", "%5C"]
BAD_VALUES = ['"', "'", 'a"b', "\x00", "a\x00b", "\x1b[2J", "\u202e", "-1", "0", *HUGE, "", " ", "%", "\\"]
QUERY_NAMES = ["q", "p", "page", "ordering", "next", "theme", "level", "locale", "collection_id", "id", "tag"]
FORM_NAMES = [
    "username",
    "password",
    "password1",
    "password2",
    "old_password",
    "new_password1",
    "new_password2",
    "email",
    "name",
    "show_name",
    "answer",
    "choice",
    "next",
    "q",
    "title",
    "slug",
    "code",
    "action-publish",
]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
# Seconds of this process's CPU time for both passes (CPU time, not wall time: other processes sharing the
# machine must not make the test fail); the test fails if they take longer.
TIME_BUDGET = 40
PASSWORD = "x-y-z-1-2-3"  # noqa: S105


# -- the URL patterns --------------------------------------------------------------------------------


def all_patterns(patterns=None, prefix=()):
    """Every URLPattern of the URLconf, as (tuple of pattern objects from the root, URLPattern)."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from all_patterns(entry.url_patterns, (*prefix, entry.pattern))
        elif isinstance(entry, URLPattern):
            yield (*prefix, entry.pattern), entry


ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
REGEX_GROUP = re.compile(r"\(\?P<\w+>[^)]*\)|\([^?][^)]*\)")


def route_text(pattern):
    """The text of one part of a pattern: a path() route, a regex, or a language prefix ("fr/")."""
    text = str(pattern)
    if hasattr(pattern, "language_prefix"):
        return pattern.language_prefix
    return text


class Pattern:
    """One URL pattern and how to make paths that reach it."""

    def __init__(self, parts, url_pattern):
        self.parts = parts
        self.url_pattern = url_pattern
        self.key = "".join(str(part) for part in parts)

    def paths(self, values):
        """Paths for this pattern with each parameter taken from `values` (a function of the converter)."""
        text = ""
        for part in self.parts:
            source = route_text(part)
            if type(part).__name__ == "RegexPattern":
                numeric = lambda match: values("int" if "\\d" in match.group() else "regex")  # noqa: E731
                source = REGEX_GROUP.sub(numeric, source).lstrip("^").rstrip("$").replace("\\", "")
                source = source.replace("?", "").replace("+", "").replace("*", "")
            else:
                source = ROUTE_PARAMETER.sub(lambda match: values(match.group("converter") or "str"), source)
            text += source
        return "/" + text

    def reaches(self, path):
        """Whether `path` resolves to this pattern (or to another one: then it is another's request)."""
        try:
            match = resolve(path.split("?")[0].replace("%00", "\x00"))
        except (Resolver404, ValueError, UnicodeDecodeError):
            return False
        return match.route == self.key or match.func == self.url_pattern.callback


def patterns():
    with translation.override("fr"):
        return [Pattern(parts, url_pattern) for parts, url_pattern in all_patterns()]


def good_value(ids):
    """A value each converter accepts, from the data the test made."""

    def value(converter):
        return {
            "int": str(ids["page"]),
            "id": str(ids["quiz"]),
            "uuid": str(uuid.uuid4()),
            "slug": "x",
            "path": "x/y",
            "regex": "x",
        }.get(converter, "x")

    return value


def bad_value(choice):
    """A malformed value for each converter: what it lets through, at its worst."""

    def value(converter):
        if converter in ("int", "id"):
            return HUGE[choice % len(HUGE)]
        if converter == "uuid":
            return "00000000-0000-0000-0000-000000000000"
        if converter == "slug":
            return ["-", "x" * 300, "_"][choice % 3]
        return BAD_SEGMENTS[choice % len(BAD_SEGMENTS)]

    return value


# -- the people and the data ---------------------------------------------------------------------------


@pytest.fixture
def site(course_tree):
    """A course with a quiz, a document, a snippet and one user per role; returns (clients, ids)."""
    quiz = make_quiz(course_tree["module"])
    document = get_document_model()(title="Fiche")
    document.file.save("fiche.txt", ContentFile(b"Fiche.\n"), save=False)
    document.save()
    Theme.objects.create(name="Travail", slug="travail", locale=course_tree["home"].locale)
    users = {
        "learner": User.objects.create_user("fuzz-learner", password=PASSWORD),
        "facilitator": User.objects.create_user("fuzz-facilitator", password=PASSWORD),
        "editor": User.objects.create_user("fuzz-editor", password=PASSWORD),
    }
    users["facilitator"].groups.add(Group.objects.get(name="Facilitators"))
    users["editor"].groups.add(Group.objects.get(name="Editors"))
    clients = {}
    for role in ROLES:
        for csrf in (False, True):
            client = Client(enforce_csrf_checks=csrf, raise_request_exception=True)
            if role in users:
                client.force_login(users[role])
            clients[role, csrf] = client
    lesson = course_tree["lessons"][0]
    ids = {"page": lesson.pk, "quiz": quiz.pk, "document": document.pk}
    page_paths = [
        lesson.get_url(),
        lesson.get_url() + "complete/",
        course_tree["course"].get_url() + "certificate/",
        quiz.get_url(),
        course_tree["index"].get_url(),
    ]
    return {"clients": clients, "users": users, "ids": ids, "page_paths": page_paths}


class Run:
    """Sends the requests, counts them and the patterns they reached, and keeps every 5xx."""

    def __init__(self, site):
        self.site = site
        self.sent = 0
        self.reached = set()
        self.failures = []

    def send(self, role, csrf, method, path, query=None, body=None, pattern=None):
        client = self.site["clients"][role, csrf]
        for candidate in [pattern] if pattern is not None else self.site["patterns"]:
            if candidate.reaches(path):
                self.reached.add(candidate.key)
                break
        call = getattr(client, method.lower())
        try:
            if method in ("GET", "HEAD", "OPTIONS"):
                response = call(path, query or {})
            else:
                response = call(path + querystring(query), body or {})
        except Exception as error:  # noqa: BLE001 - every uncaught exception is a 500 for the visitor
            self.failures.append((role, csrf, method, path[:200], repr(error)[:300]))
            return
        finally:
            self.sent += 1
        if response.status_code >= 500:
            self.failures.append((role, csrf, method, path[:200], response.status_code))
        if role in self.site["users"] and "_auth_user_id" not in client.session:
            client.force_login(
                self.site["users"][role]
            )  # signed out or deleted by the request: sign in again


def querystring(query):
    if not query:
        return ""
    from urllib.parse import urlencode

    return "?" + urlencode(query)


def malformed_query(choice):
    names = QUERY_NAMES[choice % len(QUERY_NAMES) :] + QUERY_NAMES[: choice % len(QUERY_NAMES)]
    return {name: BAD_VALUES[(choice + index) % len(BAD_VALUES)] for index, name in enumerate(names[:3])}


def malformed_body(choice):
    names = FORM_NAMES[choice % len(FORM_NAMES) :] + FORM_NAMES[: choice % len(FORM_NAMES)]
    return {name: BAD_VALUES[(choice + index) % len(BAD_VALUES)] for index, name in enumerate(names[:6])}


@pytest.mark.django_db
def test_no_request_gets_a_server_error(site):
    started, started_cpu = time.monotonic(), time.process_time()
    every = patterns()
    site["patterns"] = every
    run = Run(site)
    roles = itertools.cycle(ROLES)

    # Pass 1, the sweep: each pattern with good then malformed parameters, GET with a malformed query,
    # then a POST with a malformed body (without a CSRF token every other time), each as the next role.
    for number, pattern in enumerate(every):
        good = pattern.paths(good_value(site["ids"]))
        bad = pattern.paths(bad_value(number))
        run.send(next(roles), False, "GET", good, malformed_query(number), pattern=pattern)
        run.send(next(roles), number % 2 == 0, "POST", good, None, malformed_body(number), pattern=pattern)
        run.send(next(roles), False, "GET", bad, malformed_query(number + 1), pattern=pattern)
    for number, path in enumerate(site["page_paths"]):
        for method in METHODS:
            run.send(ROLES[number % 4], method == "POST", method, path, malformed_query(number))
        run.send("learner", False, "POST", path, None, {**malformed_body(number), "name": MEGABYTE})
        run.send("anonymous", False, "GET", path, {"q": MEGABYTE})
    for language in LANGUAGES:
        run.send("anonymous", False, "GET", f"/{language}/search/", {"q": MEGABYTE})
        for value in BAD_VALUES:
            run.send("anonymous", False, "GET", f"/{language}/search/", {"q": value, "page": value})

    # Pass 2, Hypothesis: further combinations, a bounded number of them.
    @settings(
        max_examples=120,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        pattern=st.sampled_from(every),
        role=st.sampled_from(ROLES),
        method=st.sampled_from(METHODS),
        csrf=st.booleans(),
        good=st.booleans(),
        choice=st.integers(min_value=0, max_value=10_000),
        big=st.integers(min_value=0, max_value=19),
    )
    def more(pattern, role, method, csrf, good, choice, big):
        values = good_value(site["ids"]) if good else bad_value(choice)
        query = malformed_query(choice)
        body = malformed_body(choice + 1)
        if big == 0:  # one request in twenty carries a 1 MB string
            query["q"] = MEGABYTE
            body["name"] = MEGABYTE
        run.send(role, csrf, method, pattern.paths(values), query, body, pattern=pattern)

    more()
    elapsed, cpu = time.monotonic() - started, time.process_time() - started_cpu
    keys = {pattern.key for pattern in every}

    print(
        f"\nno_server_errors: {run.sent} requests, {len(run.reached)} of {len(keys)} distinct URL patterns"
        f" reached, {elapsed:.1f} s ({cpu:.1f} s of CPU)"
    )
    assert run.failures == [], "\n".join(str(failure) for failure in run.failures)
    unreached = sorted(keys - run.reached)
    print("no_server_errors: not reached:", unreached)
    assert len(run.reached) >= 0.95 * len(keys)
    assert cpu < TIME_BUDGET


@pytest.mark.django_db
def test_what_the_fuzz_test_found_in_wagtails_admin(site):
    """Three 500s of Wagtail's admin URLs the walk found, each now a plain answer."""
    editor = site["clients"]["editor", False]

    def not_found(path):
        # A 404 outside the language prefixes is first sent to /fr/... by LocaleMiddleware: then a 404.
        return editor.get(path, follow=True).status_code == 404

    assert not_found("/admin/documents/chooser/chosen/x/")
    assert not_found("/admin/snippets/choose/learning/theme/chosen/a%00b/")
    assert editor.get(f"/admin/documents/chooser/chosen/{site['ids']['document']}/").status_code == 200
    assert editor.get("/admin/login/", {"next": "x"})["Location"] == "x"
    assert not_found("/admin/failwhale/")
