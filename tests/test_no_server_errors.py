"""No request a visitor can send gets a 5xx (issues 14 and 20): every URL pattern of the project, public and
admin (Wagtail's admin included), resolved from the URLconf, is sent malformed path parameters, query
strings and form bodies (quotes, NUL, control characters, bidi and zero-width characters, huge integers,
1 MB strings, 3 MB bodies, bodies that are not UTF-8, thousands of fields, wrong methods, missing CSRF
tokens) as an anonymous visitor, a learner, a facilitator and an editor, with a course, a toolkit and a
live session (one learner joined) to reach. CI runs it on SQLite and on PostgreSQL, whose text fields
cannot hold a NUL: a request with one must be a 400 that stores nothing (issue 20).

Three passes, all bounded: a sweep sends every pattern a few requests (each role in turn), a hostile pass
sends every pattern NUL characters and hostile bodies, then Hypothesis draws further combinations
(pattern, role, method, parameters, query, body) for a fixed number of examples. The counts of requests
sent and of distinct patterns reached are printed (`pytest -s` shows them).
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
from wagtail.models import Collection

from accounts.models import User
from learning.models import Theme
from pedagogy_tools.access import TOOLKITS_COLLECTION
from pedagogy_tools.models import ToolkitIndexPage
from pedagogy_tools.tests.factories import make_attachment, toolkit_page
from quizzes.live import rules
from quizzes.live.views import SESSION_KEY as LIVE_PARTICIPANTS
from tests.helpers import make_quiz, publish_child, stored_rows

LANGUAGES = ["fr", "en", "es", "ht"]
ROLES = ["anonymous", "learner", "facilitator", "editor"]
MEGABYTE = "x" * (1024 * 1024)
HUGE = ["9223372036854775808", "2147483648", "99999999999999999999999999"]
# Path segments that are malformed for any converter that lets them through (quoted for the URL).
BAD_SEGMENTS = ["%22", "%27", "a%22b", "%00", "a%00b", "%1B%5B2J", "%E2%80%AE", "x" * 300, "-", "%25", "%5C"]
# Bidi overrides and isolates, zero-width characters, a byte-order mark: text a form may carry.
INVISIBLE = ["\u202e", "a\u202eb", "\u2066x\u2069", "\u200b", "a\u200d\u200cb", "\ufeff"]
BAD_VALUES = ['"', "'", 'a"b', "\x00", "a\x00b", "\x1b[2J", *INVISIBLE, "-1", "0", *HUGE, "", " ", "%", "\\"]
QUERY_NAMES = [
    "q",
    "p",
    "page",
    "ordering",
    "next",
    "theme",
    "level",
    "locale",
    "collection_id",
    "id",
    "tag",
    "code",
    "language",
    "start",
]
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
    "nickname",
    "team",
    "teams",
    "ranking",
    "language",
    "from",
    "start",
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
                numeric = lambda match: values("int" if "\\d" in match.group() else "regex", "")  # noqa: E731
                source = REGEX_GROUP.sub(numeric, source).lstrip("^").rstrip("$").replace("\\", "")
                source = source.replace("?", "").replace("+", "").replace("*", "")
            else:
                source = ROUTE_PARAMETER.sub(
                    lambda match: values(match.group("converter") or "str", match.group("name")), source
                )
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

    def value(converter, name):
        if converter == "id" and name == "pk":  # quizzes/live/<id:pk>/
            return str(ids["live_session"])
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

    def value(converter, name):
        if converter in ("int", "id"):
            return HUGE[choice % len(HUGE)]
        if converter == "uuid":
            return "00000000-0000-0000-0000-000000000000"
        if converter == "slug":
            return ["-", "x" * 300, "_"][choice % 3]
        return BAD_SEGMENTS[choice % len(BAD_SEGMENTS)]

    return value


# -- the people and the data ---------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site(course_tree):
    """A course with a quiz, a toolkit, a live session of the quiz (the learner joined it), a document, a
    snippet and one user per role; returns the clients, users, ids and the pages' paths."""
    quiz = make_quiz(course_tree["module"])
    attachment = make_attachment(Collection.objects.get(depth=2, name=TOOLKITS_COLLECTION))
    toolkits = publish_child(course_tree["home"], ToolkitIndexPage(title="Trousses", slug="trousses"))
    toolkit = publish_child(toolkits, toolkit_page(course_tree["module"], quiz, attachment))
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
    live_session = rules.start_session(quiz, users["facilitator"], "fr")
    participant = rules.join(live_session, "Ana")
    clients = {}
    for role in ROLES:
        for csrf in (False, True):
            client = Client(enforce_csrf_checks=csrf, raise_request_exception=True)
            if role in users:
                client.force_login(users[role])
            if role == "learner":
                session = client.session
                session[LIVE_PARTICIPANTS] = {str(live_session.pk): participant.pk}
                session.save()
            clients[role, csrf] = client
    lesson = course_tree["lessons"][0]
    ids = {"page": lesson.pk, "quiz": quiz.pk, "document": document.pk, "live_session": live_session.pk}
    page_paths = [
        lesson.get_url(),
        lesson.get_url() + "complete/",
        course_tree["course"].get_url() + "certificate/",
        course_tree["module"].get_url(),
        quiz.get_url(),
        course_tree["index"].get_url(),
        toolkit.get_url(),
        toolkit.get_url() + "kit/",
        toolkit.get_url() + "kit/download/",
    ]
    return {
        "clients": clients,
        "users": users,
        "ids": ids,
        "page_paths": page_paths,
        "code": live_session.code,
    }


