"""In Chromium at 1280 px, an editor's day (issue 21, items 6-7): a draft's preview numbered as it will
be, a pasted 400-character title kept and refused on its
field, the committee's comment on the edit page. Screenshots in /tmp/review-shots/editorday/."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import User
from learning.tests.test_browser_previews import open_preview
from learning.tests.test_editors_day import COMMENT, request_changes
from learning.tests.test_workflow import submit_for_review
from tests.helpers import admin_sign_in, make_course_tree, make_user, message, settle

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "/tmp/review-shots/editorday"  # noqa: S108 - screenshots for the report, not a secret


@pytest.fixture
def editing(home, live_server, page):
    tree = make_course_tree(home)
    make_user("editrice", group="Editors")
    page.set_viewport_size({"width": 1280, "height": 900})
    admin_sign_in(page, live_server.url, "editrice")
    yield tree
    # The editor's page asks the server things on its own (the preview's refresh, autosave): leave it, so
    # that no request is still reading the database when the test's tables are emptied (a deadlock on
    # PostgreSQL otherwise).
    page.goto("about:blank")


def test_a_drafts_preview_says_its_step_number(editing, live_server, page):
    lesson = editing["lessons"][1]
    lesson.unpublish()

    frame = open_preview(page, live_server.url, lesson)

    expect(frame.locator(".meta-line span").first).to_have_text(
        message("Step %(number)s of %(total)s", number=2, total=3)
    )
    settle(page)
    page.screenshot(path=f"{SHOTS}/draft-preview-1280.png")


def test_a_pasted_long_title_is_kept_and_refused_on_its_field(editing, live_server, page):
    lesson = editing["lessons"][0]
    page.goto(f"{live_server.url}{reverse('wagtailadmin_pages:edit', args=[lesson.id])}")
    title = page.locator("#id_title")

    title.fill("T" * 400)
    assert len(title.input_value()) == 400
    page.locator("button.action-save").first.click()

    error = page.locator("[data-contentpath='title'] .error-message")
    expect(error).to_contain_text("400")
    assert len(page.locator("#id_title").input_value()) == 400
    settle(page)
    page.locator("[data-contentpath='title']").scroll_into_view_if_needed()
    page.screenshot(path=f"{SHOTS}/title-too-long-1280.png")
    lesson.refresh_from_db()
    assert lesson.title == "Leçon 1"


def test_the_committees_comment_is_on_the_edit_page(editing, live_server, page, client):
    lesson = editing["lessons"][1]

    submit_for_review(client, User.objects.get(username="editrice"), lesson, "Nouveau texte.")
    request_changes(client, make_user("comite", group="Pedagogical committee"), lesson, COMMENT)

    page.goto(f"{live_server.url}{reverse('wagtailadmin_pages:edit', args=[lesson.id])}")

    notice = page.locator(".solidaire-changes-requested")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(COMMENT)
    settle(page)
    page.screenshot(path=f"{SHOTS}/changes-requested-1280.png")
    page.set_viewport_size({"width": 360, "height": 800})
    settle(page)
    page.screenshot(path=f"{SHOTS}/changes-requested-360.png")
