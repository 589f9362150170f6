"""Screenshots for docs/screens.md of the missions pages, in Chromium on the demo at 360 px (a phone) and
1280 px (a laptop): a country brief (its table in view) and the pre-departure course's page. As in
tests/test_screens.py, every run takes and checks them aside; `make screens` writes them to docs/screens."""

import pytest

from learning.demo.build import demo_key
from learning.models import CoursePage
from missions.models import CountryBriefPage
from tests.helpers import save_screens

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {360: 740, 1280: 800}


def test_screenshots_of_a_country_brief_and_the_pre_departure_course(demo_site, page, screens_folder):
    site = demo_site.url
    french = {"locale__language_code": "fr"}
    brief = CountryBriefPage.objects.get(translation_key=demo_key("country:haiti"), **french)
    course = CoursePage.objects.get(translation_key=demo_key("course:missions"), **french)

    page.goto(site + brief.get_url())
    save_screens(page, screens_folder, "country-brief", VIEWPORTS)
    table = page.locator("table.ratifications")
    save_screens(page, screens_folder, "country-brief-table", VIEWPORTS, focus=lambda width: (table, 16))
    assert table.locator("tbody tr").count() == 7

    page.goto(site + course.get_url())
    save_screens(page, screens_folder, "pre-departure-course", VIEWPORTS)
    assert page.get_by_role("heading", level=1).inner_text() == course.title

    names = ["country-brief", "country-brief-table", "pre-departure-course"]
    assert [
        name
        for name in names
        for width in VIEWPORTS
        if not (screens_folder / f"{name}-{width}.png").is_file()
    ] == []
