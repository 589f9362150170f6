"""In Chromium, the translation round trip (issue 10): an editor changes a French lesson and submits it,
the committee approves, the English translation shows as out of date, the editor syncs, translates the
new segment and submits, the committee approves, and the public English page shows the new text."""

import pytest
from playwright.sync_api import expect

from tests.helpers import PASSWORD, make_course_tree, make_user, settle, translate_into_english

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "/tmp/review-shots"  # noqa: S108 - screenshots for the report, not a secret


class Immediately:
    """on_commit callbacks run at once outside a test transaction: a stand-in for the capture fixture."""

    def __call__(self, execute=True):
        return self

    def __enter__(self):
        return []

    def __exit__(self, *exc):
        return False


def sign_in(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def approve(page, base, lesson, shot=None):
    """The committee's one click on its dashboard ("Approve" in the "Awaiting your review" panel), and
    the admin's message saying what it did."""
    page.goto(f"{base}/admin/")
    row = page.locator("#awaiting-review-section tbody tr", has_text=lesson.title)
    button = row.locator("form.solidaire-approve button")
    expect(button).to_be_visible()
    if shot:
        page.screenshot(path=f"{SHOTS}/{shot}-1280.png", full_page=True)
        page.set_viewport_size({"width": 360, "height": 800})
        page.screenshot(path=f"{SHOTS}/{shot}-360.png", full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})
    button.click()
    expect(page.locator(".messages")).to_contain_text(f"« {lesson.title} » : approuvée et publiée.")
    expect(page.locator("#awaiting-review-section")).to_have_count(0)
    if shot:
        settle(page)
        page.screenshot(path=f"{SHOTS}/{shot}-approved-1280.png")


def test_an_editor_gets_a_translation_through_the_committee(home, live_server, page, locales):
    tree = make_course_tree(home)
    chain = [tree[name] for name in ("home", "index", "course", "module")]
    french = tree["lessons"][0]
    english = translate_into_english([*chain, french], locales["en"], Immediately())[-1]
    make_user("editrice", group="Editors")
    make_user("comite", group="Pedagogical committee")
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})

    # 1. The editor changes the French lesson's summary and submits it.
    sign_in(page, base, "editrice")
    page.goto(f"{base}/admin/pages/{french.id}/edit/")
    page.fill("#id_summary", "Un résumé réécrit.")
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.click("button[name='action-submit']")
    expect(page.locator(".messages")).to_be_visible()

    # 2. The committee approves it.
    sign_in(page, base, "comite")
    approve(page, base, french, shot="dashboard")

    # 3. The English translation shows as out of date, in the listing and on the public page.
    sign_in(page, base, "editrice")
    page.goto(f"{base}/admin/pages/{english.get_parent().id}/")
    expect(page.locator(".solidaire-translation-state[data-state='sync']")).to_be_visible()
    page.screenshot(path=f"{SHOTS}/listing-out-of-date-1280.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=f"{SHOTS}/listing-out-of-date-360.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}{english.get_url()}")
    expect(page.locator(".source-updated")).to_be_visible()
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=f"{SHOTS}/public-source-updated-360.png")
    page.set_viewport_size({"width": 1280, "height": 900})

    # 4. The editor syncs, translates the new segment and submits.
    page.goto(f"{base}/admin/pages/{english.id}/edit/")
    with page.expect_navigation():  # the sync is a form's POST: let it finish before going on
        page.locator(".solidaire-review-panel button", has_text="Synchroniser").click()
    page.goto(f"{base}/admin/pages/{english.id}/edit/")
    # The review panel sits just above wagtail-localize's editor (static/js/solidaire-admin.js).
    expect(page.locator(".solidaire-review-panel + .js-translation-editor")).to_have_count(1)
    page.screenshot(path=f"{SHOTS}/translation-editor-1280.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 800})
    page.locator(".sidebar.sidebar--mobile.sidebar--closed").wait_for(state="attached")  # folded away
    settle(page)
    page.screenshot(path=f"{SHOTS}/translation-editor-360.png")
    page.set_viewport_size({"width": 1280, "height": 900})
    segment = page.locator("li.incomplete, li", has_text="Un résumé réécrit.").last
    translate = segment.locator("button", has_text="Translate").or_(
        segment.locator("button", has_text="Traduire")
    )
    expect(translate.first).to_be_visible(timeout=15_000)  # the editor (a React app) has drawn its segments
    translate.first.click()
    textarea = segment.locator("textarea")
    expect(textarea).to_be_visible(timeout=15_000)
    textarea.fill("A rewritten summary.")
    # The editor closes the textarea at once and shows "Saving..." until its PUT returns: wait for the PUT,
    # as an editor waits for "Saving..." to go, or the submission may be built before the string is stored.
    with page.expect_response(lambda r: "/strings/" in r.url and r.request.method == "PUT") as saved:
        segment.locator("button", has_text="Save").or_(
            segment.locator("button", has_text="Enregistrer")
        ).first.click()
    assert saved.value.ok
    expect(segment.locator("textarea")).to_have_count(0, timeout=15_000)  # saved: the segment shows its text
    page.click("button[name='translation-review'][value='submit']")
    expect(page.locator(".messages")).to_contain_text("comité pédagogique")

    # 5. The committee approves. (Its translation editor offers to publish "en Anglais", in one language.)
    sign_in(page, base, "comite")
    page.goto(f"{base}/admin/pages/{english.id}/edit/")
    expect(page.locator("footer")).to_contain_text("Publier en Anglais")
    page.screenshot(path=f"{SHOTS}/translation-editor-committee-1280.png")
    approve(page, base, english)

    # 6. The public English page shows the new text, and no notice.
    page.goto(f"{base}{english.get_url()}")
    expect(page.locator("main")).to_contain_text("A rewritten summary.")
    expect(page.locator(".source-updated")).to_have_count(0)
