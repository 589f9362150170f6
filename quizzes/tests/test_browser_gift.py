"""In Chromium, at 1280 and 360 px: the GIFT import's upload form and its preview, readable without
sideways scrolling; confirming lands in the editor with its message (the buttons that lead there:
quizzes/tests/test_gift_admin.py)."""

import pytest
from playwright.sync_api import expect

from quizzes.models import QuizPage
from quizzes.tests.test_gift_admin import FOUR
from tests.helpers import admin_sign_in, make_course_tree, make_quiz, make_user, one_of_each, settle

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "/tmp/review-shots/gift"  # noqa: S108 - screenshots for the report, not a secret


def fits(page):
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", [1280, 360])
def test_the_upload_and_the_preview_read_well_at_desktop_and_phone_width(
    home, live_server, page, tmp_path, width
):
    tree = make_course_tree(home)
    quiz = make_quiz(tree["module"], questions=one_of_each())
    make_user("editrice", group="Editors")
    gift_file = tmp_path / "bank.txt"
    gift_file.write_text(FOUR, encoding="utf-8")
    base = live_server.url
    page.set_viewport_size({"width": width, "height": 900})
    admin_sign_in(page, base, "editrice")

    page.goto(f"{base}/admin/quizzes/import-gift/{quiz.id}/")
    expect(page.locator("input[type=file]")).to_be_visible()
    settle(page)
    assert fits(page)
    page.screenshot(path=f"{SHOTS}/upload-{width}.png", full_page=True)

    page.set_input_files("input[type=file]", str(gift_file))
    page.locator("form[enctype] button[type=submit]").click()
    expect(page.locator("#gift-imported")).to_be_visible()
    settle(page)
    assert fits(page)
    page.screenshot(path=f"{SHOTS}/preview-{width}.png", full_page=True)

    page.locator("form[action$='/confirm/'] button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    page.screenshot(path=f"{SHOTS}/imported-{width}.png")
    draft = QuizPage.objects.get(pk=quiz.pk).get_latest_revision().as_object()
    assert len(draft.questions) == len(quiz.questions) + 4
