"""In Chromium, three browsers (issue 24): a facilitator creates a circle with two meetings; two learners
join with its link, signing up on the spot, one sharing their progress and one not; both finish a lesson;
the facilitator sees the sharer by circle name and the totals, and never the other's name. Nothing is
fetched from another host and the Content-Security-Policy is never violated (checked by the fixture).

The stage is the `circle_in_browsers` fixture (circles/tests/browser.py, loaded by the conftest), for other
browser tests of the circles (the discussion's) to go on from."""

import pytest
from playwright.sync_api import expect

from circles.models import Membership, Post

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


def test_on_the_meeting_page_a_member_posts_the_facilitator_hides_and_the_member_deletes(circle_in_browsers):
    """The same three browsers, on the first meeting's page (which shows its thread): the sharer posts
    twice, the facilitator hides one with a reason, the other member sees only the notice in its place,
    and the sharer deletes their other post."""
    stage = circle_in_browsers
    meeting = stage.circle.meetings.order_by("starts_at").first()
    address = f"{stage.base}/fr/circles/{stage.circle.pk}/meetings/{meeting.pk}/"
    sharer, leader, other = stage.sharer, stage.leader, stage.other

    sharer.goto(address)
    for text in ("Qui apporte la convention 87 ?", "Un message à effacer."):
        sharer.locator(f"#post-text-{meeting.pk}").fill(text)
        sharer.get_by_role("button", name="Publier", exact=True).click()
        expect(sharer.locator("article.post", has_text=text)).to_be_visible()
    expect(sharer.locator("article.post").first.locator(".post-author")).to_have_text("Rosa")

    leader.goto(address)
    post = leader.locator("article.post", has_text="Qui apporte")
    post.locator("summary", has_text="Masquer").click()
    post.get_by_label("Pourquoi le masquer ?").fill("À voir à la rencontre")
    post.get_by_role("button", name="Masquer ce message").click()
    expect(leader.locator("article.post.post-hidden")).to_contain_text("À voir à la rencontre")

    other.goto(address)
    notice = other.locator("article.post.post-hidden")
    expect(notice).to_contain_text("Masqué par la personne animatrice : À voir à la rencontre")
    expect(notice).not_to_contain_text("Qui apporte")
    assert "rosalie" not in other.locator("main").inner_text()  # the circle name only, never the username

    sharer.reload()
    second = sharer.locator("article.post", has_text="Un message à effacer.")
    second.locator("summary", has_text="Supprimer").click()
    second.get_by_role("button", name="Supprimer ce message pour de bon").click()
    expect(sharer.locator("article.post", has_text="Un message à effacer.")).to_have_count(0)
    assert list(Post.objects.values_list("text", "hidden_reason")) == [
        ("Qui apporte la convention 87 ?", "À voir à la rencontre")
    ]
