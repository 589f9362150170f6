"""In Chromium at 360 px: the demo course saved in Kreyòl, then the network cut for real (Playwright's
offline mode, and the app server stopped): three lessons and the module's quiz open from the phone, the
outline shows the lesson done before, the video says it needs a connection and shows its transcript, and
a page never saved says it is not on this phone, with a link to the saved courses, which lists the
course."""

import tempfile
from pathlib import Path

import pytest
from wagtail.rich_text import RichText

from learning.models import LessonPage
from offline.tests.browser import (
    PHONE,
    StoppableServer,
    demo_course,
    save_course,
    saved_bytes,
    wait_in_browser,
)
from tests.helpers import clear_caches
from tests.snapshot import put_back

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path(tempfile.gettempdir()) / "review-shots" / "offline"


@pytest.fixture
def server(demo_rows, transactional_db):
    put_back(demo_rows)
    clear_caches()
    server = StoppableServer()
    yield server
    server.stop()


def add_video(lesson):
    """A video block at the end of `lesson`'s body, published."""
    video = lesson.body.stream_block.child_blocks["video"]
    value = video.to_python(
        {"title": "Videyo sou OIT", "url": "https://www.youtube.com/watch?v=abc", "transcript": ""}
    )
    value["transcript"] = RichText("<p>Tèks videyo a: OIT fèt an 1919.</p>")
    lesson.body.append(("video", value))
    lesson.save_revision().publish()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}-360.png")


def test_a_course_saved_in_kreyol_reads_with_the_network_cut(server, page):
    course, module, steps = demo_course("ht")
    lessons = [step for step in steps if isinstance(step, LessonPage)][:3]
    quiz = steps[-1]
    add_video(LessonPage.objects.get(pk=lessons[1].pk))
    page.set_viewport_size(PHONE)

    # Online: a lesson done, so that the outline has something to show offline.
    page.goto(server.url + lessons[0].url)
    finished = page.get_by_role("button", name="Mwen fini leson sa a")
    finished.click()
    finished.wait_for(state="detached")
    size_text = save_course(page, server.url + course.url)
    assert size_text.startswith("Anrejistre kou sa a sou telefòn sa a (")
    assert page.locator("[data-offline-status]").inner_text().startswith("Li anrejistre sou telefòn sa a")
    shot(page, "saved")
    sizes = saved_bytes(page)
    [course_cache] = [name for name in sizes if name.startswith("solidaire-course|ht|")]

    page.context.set_offline(True)
    server.stop()

    for lesson in lessons:
        page.goto(server.url + lesson.url)
        assert page.locator("h1").inner_text() == lesson.title
        assert page.locator("html").get_attribute("data-offline-copy") is not None
    page.goto(server.url + lessons[1].url)  # the one with a video
    video_notice = page.locator(".video-offline")
    assert video_notice.is_visible()
    assert video_notice.inner_text() == "Videyo sa a bezwen koneksyon. Tèks li a anba a."
    assert page.locator(".transcript").get_attribute("open") is not None
    assert page.get_by_text("Tèks videyo a: OIT fèt an 1919.").is_visible()
    shot(page, "video-offline")

    page.goto(server.url + quiz.url)
    assert page.locator("h1").inner_text() == quiz.title
    page.locator(".course-index summary").click()
    done = page.locator(".course-index li.is-done")
    assert done.count() == 1
    assert lessons[0].title in done.inner_text()
    shot(page, "quiz-offline")

    page.goto(server.url + "/ht/")  # the home page: never saved
    assert page.locator("h1").inner_text() == "Paj sa a pa sou telefòn sa a"
    page.get_by_role("link", name="Kou ki anrejistre sou telefòn sa a").click()
    page.wait_for_load_state()
    saved = page.locator("[data-saved-list] li")
    saved.first.wait_for()
    assert saved.count() == 1
    assert course.title in saved.inner_text()
    shot(page, "saved-courses-offline")
    assert course_cache in page.evaluate("() => caches.keys()")


def test_removing_a_saved_course_frees_its_cache(server, page):
    course, _module, _steps = demo_course("ht")
    page.set_viewport_size(PHONE)
    save_course(page, server.url + course.url)

    page.goto(server.url + "/ht/offline/")
    page.get_by_role("button", name="Retire sou telefòn sa a").click()
    page.locator("[data-saved-empty]").wait_for(state="visible")

    assert "Nou retire" in page.locator("[data-saved-status]").inner_text()
    assert not [name for name in saved_bytes(page) if name.startswith("solidaire-course|")]


def course_caches(page):
    return [name for name in saved_bytes(page) if name.startswith("solidaire-course|")]


def test_a_saved_course_refreshes_on_the_next_online_visit_after_a_republish(server, page):
    course, _module, steps = demo_course("ht")
    lesson = LessonPage.objects.get(pk=[step for step in steps if isinstance(step, LessonPage)][0].pk)
    page.set_viewport_size(PHONE)
    save_course(page, server.url + course.url)
    [before] = course_caches(page)

    lesson.title = "Kisa OIT ye? (nouvo)"
    lesson.save_revision().publish()
    page.goto(server.url + lesson.url)  # online: the network's page, and the course checked behind it
    assert page.locator("h1").inner_text() == "Kisa OIT ye? (nouvo)"
    # The course saved again, the new copy complete (its record stored last) and the old one gone.
    wait_in_browser(
        page,
        """async (before) => {
            const saved = (await caches.keys()).filter(name => name.startsWith('solidaire-course|'));
            if (saved.length !== 1 || saved[0] === before) return false;
            const record = await (await caches.open(saved[0])).match('/offline-saved-course.json');
            return record !== undefined && (await record.text()).includes('(nouvo)');
        }""",
        before,
    )
    page.context.set_offline(True)
    server.stop()
    page.goto(server.url + lesson.url)
    assert page.locator("html").get_attribute("data-offline-copy") is not None
    assert page.locator("h1").inner_text() == "Kisa OIT ye? (nouvo)"


def test_a_phone_without_room_says_so_and_keeps_nothing(server, page):
    course, _module, _steps = demo_course("ht")
    page.set_viewport_size(PHONE)
    page.goto(server.url + course.url)
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    usage = page.evaluate("() => navigator.storage.estimate().then(estimate => estimate.usage)")
    cdp = page.context.new_cdp_session(page)
    cdp.send("Storage.overrideQuotaForOrigin", {"origin": server.url, "quotaSize": usage + 100_000})
    page.reload()
    page.wait_for_function("() => !document.querySelector('[data-offline-save-button]').disabled")

    page.locator("[data-offline-save-button]").click()

    status = page.locator("[data-offline-status]")
    status.filter(has_text="Telefòn sa a pa gen plas ankò").wait_for()
    assert status.inner_text() == (
        "Telefòn sa a pa gen plas ankò pou kou sa a. Anyen pa anrejistre: libere ti plas, epi eseye ankò."
    )
    assert course_caches(page) == []
    assert page.locator("[data-offline-save-button]").is_enabled()  # it may be tried again
