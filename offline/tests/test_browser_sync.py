"""In Chromium at 360 px, with the network cut (Playwright's offline mode): on a lesson and a quiz loaded
before, the learner marks the lesson done, starts the quiz, answers every question and finishes; each page
says it is kept on this phone. Back online, everything lands once, the feedback comes back from the server,
and the outline is up to date; the same queue sent again (by the Background Sync handler,
sync-worker.js, run in the page) writes nothing."""

from pathlib import Path

import pytest

from learning.models import CourseIndexPage, CoursePage, LessonCompletion, LessonPage, ModulePage
from offline.models import OfflineAction
from quizzes.models import Answer, QuizAttempt
from tests.helpers import (
    lesson_body,
    make_quiz,
    make_user,
    message,
    publish_child,
    right_choice_ids,
    save_screens,
    short_answer,
    single_choice,
    true_false,
)

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/review-shots/offline-sync")  # noqa: S108 - screenshots for the review, not a secret
SAVED = "Saved on this phone: it will be checked when you are back online."


@pytest.fixture
def course(home, live_server):
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    lessons = [
        publish_child(module, LessonPage(title=f"Leçon {n}", slug=f"lecon-{n}", body=lesson_body()))
        for n in (1, 2)
    ]
    questions = [single_choice(), true_false(answer=False), short_answer()]
    quiz = make_quiz(module, questions=questions, pass_mark=60)
    return {"url": live_server.url, "lessons": lessons, "quiz": quiz, "questions": questions}


def rows():
    return (
        LessonCompletion.objects.count(),
        QuizAttempt.objects.count(),
        Answer.objects.count(),
        OfflineAction.objects.count(),
    )


def test_a_lesson_and_a_quiz_done_offline_land_once_when_back_online(course, context, page, screens_folder):
    site, quiz, (single, truefalse, short) = course["url"], course["quiz"], course["questions"]
    lesson = course["lessons"][0]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 360, "height": 780})
    lesson_tab = context.new_page()
    lesson_tab.set_viewport_size({"width": 360, "height": 780})
    lesson_tab.goto(site + lesson.get_url())
    page.goto(site + quiz.get_url())
    page.wait_for_function("async () => (await self.SolidaireQueue.get('identity')) !== undefined")

    context.set_offline(True)
    lesson_tab.locator("#lesson-completion").get_by_role("button").click()
    lesson_tab.locator(".offline-saved").wait_for()
    assert lesson_tab.locator(".offline-saved").inner_text() == message(SAVED)
    waiting_mark = lesson_tab.locator(f'.course-index li[data-step="{lesson.pk}"] .step-state')
    assert waiting_mark.text_content() == message("done on this phone, waiting")  # in the folded outline
    lesson_tab.close()

    page.locator("form.start").get_by_role("button").click()
    page.locator(f"#question-{single['id']}").wait_for()
    page.locator(f"#choice-{right_choice_ids(single)[0]}").check()
    page.locator(f"#question-{single['id']}").get_by_role("button").click()
    page.locator(f"#q-{truefalse['id']}-false").check()
    page.locator(f"#question-{truefalse['id']}").get_by_role("button").click()
    page.locator(f"#q-{short['id']}-answer").fill("été")
    page.locator(f"#question-{short['id']}").get_by_role("button").click()
    for block in (single, truefalse, short):
        page.locator(f"#question-{block['id']} .offline-saved").wait_for()
        assert page.locator(f"#question-{block['id']} input:not([type=hidden])").first.is_disabled()
    page.locator("form.finish").get_by_role("button").click()
    page.wait_for_function("() => document.querySelectorAll('article.quiz > .offline-saved').length === 2")
    assert page.locator("form.finish").count() == 0  # the start's note and the finish's
    assert rows() == (0, 0, 0, 0)
    queue = page.evaluate("self.SolidaireQueue.all()")
    assert [row["action"]["kind"] for row in queue] == [
        "lesson_done",
        "quiz_start",
        "quiz_answer",
        "quiz_answer",
        "quiz_answer",
        "quiz_finish",
    ]
    page.locator(f"#question-{single['id']}").scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "waiting-answers-360.png")
    save_screens(
        page,
        screens_folder,
        "offline-waiting",
        {360: 780},
        lambda width: (page.locator("article.quiz > .offline-saved").first, 8),
    )

    context.set_offline(False)
    results = page.locator("#offline-sync .sync-result")
    results.nth(5).wait_for()

    assert rows() == (1, 1, 3, 6)
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed, attempt.is_open) == (100, True, False)
    assert page.locator("#offline-sync .sync-result.refused").count() == 0
    # The feedback, from the server: in the panel, and in each question, swapped in as online.
    assert page.locator("#offline-sync .verdict.right").count() == 3
    assert "single: feedback 1" in page.locator("#offline-sync").inner_text()
    assert page.locator(f"#question-{single['id']} .feedback .verdict.right").is_visible()
    assert page.evaluate("self.SolidaireQueue.all()") == []
    page.locator("#offline-sync").scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "sync-result-360.png")
    save_screens(
        page, screens_folder, "offline-sync", {360: 780}, lambda width: (page.locator("#offline-sync"), 8)
    )

    # The same queue again, sent by the Background Sync handler: the first outcomes, nothing written.
    page.add_script_tag(url=site + "/static/js/offline/sync-worker.js")
    outcome = page.evaluate(
        """async (queue) => {
            for (const row of queue) { await self.SolidaireQueue.add({action: row.action}); }
            self.clients = {matchAll: async () => []};
            let sending;
            const event = new Event("sync");
            event.tag = "solidaire-queue";
            event.waitUntil = (promise) => { sending = promise; };
            self.dispatchEvent(event);
            await sending;
            return {left: (await self.SolidaireQueue.all()).length,
                    statuses: (await self.SolidaireQueue.get("results")).map((r) => r.status)};
        }""",
        queue,
    )
    assert outcome == {"left": 0, "statuses": [200] * 6}
    assert rows() == (1, 1, 3, 6)

    # The outline, from the server, is up to date.
    page.goto(site + course["lessons"][1].get_url())
    assert "is-done" in page.locator(f'.course-index li[data-step="{lesson.pk}"]').get_attribute("class")
    # The panel stays on the next pages until closed.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.locator("#offline-sync .sync-result").nth(5).wait_for()
    page.screenshot(path=SHOTS / "sync-result-next-page-1280.png")
    page.locator("#offline-sync").get_by_role("button").click()
    page.locator("#offline-sync").wait_for(state="hidden")
    page.reload()
    assert page.locator("#offline-sync").is_hidden()


