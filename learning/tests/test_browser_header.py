"""In Chromium, on a 360 x 740 phone: the header leaves the first heading within 160 px of the top on the home
page, a course page, a lesson and a quiz, for a signed-in learner in Haitian Creole (the longest language
name, and "Sign out"); the header's menu opens with the keyboard and holds navigation, search, language and
account; at 1280 px the header takes at most two rows."""

import pytest
from django.contrib.auth import get_user_model
from wagtail_localize.synctree import synchronize_tree

from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, StandardPage
from tests.helpers import lesson_body, make_quiz, publish_child, single_choice

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 360, "height": 740}
HEADING_BUDGET = 160


@pytest.fixture
def site(home, locales, live_server):
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours", show_in_menus=True))
    publish_child(home, StandardPage(title="À propos", slug="a-propos", body="<p>A.</p>", show_in_menus=True))
    course = publish_child(
        index,
        CoursePage(
            title="Le droit international du travail",
            slug="un-cours",
            summary="R.",
            objectives="<ul><li>O</li></ul>",
        ),
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    lesson = publish_child(
        module,
        LessonPage(
            title="L'Organisation internationale du travail et ses conventions fondamentales",
            slug="lecon-1",
            body=lesson_body(),
        ),
    )
    quiz = make_quiz(module, questions=[single_choice()])
    synchronize_tree(locales["fr"], locales["ht"])
    get_user_model().objects.create_user("apprenant", password="un-mot-de-passe-solide")
    named = {"home": home, "course": course, "lesson": lesson, "quiz": quiz}
    return {
        "url": live_server.url,
        "fr": {name: page.get_url() for name, page in named.items()},
        "pages": {name: page.get_translation(locales["ht"]).get_url() for name, page in named.items()},
    }


def sign_in(page, site):
    page.goto(site["url"] + "/ht/accounts/login/")
    page.locator("input[name=username]").fill("apprenant")
    page.locator("input[name=password]").fill("un-mot-de-passe-solide")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def first_heading_top(page):
    return page.locator("h1").first.evaluate("(h) => h.getBoundingClientRect().top")


@pytest.mark.parametrize("language", ["fr", "pages"], ids=["French", "Kreyol-aliases"])
def test_first_heading_within_160px_on_a_phone(site, page, language):
    """French pages, and Kreyòl aliases of them, which also show the "not yet translated" notice."""
    page.set_viewport_size(PHONE)
    sign_in(page, site)
    tops, headers = {}, {}
    for name, path in site[language].items():
        page.goto(site["url"] + path)
        tops[name] = first_heading_top(page)
        headers[name] = page.locator("header.site-header").bounding_box()["height"]
    print(f"\n{language} at 360 px: header heights {headers}, first heading tops {tops}")
    assert all(top <= HEADING_BUDGET for top in tops.values()), tops


def test_header_menu_opens_with_the_keyboard_and_holds_everything(site, page):
    page.set_viewport_size(PHONE)
    sign_in(page, site)
    page.goto(site["url"] + site["pages"]["lesson"])
    menu = page.locator("header details.site-menu")
    search = page.locator("header input[type=search]")
    assert not search.is_visible()

    page.locator("header summary").focus()
    page.keyboard.press("Enter")
    assert menu.get_attribute("open") is not None
    assert search.is_visible()
    assert search.get_attribute("placeholder")
    assert page.locator("label[for=site-search-q]").count() == 1
    for link in ("a[hreflang=fr]", "a[hreflang=ht]", "a[href$='/my-learning/']", "nav.site-nav a"):
        assert page.locator("header").locator(link).first.is_visible(), link
    assert page.locator("header").get_by_role("button", name="Dekonekte").is_visible()

    # Nothing wraps onto a line of its own: the language names and "sign out" each fit on one line.
    for locator in (page.locator("header a[hreflang=ht]"), page.locator("header .link-button")):
        box = locator.first.bounding_box()
        assert box["height"] < 48, box  # one line (44 px touch target), not two

    page.keyboard.press("Escape")  # solidaire.js closes the menu and gives the focus back
    assert menu.get_attribute("open") is None


def test_header_takes_at_most_two_rows_at_1280px(site, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, site)
    for name, path in site["pages"].items():
        page.goto(site["url"] + path)
        height = page.locator("header.site-header").bounding_box()["height"]
        print(f"header height at 1280 px on {name}: {height}")
        assert height <= 100, (name, height)  # two rows of 44 px controls at most
        assert page.locator("header input[type=search]").is_visible()
