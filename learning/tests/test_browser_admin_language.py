"""In Chromium at 1280 px (issue 21, items 8 and 12): a French editor's translation editor has one primary
action, ours ("Soumettre au comité pédagogique"); wagtail-localize's "Arrêter la synchronisation", the only
action of its footer for someone who may not publish, looks secondary. Screenshots of the translation
editor, the page history and the admin search for review."""

import pytest
from playwright.sync_api import expect

from learning.tests.test_browser_translation_review import Immediately, sign_in
from tests.helpers import make_course_tree, make_user, settle, translate_into_english

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = "/tmp/review-shots/adminlang"  # noqa: S108 - screenshots for the report, not a secret
TRANSPARENT = "rgba(0, 0, 0, 0)"


def shoot(page, name, phone=False):
    settle(page)
    page.screenshot(path=f"{SHOTS}/{name}-1280.png", full_page=True)
    if phone:
        page.set_viewport_size({"width": 360, "height": 800})
        settle(page)
        page.screenshot(path=f"{SHOTS}/{name}-360.png", full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})


def background(locator):
    return locator.evaluate("node => getComputedStyle(node).backgroundColor")


def test_the_translation_editors_one_primary_action_is_the_submission(home, live_server, page, locales):
    tree = make_course_tree(home)
    chain = [tree[name] for name in ("home", "index", "course", "module")]
    english = translate_into_english([*chain, tree["lessons"][0]], locales["en"], Immediately())[-1]
    make_user("editrice", group="Editors")
    make_user("comite", group="Pedagogical committee")
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})

    sign_in(page, base, "editrice")
    page.goto(f"{base}/admin/pages/{english.id}/edit/")
    footer = page.locator(".js-translation-editor footer")
    expect(footer).to_contain_text("Prévisualiser")  # drawn
    stop = footer.locator(".w-dropdown-button > button").first
    expect(stop).to_contain_text("Arrêter")
    submit = page.locator("button[name='translation-review'][value='submit']")
    expect(submit).to_have_text("Soumettre au comité pédagogique")

    assert background(stop) == TRANSPARENT
    assert background(submit) != TRANSPARENT
    expect(footer.locator("[data-w-dropdown-target='toggle']").first).to_be_hidden()  # nothing in it
    shoot(page, "translation-editor-editor", phone=True)

    page.goto(f"{base}/admin/pages/{tree['lessons'][0].id}/history/")
    shoot(page, "page-history")
    page.goto(f"{base}/admin/pages/search/?q=Le%C3%A7on")
    shoot(page, "search")

    sign_in(page, base, "comite")
    page.goto(f"{base}/admin/pages/{english.id}/edit/")
    publish = page.locator(".js-translation-editor footer .w-dropdown-button > button").first
    expect(publish).to_contain_text("Publier en Anglais")
    assert background(publish) != TRANSPARENT  # the committee publishes: its primary action stays one
    shoot(page, "translation-editor-committee")