class Run:
    """Sends the requests, counts them and the patterns they reached, and keeps every 5xx."""

    def __init__(self, site):
        self.site = site
        self.sent = 0
        self.reached = set()
        self.failures = []

    def send(self, role, csrf, method, path, query=None, body=None, pattern=None, content_type=None):
        """Send one request; return its response (None if it raised)."""
        client = self.site["clients"][role, csrf]
        for candidate in [pattern] if pattern is not None else self.site["patterns"]:
            if candidate.reaches(path):
                self.reached.add(candidate.key)
                break
        call = getattr(client, method.lower())
        try:
            if method in ("GET", "HEAD", "OPTIONS"):
                response = call(path, query or {})
            elif content_type:
                response = call(path + querystring(query), body, content_type=content_type)
            else:
                response = call(path + querystring(query), body or {})
        except Exception as error:  # noqa: BLE001 - every uncaught exception is a 500 for the visitor
            self.failures.append((role, csrf, method, path[:200], repr(error)[:300]))
            return None
        finally:
            self.sent += 1
        if response.status_code >= 500:
            self.failures.append((role, csrf, method, path[:200], response.status_code))
        if role in self.site["users"] and "_auth_user_id" not in client.session:
            client.force_login(
                self.site["users"][role]
            )  # signed out or deleted by the request: sign in again
        return response


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


# -- NUL characters, and bodies past Django's limits or not UTF-8 (issue 20) --------------------------------

URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data; boundary=B"
JSON = "application/json"
THREE_MEGABYTES = b"x" * (3 * 1024 * 1024)


def multipart(**fields):
    """A multipart/form-data body (boundary B) of `fields`, whose values are bytes."""
    parts = [
        b'--B\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (name.encode(), value)
        for name, value in fields.items()
    ]
    return b"".join(parts) + b"--B--\r\n"


def nul_requests(code):
    """Requests with a NUL in their query, form or JSON body, as (method, query, body, content type). With
    `code`, the live session's, the join form reaches the nickname."""
    form = {"code": code, "nickname": "A\x00na", "teams": "A\x00\nB", "ranking": "team", "from": "e\x00n"}
    return [
        ("GET", {"code": "AB\x00CD", "language": "e\x00n", "q": "a\x00b"}, None, None),
        ("GET", {"x\x00": "1"}, None, None),
        ("POST", None, {**form, "language": "fr"}, None),
        ("POST", None, b"x%00=1&code=" + code.encode(), URLENCODED),
        ("POST", None, b"\xff\xfe\x00", URLENCODED),  # not UTF-8: Django reads it as Latin-1, with its NUL
        ("PUT", None, multipart(value=b"A\x00B"), MULTIPART),  # wagtail-localize's string editor
        ("PATCH", None, b'{"tip\\u0000": true}', JSON),  # Wagtail's dismissed tips
    ]


