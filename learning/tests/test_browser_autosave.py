"""In Chromium, issue 21, item 3: what the admin's header says is saved is saved. An editor types in a
lesson's rich text (Draftail) and stops; once the autosave indicator says "Enregistré" and the browser has
nothing more to send, the page's latest revision holds every word typed."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from learning.models import LessonPage
from tests.helpers import admin_sign_in, make_course_tree, make_user

pytestmark = pytest.mark.django_db(transaction=True)
TYPED = " Étude de cas : la grève des ouvrières du textile de 2019, jour après jour."


@pytest.fixture
def editing(home, live_server, page):
    tree = make_course_tree(home)
    make_user("editrice", group="Editors")
    page.set_viewport_size({"width": 1280, "height": 900})
    admin_sign_in(page, live_server.url, "editrice")
    yield tree
    page.goto("about:blank")  # no autosave still reading the database when the tables are emptied


# Wagtail's form starts watching for edits two seconds after it opens (its `w-unsaved:watch-edits` event):
# what is typed before then counts as the form's first state.
WATCHING = """document.addEventListener("w-unsaved:watch-edits", () => {
    document.documentElement.dataset.testWatching = "1";
});"""


def latest_paragraph(lesson):
    revision = LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    return next(block.value.source for block in revision.body if block.block_type == "paragraph")


def test_the_text_typed_before_the_header_says_saved_is_in_the_saved_revision(editing, live_server, page):
    lesson = editing["lessons"][0]
    page.goto(f"{live_server.url}{reverse('wagtailadmin_pages:edit', args=[lesson.id])}")
    paragraph = page.locator("[data-contentpath='body'] .public-DraftEditor-content").first
    paragraph.click()
    page.keyboard.press("End")

    page.keyboard.type(TYPED, delay=40)  # as a person types: autosaves start while the text is typed

    indicator = page.locator("#w-autosave-indicator")
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved")
    page.wait_for_load_state("networkidle")
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved")
    expect(indicator.locator(".w-autosave-indicator__state--saved")).to_contain_text("Enregistré")
    assert TYPED.strip() in latest_paragraph(lesson)


def test_text_typed_while_an_autosave_is_on_its_way_is_saved_too(editing, live_server, page):
    """The race: the editor types on while an autosave is on its way (held here until the text is
    typed); when its answer comes, the header says "Enregistré" and the text typed meanwhile must be saved
    by the next autosave, not taken for saved."""
    lesson = editing["lessons"][0]
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.id])
    held = []

    def hold_the_first_autosave(route):
        if route.request.method == "POST" and not held:
            held.append(route)
        else:
            route.continue_()

    page.route(f"**{edit_url}", hold_the_first_autosave)
    page.add_init_script(WATCHING)
    page.goto(f"{live_server.url}{edit_url}")
    expect(page.locator("html[data-test-watching]")).to_be_attached()
    paragraph = page.locator("[data-contentpath='body'] .public-DraftEditor-content").first
    paragraph.click()
    page.keyboard.press("End")
    with page.expect_request(lambda request: request.method == "POST" and edit_url in request.url):
        page.keyboard.type(" Étude de cas.")
    page.keyboard.type(TYPED)
    expect(page.locator("input[name$='-value']").first).to_be_attached()  # the typed text reached the form

    held[0].continue_()

    indicator = page.locator("#w-autosave-indicator")
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved")
    # The next autosave comes after Wagtail's own delay: wait (up to 15 s) until a revision holds the text.
    for _ in range(150):
        if TYPED.strip() in latest_paragraph(lesson):
            break
        page.wait_for_timeout(100)
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved")
    assert "Étude de cas." in latest_paragraph(lesson)
    assert TYPED.strip() in latest_paragraph(lesson)
