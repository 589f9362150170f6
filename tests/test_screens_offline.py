"""Screenshots of a course saved on the phone for docs/screens.md, at 360 px in Chromium on the demo in
Kreyòl: saving, with its progress bar (the network slowed so that it can be seen); then, the network cut and
the app server stopped, a saved lesson read offline with its outline (the lesson done before saving
marked), and the list of saved courses.

As tests/test_screens.py: taken and checked in a temporary folder on every run, written into docs/screens
with `make screens` (SCREENS=write)."""

import pytest

from learning.models import LessonPage
from offline.tests.browser import PHONE, StoppableServer, demo_course, save_course
from tests.helpers import clear_caches, save_screens
from tests.snapshot import put_back

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {PHONE["width"]: PHONE["height"]}
SLOW = {"offline": False, "latency": 200, "downloadThroughput": 60 * 1024, "uploadThroughput": 60 * 1024}


@pytest.fixture
def server(demo_rows, transactional_db):
    put_back(demo_rows)
    clear_caches()
    server = StoppableServer()
    yield server
    server.stop()


def test_screenshots_of_a_course_saved_on_the_phone(server, page, screens_folder):
    course, _module, steps = demo_course("ht")
    first, lesson = [step for step in steps if isinstance(step, LessonPage)][:2]
    page.set_viewport_size(PHONE)
    page.goto(server.url + first.url)
    finished = page.get_by_role("button", name="Mwen fini leson sa a")
    finished.click()
    finished.wait_for(state="detached")
    save_course(page, server.url + course.url)  # the service worker installed, the sizes known
    page.evaluate(
        "() => caches.keys().then(names => Promise.all(names.filter(name => "
        "name.startsWith('solidaire-course|')).map(name => caches.delete(name))))"
    )

    page.reload()
    page.wait_for_function("() => !document.querySelector('[data-offline-save-button]').disabled")
    page.context.new_cdp_session(page).send("Network.emulateNetworkConditions", SLOW)
    page.locator("[data-offline-save-button]").click()
    page.wait_for_function(
        "() => { const bar = document.querySelector('[data-offline-progress]');"
        " return !bar.hidden && bar.value > bar.max / 4; }"
    )
    focus = page.locator(".offline-save")
    save_screens(page, screens_folder, "offline-saving", VIEWPORTS, lambda width: (focus, 16))
    page.locator("[data-offline-progress]").wait_for(state="hidden", timeout=60_000)

    page.context.set_offline(True)
    server.stop()
    page.goto(server.url + lesson.url)
    page.locator(".course-index summary").click()
    outline = page.locator(".course-index")
    save_screens(page, screens_folder, "offline-lesson", VIEWPORTS, lambda width: (outline, 300))
    page.goto(server.url + "/ht/offline/")
    page.locator("[data-saved-list] li").first.wait_for()
    save_screens(page, screens_folder, "offline-saved-courses", VIEWPORTS)

    for name in ("offline-saving", "offline-lesson", "offline-saved-courses"):
        assert (screens_folder / f"{name}-360.png").exists()
