"""A crawl of the demo: no page makes the browser load anything from, or send a form to, another host;
and every page has one <h1>, a <main>, and the language of its locale on <html>.

The demo is in the database for the whole module (`demo_db`, tests/helpers.py) and rolled back at the
end, so other test modules never see it.
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from learning.models import Certificate, CoursePage, Learner
from tests.helpers import LANGUAGES, rolled_back
from tests.html_checker import validate

pytestmark = pytest.mark.django_db

TEST_HOST = "testserver"
# <link rel> values that make the browser fetch the href (or connect to its host) on its own.
LOADING_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "manifest",
}


class PageFacts(HTMLParser):
    """What the tests look at in one HTML document."""

    def __init__(self):
        super().__init__()
        self.loaded = []  # (tag, attribute, URL) the browser fetches or submits to without a click
        self.counts = {"h1": 0, "main": 0}
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in self.counts:
            self.counts[tag] += 1
        if tag == "html":
            self.html_lang = attributes.get("lang")
        for name in ("src", "poster"):
            if attributes.get(name):
                self.loaded.append((tag, name, attributes[name]))
        for candidate in (attributes.get("srcset") or "").split(","):
            if candidate.strip():
                self.loaded.append((tag, "srcset", candidate.split()[0]))
        if tag == "object" and attributes.get("data"):
            self.loaded.append((tag, "data", attributes["data"]))
        rels = set((attributes.get("rel") or "").lower().split())
        if tag == "link" and (rels & LOADING_RELS or any("icon" in rel for rel in rels)):
            self.loaded.append((tag, "href", attributes.get("href") or ""))
        if tag == "form" and attributes.get("action"):
            self.loaded.append((tag, "action", attributes["action"]))

    handle_startendtag = handle_starttag


def is_foreign(address):
    """Whether `address` points to a host other than the test server (absolute or scheme-relative)."""
    address = address.strip()
    if address.startswith("//") or urlsplit(address).scheme in ("http", "https"):
        return urlsplit(address).hostname != TEST_HOST
    return False


def interface_urls(certificate_code):
    """The pages that are not Wagtail pages, in each language: (language, URL)."""
    urls = []
    for language in LANGUAGES:
        with translation.override(language):
            urls += [
                (language, reverse("login")),
                (language, reverse("signup")),
                (language, reverse("password_reset")),
                (language, reverse("search")),
                (language, reverse("search") + "?q=travail"),
                (language, reverse("certificate_verify", args=[certificate_code])),
            ]
    return urls


@pytest.fixture(scope="module")
def crawl(demo_db, django_db_blocker):
    """GET every live page of every locale of the demo and the interface pages: a list of
    (language, URL, status, PageFacts, body). Everything is rolled back afterwards."""
    with rolled_back(django_db_blocker):
        course = CoursePage.objects.live().filter(locale__language_code="fr").first()
        certificate = Certificate.objects.create(
            learner=Learner.objects.create(), course_key=course.translation_key
        )
        pages = Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path")
        targets = [(page.locale.language_code, page.get_url()) for page in pages]
        targets += interface_urls(certificate.code)
        client = Client()
        results = []
        for language, address in targets:
            response = client.get(address)
            facts = PageFacts()
            facts.feed(response.content.decode())
            results.append((language, address, response.status_code, facts, response.content))
        yield results


def test_the_crawl_covers_every_locale_and_many_pages(crawl):
    assert {language for language, *_ in crawl} == set(LANGUAGES)
    assert len(crawl) > 50
    assert any("/certificates/" in address for _language, address, *_ in crawl)


def test_every_crawled_page_answers(crawl):
    assert [(address, status) for _language, address, status, *_ in crawl if status != 200] == []


def test_no_page_loads_from_or_posts_to_another_host(crawl):
    foreign = [
        (address, tag, attribute, value)
        for _language, address, _status, facts, _body in crawl
        for tag, attribute, value in facts.loaded
        if is_foreign(value)
    ]
    assert foreign == []


def test_every_page_has_one_h1_and_a_main(crawl):
    wrong = [
        (address, facts.counts)
        for _language, address, _status, facts, _body in crawl
        if facts.counts != {"h1": 1, "main": 1}
    ]
    assert wrong == []


def test_every_page_is_in_the_language_of_its_locale(crawl):
    wrong = [
        (address, language, facts.html_lang)
        for language, address, _status, facts, _body in crawl
        if facts.html_lang != language
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "address, foreign",
    [
        ("/static/css/solidaire.css", False),
        ("http://testserver/fr/", False),
        ("https://fonts.example.com/a.css", True),
        ("//cdn.example.com/htmx.js", True),
        ("data:image/png;base64,AAAA", False),
        ("#main", False),
    ],
)
def test_is_foreign_tells_other_hosts_from_ours(address, foreign):
    assert is_foreign(address) is foreign


def test_page_facts_sees_what_the_browser_would_load():
    facts = PageFacts()
    facts.feed(
        '<html lang="fr"><link rel="shortcut icon" href="//x.example/i.ico">'
        '<link rel="alternate" href="https://x.example/en/">'
        '<img srcset="a.png 1x, https://x.example/b.png 2x">'
        '<form action="https://x.example/post"></form><a href="https://x.example/">link</a><main><h1>T</h1></main>'
    )

    assert [value for *_, value in facts.loaded if is_foreign(value)] == [
        "//x.example/i.ico",
        "https://x.example/b.png",
        "https://x.example/post",
    ]
    assert facts.counts == {"h1": 1, "main": 1}
    assert facts.html_lang == "fr"


def test_every_crawled_page_is_valid_html(crawl):
    """The Nu HTML checker finds no error in any page of the crawl (tests/html_checker.py)."""
    errors = validate({address: body for _language, address, _status, _facts, body in crawl})
    assert errors == []


def test_the_html_checker_reports_an_invalid_page():
    page = '<!DOCTYPE html><html lang="fr"><title>T</title><svg hidden></svg><p hx-get="/x">x</p></html>'

    messages = [message for _name, _line, message in validate({"page": page})]

    assert any("“hidden” not allowed on element “svg”" in message for message in messages)
    assert any("“hx-get” not allowed" in message for message in messages)


def test_no_page_of_a_fresh_demo_says_its_translation_is_out_of_date(crawl):
    """Issue 22 item 10: the demo's translations are made after their sources' last publication."""
    stale = [address for _language, address, _status, _facts, body in crawl if b"source-updated" in body]
    assert stale == []
