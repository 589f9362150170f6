"""In Chromium: a learner opens the site in French, switches to English, reads a lesson and the next one,
and the browser never contacts any host but ours."""

from urllib.parse import urlparse

import pytest

from tests.helpers import foreign_urls

pytestmark = pytest.mark.django_db(transaction=True)


def test_french_to_english_lesson_to_next_lesson_stays_on_our_host(demo_site, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(demo_site.url + "/")
    assert urlparse(page.url).path == "/fr/"
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("link", name="Le droit international du travail").first.is_visible()

    page.locator('a[hreflang="en"]').first.click()
    page.wait_for_url("**/en/**")
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("link", name="International labour law").first.click()
    page.wait_for_url("**/international-labour-law/")
    page.get_by_role("link", name="What is the ILO?").first.click()
    page.wait_for_url("**/what-is-the-ilo/")
    assert page.locator("h1").inner_text() == "What is the ILO?"

    next_link = page.locator("a.step-next")
    next_title = next_link.inner_text()
    next_link.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() in next_title
    assert page.locator("a.step-prev").is_visible()

    foreign = foreign_urls(requested)
    assert requested, "the browser made no request at all"
    assert foreign == []
