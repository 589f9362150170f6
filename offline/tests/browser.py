"""What the offline browser tests, screenshots and budgets share: an app server that can be stopped for
real (Django's LiveServerThread, static and media files included), the demo course in a language, and
saving it from its page."""

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test.testcases import LiveServerThread

from learning.demo.build import demo_key
from learning.models import CoursePage

PHONE = {"width": 360, "height": 740}


class StoppableServer:
    """The site on localhost (a secure context: service workers work there), on a free port; `stop()`
    closes its socket, so that nothing answers any more, not even the service worker's requests."""

    def __init__(self):
        self.thread = LiveServerThread("localhost", StaticFilesHandler, port=0)
        self.thread.daemon = True
        self.thread.start()
        self.thread.is_ready.wait()
        if self.thread.error:
            raise self.thread.error
        self.url = f"http://localhost:{self.thread.port}"
        self.running = True

    def stop(self):
        if self.running:
            self.thread.terminate()
            self.running = False


def demo_course(language):
    """The demo's ILO course in `language`, its first module and that module's steps (lessons, then quiz)."""
    course = CoursePage.objects.get(locale__language_code=language, translation_key=demo_key("course:ilo"))
    module = course.outline()[0]
    return course, module, [step.specific for step in module.steps]


def save_course(page, course_url):
    """Open the course page, wait for the service worker, save the course and wait until it says so."""
    page.goto(course_url)
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    button = page.locator("[data-offline-save-button]")
    button.wait_for(state="visible")
    page.wait_for_function("() => !document.querySelector('[data-offline-save-button]').disabled")
    size_text = button.inner_text()
    button.click()  # shows the progress bar at once, and hides it when the save is over
    page.wait_for_function("() => document.querySelector('[data-offline-progress]').hidden", timeout=60_000)
    return size_text


def wait_in_browser(page, condition, arg=None):
    """Wait until the async JavaScript function `condition(arg)` answers true, asked every 100 ms (up to
    30 s): for what only a promise can tell (Cache Storage), which wait_for_function cannot wait on."""
    for _ in range(300):
        if page.evaluate(condition, arg):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"never true: {condition}")


def saved_bytes(page):
    """{cache name: bytes of every response body it holds}, counted in the browser."""
    return page.evaluate(
        """async () => {
            const sizes = {};
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                let total = 0;
                for (const request of await cache.keys()) {
                    total += (await (await cache.match(request)).arrayBuffer()).byteLength;
                }
                sizes[name] = total;
            }
            return sizes;
        }"""
    )
