"""In Chromium, three browsers (issue 24): a facilitator creates a circle with two meetings; two learners
join with its link, signing up on the spot, one sharing their progress and one not; both finish a lesson;
the facilitator sees the sharer by circle name and the totals, and never the other's name. Nothing is
fetched from another host and the Content-Security-Policy is never violated (checked by the fixture).

The stage is the `circle_in_browsers` fixture (circles/tests/browser.py, loaded by the conftest), for other
browser tests of the circles (the discussion's) to go on from."""

import pytest
from playwright.sync_api import expect

from circles.models import Membership

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_facilitator_sees_the_sharer_by_circle_name_and_the_totals_only(circle_in_browsers):
    stage = circle_in_browsers
    assert set(Membership.objects.values_list("circle_name", "shares_progress")) == {
        ("Rosa", True),
        ("Jan", False),
        ("Discret 0", False),
        ("Discret 1", False),
    }
    leader = stage.leader
    leader.goto(f"{stage.base}/fr/circles/{stage.circle.pk}/")

    sharers = leader.locator(".circle-sharers tbody tr")
    expect(sharers).to_have_count(1)
    expect(sharers.locator("th")).to_have_text("Rosa")
    expect(sharers.locator("td").first).to_contain_text("Leçon 1")
    first_meeting = leader.locator(".circle-plan > li").first.locator("table tbody tr")
    expect(first_meeting.first.locator("th")).to_have_text("Leçon 1")
    expect(first_meeting.first.locator("td")).to_have_text("2")  # both finished it: the total shows
    main = leader.locator("main").inner_text()
    for hidden in ("Jan", "jean-baptiste", "rosalie", "Discret"):
        assert hidden not in main

    member = stage.other
    member.goto(f"{stage.base}/fr/circles/")
    expect(member.locator(".circle-readings li").first).to_contain_text("fait")
