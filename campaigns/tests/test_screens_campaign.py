"""Screenshots of the demo campaign for docs/screens.md, at 360 px and 1280 px, as tests/test_screens.py
takes the others: the top of the page, its timeline, and its adopting organisations with the adoption form.
Checked in a temporary folder on every run; `make screens` (SCREENS=write) writes them into docs/screens."""

import time
from urllib.parse import urlparse

import pytest

from campaigns.models import CampaignPage
from learning.demo.build import demo_key
from tests.helpers import save_screens

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {360: 740, 1280: 800}


def test_screenshots_of_the_demo_campaign(demo_site, page, screens_folder):
    started = time.time()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    campaign = CampaignPage.objects.get(
        translation_key=demo_key("campaign:sweatshops"), locale__language_code="fr"
    )

    page.goto(demo_site.url + campaign.get_url())
    save_screens(page, screens_folder, "campaign", VIEWPORTS)
    timeline = page.locator("#timeline-title")
    save_screens(page, screens_folder, "campaign-timeline", VIEWPORTS, focus=lambda width: (timeline, 16))
    adoptions = page.locator("#adoptions")
    save_screens(page, screens_folder, "campaign-adoptions", VIEWPORTS, focus=lambda width: (adoptions, 16))

    assert [url for url in requested if urlparse(url).hostname not in ("127.0.0.1", "localhost")] == []
    taken = [
        screens_folder / f"{name}-{width}.png"
        for name in ["campaign", "campaign-timeline", "campaign-adoptions"]
        for width in VIEWPORTS
    ]
    assert [path.name for path in taken if not path.is_file() or path.stat().st_mtime < started] == []
