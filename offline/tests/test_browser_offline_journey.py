"""Issue 25's whole journey in Chromium at 360 px: the demo course saved in Kreyòl, then the network cut
for real (Playwright's offline mode and the app server stopped, so that not even the service worker
reaches it). Three lessons and the module's quiz open from the phone; a lesson is marked done, the quiz
started, every question answered and the quiz finished, each kept on the phone; three days pass (the
phone's clock moved 72 hours). The server comes back: every action is stored once, the feedback shows, the
outline is up to date, and the same queue sent again writes nothing."""

import threading

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.test.testcases import FSFilesHandler

from learning.models import LessonCompletion, LessonPage
from offline.models import OfflineAction
from offline.tests.browser import PHONE, demo_course, save_course
from quizzes.models import Answer, QuizAttempt
from tests.helpers import clear_caches
from tests.snapshot import put_back

pytestmark = pytest.mark.django_db(transaction=True)


class MediaFilesHandler(FSFilesHandler):
    """Media files (the course's images), as Django's live server serves them."""

    def get_base_dir(self):
        return settings.MEDIA_ROOT

    def get_base_url(self):
        return settings.MEDIA_URL


class RestartableServer:
    """The site on localhost (a secure context) that stops for real (its socket closed: nothing answers,
    not even the service worker's requests) and starts again on the same port, the same origin: the
    service worker, the saved course and the phone's queue belong to the origin. Django's LiveServerThread
    refuses to reuse its address, hence a server of its own."""

    def __init__(self):
        self.port = 0
        self.start()
        self.url = f"http://localhost:{self.port}"

    def start(self):
        self.httpd = ThreadedWSGIServer(
            ("localhost", self.port), WSGIRequestHandler, allow_reuse_address=True
        )
        self.httpd.set_app(StaticFilesHandler(MediaFilesHandler(WSGIHandler())))
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.running = True

    def stop(self):
        if self.running:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.running = False

    restart = start


@pytest.fixture
def server(demo_rows, transactional_db):
    put_back(demo_rows)
    clear_caches()
    server = RestartableServer()
    yield server
    server.stop()


def rows():
    return (
        LessonCompletion.objects.count(),
        QuizAttempt.objects.count(),
        Answer.objects.count(),
        OfflineAction.objects.count(),
    )


def answer_every_question(page):
    """Pick the first choice of every question (or type an answer, or give each step the next place) and
    send it."""
    for question in page.locator("article.quiz .question").all():
        choice = question.locator("input[type=radio], input[type=checkbox]").first
        if choice.count():
            choice.check()
        elif question.locator("input[type=text]").count():
            question.locator("input[type=text]").fill("OIT")
        for place, step in enumerate(question.locator("select").all(), start=1):
            step.select_option(str(place))
        question.locator("button[type=submit]").click()
        question.locator(".offline-saved").wait_for()


def test_a_course_saved_learned_and_answered_offline_lands_once_three_days_later(server, page):
    course, _module, steps = demo_course("ht")
    lessons = [step for step in steps if isinstance(step, LessonPage)][:3]
    quiz = steps[-1]
    page.clock.install()
    page.set_viewport_size(PHONE)
    save_course(page, server.url + course.url)

    page.context.set_offline(True)
    server.stop()

    for lesson in lessons:
        page.goto(server.url + lesson.url)
        assert page.locator("html").get_attribute("data-offline-copy") is not None
        assert page.locator("h1").inner_text() == lesson.title
    page.locator("#lesson-completion").get_by_role("button").click()
    page.locator(".offline-saved").wait_for()

    page.goto(server.url + quiz.url)
    assert page.locator("html").get_attribute("data-offline-copy") is not None
    page.locator("form.start").get_by_role("button").click()
    page.locator("article.quiz .question").first.wait_for()
    questions = page.locator("article.quiz .question").count()
    assert questions >= 5
    answer_every_question(page)
    page.locator("form.finish").get_by_role("button").click()
    page.wait_for_function("() => document.querySelectorAll('article.quiz > .offline-saved').length === 2")
    queue = page.evaluate("self.SolidaireQueue.all()")
    kinds = [row["action"]["kind"] for row in queue]
    assert kinds == ["lesson_done", "quiz_start", *["quiz_answer"] * questions, "quiz_finish"]
    assert rows() == (0, 0, 0, 0)

    page.clock.fast_forward(72 * 3600 * 1000)  # three days, in milliseconds
    server.restart()
    page.context.set_offline(False)
    page.locator("#offline-sync .sync-result").nth(len(kinds) - 1).wait_for(timeout=30_000)

    assert rows() == (1, 1, questions, len(kinds))
    assert page.locator("#offline-sync .sync-result.refused").count() == 0
    assert page.locator("#offline-sync .verdict").count() == questions  # the server's feedback
    assert page.evaluate("self.SolidaireQueue.all()") == []
    attempt = QuizAttempt.objects.get()
    assert not attempt.is_open and attempt.answers.count() == questions

    # Online again, the outline comes from the server: the lesson is done there.
    page.goto(server.url + lessons[2].url)
    assert page.locator("html").get_attribute("data-offline-copy") is None
    page.locator(".course-index summary").click()
    assert lessons[2].title in page.locator(".course-index li.is-done").inner_text()

    # The same queue again: the first outcomes come back, nothing is written.
    sent_again = page.evaluate(
        """async (queue) => {
            for (const row of queue) { await self.SolidaireQueue.add({action: row.action}); }
            return await self.SolidaireQueue.send();
        }""",
        queue,
    )
    assert len(sent_again["results"]) == len(kinds)
    assert rows() == (1, 1, questions, len(kinds))