def test_a_phone_without_room_says_so_and_keeps_the_form(course, context, page):
    """A storage quota exceeded while keeping an action: the page says so, and the form stays to try again."""
    lesson = course["lessons"][0]
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(course["url"] + lesson.get_url())
    page.wait_for_function("async () => (await self.SolidaireQueue.get('urls')) !== null")
    page.evaluate(
        "() => { const full = new DOMException('', 'QuotaExceededError');"
        " self.SolidaireQueue.add = () => Promise.reject(full); }"
    )

    context.set_offline(True)
    page.locator("#lesson-completion").get_by_role("button").click()
    page.locator("#lesson-completion .form-error").wait_for()

    assert page.locator("#lesson-completion .form-error").inner_text() == message(
        "This phone has no room left to keep it: free some space, or send it when you are back online."
    )
    assert page.locator("#lesson-completion form button").is_visible()
    assert page.locator(".offline-saved").count() == 0


def test_signing_out_can_clear_the_saved_courses_and_the_waiting_answers(course, context, page, client):
    """On a shared phone: the offer shows only when the phone holds something; ticked, sign-out deletes the
    caches named solidaire-… and the queue, and other caches stay."""
    user = make_user("leaving")
    client.force_login(user)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": course["url"]}]
    )
    lesson = course["lessons"][0]
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(course["url"] + lesson.get_url())
    page.locator(".site-menu summary").click()
    offer = page.locator("[data-offline-forget]")
    assert offer.is_hidden()  # nothing saved on this phone yet

    page.evaluate(
        """async () => {
            await (await caches.open("solidaire-shell|v1")).put("/ht/offline/", new Response("the shell"));
            await (await caches.open("another-site-cache")).put("/other", new Response("not ours"));
        }"""
    )
    page.reload()
    page.locator(".site-menu summary").click()
    assert offer.is_hidden()  # the service worker's own pages are not a saved course
    page.evaluate(
        """async () => {
            await (await caches.open("solidaire-course|ht|1")).put("/saved", new Response("a saved page"));
            localStorage.setItem("solidaire-offline-done", JSON.stringify(["/ht/kou/leson/"]));
        }"""
    )
    page.reload()
    page.locator(".site-menu summary").click()
    offer.wait_for()
    # An answer waiting (refused for now, say): the queue is deleted too.
    page.evaluate("() => self.SolidaireQueue.add({action: {kind: 'lesson_done', target: 1}})")
    offer.locator("input").check()
    with page.expect_navigation():
        page.locator("form[action$='/logout/']").get_by_role("button").click()

    left = page.evaluate(
        """async () => ({caches: await caches.keys(), queue: (await self.SolidaireQueue.all()).length,
                         identity: await self.SolidaireQueue.get("identity"),
                         marks: localStorage.getItem("solidaire-offline-done")})"""
    )
    assert left == {"caches": ["another-site-cache"], "queue": 0, "identity": None, "marks": None}
    assert page.locator("form[action$='/logout/']").count() == 0  # signed out
