"""The offline budgets (issue 25), measured on the demo:

- the service worker and its scripts (sw.js as served and what it imports: store.js, queue-store.js and
  sync-worker.js) at most 10 KB gzip-compressed; the page's scripts (register.js, save.js, queue.js) are
  printed beside them;
- the saved demo course at most 2 MB in each language (fr, en, es, ht): the course manifest's total, which
  is what the browser stores (every page as an anonymous visitor gets it, and the files they use), and in
  Kreyòl the bytes Chromium actually holds in Cache Storage after saving;
- a saved lesson shown offline in under 1 s at 360 px with Chromium's CPU slowed 4 times
  (`Emulation.setCPUThrottlingRate`), the network cut (offline mode) and the app server stopped: the
  median of each lesson of the first module opened 3 times, from the navigation's start to its load event.

Usage: `.venv/bin/python benchmarks/offline_budgets.py`. Prints the figures; exit status 1 if one is over
its budget.
"""

import gzip
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_setup  # noqa: E402

SCRIPT_BUDGET = 10 * 1024
COURSE_BUDGET = 2 * 1024 * 1024
LESSON_BUDGET_MS = 1000
CHROMIUM = "/usr/bin/chromium"
OPENINGS = 3


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9))


WORKER_SCRIPTS = ("store.js", "queue-store.js", "sync-worker.js")  # what sw.js imports
PAGE_SCRIPTS = ("register.js", "save.js", "queue.js")


def script_sizes(client):
    from django.contrib.staticfiles import finders

    sizes = {"sw.js (served)": gzip_size(client.get("/sw.js").content)}
    for name in WORKER_SCRIPTS + PAGE_SCRIPTS:
        found = finders.find(f"js/offline/{name}")
        if found:
            sizes[name] = gzip_size(Path(found).read_bytes())
    return sizes


def course_totals(client):
    from learning.models import CoursePage

    totals = {}
    for course in CoursePage.objects.all().select_related("locale"):
        language = course.locale.language_code
        response = client.get(f"/{language}/offline/courses/{course.translation_key}/manifest.json")
        totals[f"{course.title} ({language})"] = response.json()["total"]
    return totals


def offline_lesson_times():
    """(bytes held in Cache Storage for the Kreyòl course, [ms to load each lesson opening offline])."""
    from playwright.sync_api import sync_playwright

    from learning.models import LessonPage
    from offline.tests.browser import PHONE, StoppableServer, demo_course, save_course, saved_bytes

    course, _module, steps = demo_course("ht")
    lessons = [step.url for step in steps if isinstance(step, LessonPage)]
    server = StoppableServer()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        save_course(page, server.url + course.url)
        stored = sum(
            size for name, size in saved_bytes(page).items() if name.startswith("solidaire-course|ht|")
        )
        context.set_offline(True)
        server.stop()
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        times = []
        for _ in range(OPENINGS):
            for lesson in lessons:
                page.goto(server.url + lesson)
                assert page.locator("html").get_attribute("data-offline-copy") is not None, lesson
                times.append(
                    page.evaluate(
                        "() => { const n = performance.getEntriesByType('navigation')[0];"
                        " return n.loadEventEnd - n.startTime; }"
                    )
                )
        browser.close()
    return stored, times


def main():
    demo_setup.use_throwaway_sqlite()
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's loop runs in this thread too
    import django

    django.setup()
    demo_setup.load_demo()
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    over = False

    sizes = script_sizes(client)
    worker = sum(size for name, size in sizes.items() if name not in PAGE_SCRIPTS)
    page = sum(size for name, size in sizes.items() if name in PAGE_SCRIPTS)
    print("Scripts, gzip -9:", ", ".join(f"{name} {size} B" for name, size in sizes.items()))
    print(f"  the service worker and its scripts: {worker} B; the page's offline scripts: {page} B")
    over |= worker > SCRIPT_BUDGET

    for course, total in sorted(course_totals(client).items()):
        print(f"Saved demo course, {course}: {total / 1024:.0f} KB")
        over |= total > COURSE_BUDGET

    stored, times = offline_lesson_times()
    print(f"  held in Chromium's Cache Storage after saving in ht: {stored / 1024:.0f} KB")
    over |= stored > COURSE_BUDGET
    median, worst = statistics.median(times), max(times)
    print(
        f"Saved lesson offline, 360 px, CPU 4x slower: median {median:.0f} ms,"
        f" worst {worst:.0f} ms ({len(times)} loads)"
    )
    over |= worst > LESSON_BUDGET_MS
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