# Bodies Django refuses before any view, past its limits (DATA_UPLOAD_MAX_MEMORY_SIZE,
# DATA_UPLOAD_MAX_NUMBER_FIELDS) or JSON that is not UTF-8: each is a 400.
UNREADABLE = [
    ("POST", b"name=" + THREE_MEGABYTES, URLENCODED),
    ("POST", multipart(name=THREE_MEGABYTES), MULTIPART),
    ("POST", "&".join(f"f{number}=1" for number in range(5000)).encode(), URLENCODED),
    ("PUT", b"value=" + THREE_MEGABYTES, URLENCODED),
    ("PATCH", b"\xff\xfe\x00", JSON),
]


def readable_bodies(code):
    """Bodies the views read: text that is not UTF-8, bidi and zero-width characters. (method, body, type)"""
    invisible = {
        "nickname": "A\u202ena\u200b",
        "teams": "\u2066A\u2069\n\u200bB",
        "name": "\ufeff",
        "q": "\u200d",
    }
    return [
        ("POST", b"code=%s&nickname=\xe9t\xe9&teams=\xff\n\xfe&q=\xc3(" % code.encode(), URLENCODED),
        ("POST", b"\xff\xfe\x00", MULTIPART),  # no part in it: an empty form
        ("POST", {"code": code, "ranking": "team", "language": "fr", **invisible}, None),
        ("PUT", multipart(value=b"\xe9t\xe9\xff"), MULTIPART),
    ]


def every_path(site):
    """A path to each URL pattern, with parameters that name the test's rows, and the pages' own routes."""
    site["patterns"] = patterns()
    return [pattern.paths(good_value(site["ids"])) for pattern in site["patterns"]] + site["page_paths"]


@pytest.mark.django_db
def test_a_nul_anywhere_is_a_400_that_stores_nothing(site):
    paths = every_path(site)
    run = Run(site)
    roles = itertools.cycle(ROLES)
    refused, answered = 0, []
    before = stored_rows()

    requests = nul_requests(site["code"])
    for number, path in enumerate(paths):
        # Every path gets the query's and the form's NUL, and one of the others in turn.
        for method, query, body, content_type in [*requests[:3], requests[3 + number % (len(requests) - 3)]]:
            response = run.send(next(roles), number % 2 == 0, method, path, query, body, None, content_type)
            if response is not None and response.status_code != 400:
                answered.append((method, path, query, response.status_code))
            refused += 1

    print(f"\nno_server_errors: {refused} requests with a NUL to {len(paths)} paths")
    assert run.failures == [], "\n".join(str(failure) for failure in run.failures)
    assert answered == []
    assert stored_rows() == before


@pytest.mark.django_db
def test_bodies_past_djangos_limits_are_400s_and_other_bodies_no_5xx(site):
    paths = every_path(site)
    run = Run(site)
    roles = itertools.cycle(ROLES)
    readable = readable_bodies(site["code"])
    answered = []

    for number, path in enumerate(paths):
        for method, body, content_type in [UNREADABLE[number % 5], UNREADABLE[(number + 2) % 5]]:
            response = run.send(next(roles), False, method, path, None, body, None, content_type)
            if response is not None and response.status_code != 400:
                answered.append((method, path, content_type, response.status_code))
        method, body, content_type = readable[number % len(readable)]
        run.send(next(roles), number % 3 == 0, method, path, None, body, None, content_type)

    print(f"\nno_server_errors: {run.sent} hostile bodies to {len(paths)} paths")
    assert run.failures == [], "\n".join(str(failure) for failure in run.failures)
    assert answered == []


@pytest.mark.django_db
def test_what_the_fuzz_test_found_in_wagtails_admin(site):
    """Three 500s of Wagtail's admin URLs the walk found, each now a plain answer."""
    editor = site["clients"]["editor", False]

    def not_found(path):
        # A 404 outside the language prefixes is first sent to /fr/... by LocaleMiddleware: then a 404.
        return editor.get(path, follow=True).status_code == 404

    assert not_found("/admin/documents/chooser/chosen/x/")
    assert not_found("/admin/snippets/choose/learning/theme/chosen/a-b/")
    assert editor.get("/admin/snippets/choose/learning/theme/chosen/a%00b/").status_code == 400  # issue 20
    assert editor.get(f"/admin/documents/chooser/chosen/{site['ids']['document']}/").status_code == 200
    assert editor.get("/admin/login/", {"next": "x"})["Location"] == "x"
    assert not_found("/admin/failwhale/")
