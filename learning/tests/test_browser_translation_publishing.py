"""In Chromium (issue 20, finding 1): an editor translates a published French lesson with wagtail-localize's
"Translate this page"; the public English page does not change until the committee approves, then it
shows the editor's translation."""

import pytest
from playwright.sync_api import expect

from learning.tests.test_browser_translation_review import Immediately, approve, sign_in
from tests.helpers import make_course_tree, make_user, settle, translate_into_english

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "/tmp/review-shots/translations"  # noqa: S108 - screenshots for the report, not a secret
TRANSLATED = "Text two, translated by the editor."


def shoot(page, name):
    """Screenshots at 1280 and 360 px wide."""
    settle(page)
    page.screenshot(path=f"{SHOTS}/{name}-1280.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 800})
    settle(page)
    page.screenshot(path=f"{SHOTS}/{name}-360.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_an_editors_translation_stays_off_the_public_page_until_approved(home, live_server, page, locales):
    tree = make_course_tree(home)
    chain = [tree[name] for name in ("home", "index", "course", "module")]
    translate_into_english(chain, locales["en"], Immediately())
    french = tree["lessons"][1]
    english = french.get_translation(locales["en"])
    public_url = f"{live_server.url}{english.get_url()}"
    make_user("editrice", group="Editors")
    make_user("comite", group="Pedagogical committee")
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})

    # 1. The editor asks for the English translation of the published French lesson.
    sign_in(page, base, "editrice")
    page.goto(f"{base}/admin/localize/submit/page/{french.id}/")
    page.get_by_label("Anglais").check()
    page.locator("main form input[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("attend le comité pédagogique")
    shoot(page, "submitted")

    # 2. She translates a segment and submits the translation; the public page is as it was.
    page.goto(f"{base}/admin/pages/{english.id}/edit/")
    expect(page.locator(".js-translation-editor footer")).to_contain_text("Prévisualiser")  # drawn
    # Converting back to an alias would replace the live page: not offered to her (solidaire-admin.js).
    expect(page.get_by_text("Convertir en alias de page")).to_have_count(0)
    segment = page.locator("li.incomplete, li", has_text="Texte 2.").last
    translate = segment.locator("button", has_text="Translate").or_(
        segment.locator("button", has_text="Traduire")
    )
    expect(translate.first).to_be_visible(timeout=15_000)
    translate.first.click()
    segment.locator("textarea").fill(TRANSLATED)
    with page.expect_response(lambda r: "/strings/" in r.url and r.request.method == "PUT") as saved:
        segment.locator("button", has_text="Save").or_(
            segment.locator("button", has_text="Enregistrer")
        ).first.click()
    assert saved.value.ok
    page.click("button[name='translation-review'][value='submit']")
    expect(page.locator(".messages")).to_contain_text("comité pédagogique")

    page.context.clear_cookies()
    page.goto(public_url)
    expect(page.locator(".lesson-body")).to_contain_text("Texte 2.")
    expect(page.locator("main")).not_to_contain_text(TRANSLATED)
    shoot(page, "public-before-approval")

    # 3. The committee approves; the public page shows the translation.
    sign_in(page, base, "comite")
    page.goto(f"{base}/admin/pages/{english.id}/edit/")
    expect(page.get_by_text("Convertir en alias de page")).to_have_count(1)  # the committee's is there
    approve(page, base, english)
    page.context.clear_cookies()
    page.goto(public_url)
    expect(page.locator(".lesson-body")).to_contain_text(TRANSLATED)
    shoot(page, "public-after-approval")
