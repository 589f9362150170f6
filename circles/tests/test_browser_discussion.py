"""In Chromium, two browsers: a member posts twice (htmx, no page load), the facilitator hides the first
with a reason, the member sees the notice in its place and deletes their other post. Nothing is loaded
from another host. Screenshots of the thread at 360 and 1280 px go to /tmp/review-shots/circles-talk/."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from circles.models import Post, PostReport
from circles.tests.discussion_factories import make_circle, make_meeting, make_member, make_post
from tests.helpers import PASSWORD, foreign_urls, make_user, settle, url

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/review-shots/circles-talk")  # noqa: S108 - screenshots for review, not secrets


@pytest.fixture
def circle(home, live_server):
    """A circle on the live server (`home` first: live_server flushes) with a meeting, two members and a
    first post by the other member."""
    facilitator = make_user("animatrice")
    circle = make_circle(facilitator, name="Cercle des Gonaïves")
    meeting = make_meeting(circle)
    member = make_member(circle, "marie", "Marie J.")
    other = make_member(circle, "jean", "Ti Jan")
    make_post(meeting, other, "Bonswa tout moun! Dokiman an la: https://example.org/dokiman")
    return {
        "server": live_server,
        "address": live_server.url + url("circle_posts", circle.pk, meeting.pk),
        "meeting": meeting,
        "member": member,
    }


def sign_in(page, address, username):
    """Open `address` as an anonymous visitor, sign in through the site's form, and land back on it."""
    page.goto(address)
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(address)


def watched(page, requested, errors):
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))


def test_post_hide_see_the_notice_and_delete(circle, browser):
    requested, errors = [], []
    member = browser.new_context(locale="fr-FR").new_page()
    facilitator = browser.new_context(locale="fr-FR").new_page()
    watched(member, requested, errors)
    watched(facilitator, requested, errors)
    address, meeting = circle["address"], circle["meeting"]
    sign_in(member, address, "marie")
    sign_in(facilitator, address, "animatrice")

    # The member posts twice; htmx swaps the thread in place (the page is not loaded again).
    member.evaluate("window.notReloaded = true")
    field = member.locator(f"#post-text-{meeting.pk}")
    field.fill("Kesyon: ki lè pwochen reyinyon an ye?")
    expect(member.locator(".post-count")).to_contain_text("1963")
    member.get_by_role("button", name="Publier", exact=True).click()
    first = member.locator("article.post", has_text="Kesyon: ki lè")
    expect(first).to_be_visible()
    expect(member.locator(f"#discussion-news-{meeting.pk}")).to_have_text("Votre message est publié.")
    expect(first).to_be_focused()
    expect(field).to_have_value("")
    member.locator(f"#post-text-{meeting.pk}").fill("Yon mesaj pou m efase.")
    member.get_by_role("button", name="Publier", exact=True).click()
    second = member.locator("article.post", has_text="Yon mesaj pou m efase.")
    expect(second).to_be_visible()
    assert member.evaluate("window.notReloaded") is True
    assert Post.objects.filter(author=circle["member"]).count() == 2

    # The facilitator hides the first with a reason.
    facilitator.reload()
    post = facilitator.locator("article.post", has_text="Kesyon: ki lè")
    post.locator("summary", has_text="Masquer").click()
    post.get_by_label("Pourquoi le masquer ?").fill("Kesyon sa a pou reyinyon an menm")
    post.get_by_role("button", name="Masquer ce message").click()
    expect(facilitator.locator(f"#discussion-news-{meeting.pk}")).to_have_text(
        "Le message est masqué pour les membres."
    )
    hidden = facilitator.locator("article.post.post-hidden")
    expect(hidden).to_contain_text("Masqué par la personne animatrice : Kesyon sa a pou reyinyon an menm")
    expect(hidden).to_contain_text("Kesyon: ki lè")  # the facilitator still reads the text

    # The member sees the notice in its place, then deletes their other post.
    member.reload()
    notice = member.locator("article.post.post-hidden")
    expect(notice).to_contain_text("Masqué par la personne animatrice : Kesyon sa a pou reyinyon an menm")
    expect(notice).not_to_contain_text("Kesyon: ki lè")
    link = member.locator("article.post", has_text="Bonswa").get_by_role(
        "link", name="https://example.org/dokiman"
    )
    expect(link).to_have_attribute("rel", "nofollow noopener ugc")
    member.locator(f"#thread-{meeting.pk}").scroll_into_view_if_needed()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280):
        member.set_viewport_size({"width": width, "height": 900})
        member.locator(f"#discussion-{meeting.pk}").scroll_into_view_if_needed()
        settle(member)
        member.screenshot(path=str(SHOTS / f"member-thread-{width}.png"), full_page=True, caret="initial")
    second = member.locator("article.post", has_text="Yon mesaj pou m efase.")
    second.locator("summary", has_text="Supprimer").click()
    second.get_by_role("button", name="Supprimer ce message pour de bon").click()
    expect(member.locator(f"#discussion-news-{meeting.pk}")).to_have_text("Votre message est supprimé.")
    expect(member.locator("article.post", has_text="Yon mesaj pou m efase.")).to_have_count(0)
    assert list(Post.objects.filter(author=circle["member"]).values_list("text", flat=True)) == [
        "Kesyon: ki lè pwochen reyinyon an ye?"
    ]

    # A report, for the facilitator's screenshots: the count and the reason under the post.
    PostReport.objects.create(post=Post.objects.get(text__startswith="Bonswa"), reporter=circle["member"])
    for width in (360, 1280):
        facilitator.set_viewport_size({"width": width, "height": 900})
        facilitator.reload()
        settle(facilitator)
        shot = SHOTS / f"facilitator-thread-{width}.png"
        facilitator.screenshot(path=str(shot), full_page=True, caret="initial")
    assert foreign_urls(requested) == []
    assert errors == []
