"""Measure a lesson page: bytes on the wire (HTML + CSS + JS, gzip, images excluded) and SQL queries.

Usage: `make benchmark` (or `.venv/bin/python benchmarks/lesson_page.py`). It builds the demo in a
throwaway SQLite database, then requests a French lesson, its English translation and a lesson of a
synthetic 60-lesson course, and prints one line per page. Record the results in docs/performance.md.
Budget (issue 9): at most 40 KB on the wire and at most 12 queries, whatever the size of the course.
"""

import gzip
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_setup import load_demo, use_throwaway_sqlite  # noqa: E402

use_throwaway_sqlite()

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from learning.models import LessonPage, ModulePage  # noqa: E402

BYTES_BUDGET = 40 * 1024
QUERY_BUDGET = 12
ASSET = re.compile(r'(?:src|href)="(/static/[^"?]+\.(?:css|js))"')


def gzipped_size(data):
    return len(gzip.compress(data, compresslevel=6))


def measure(client, url):
    """Return (html_bytes, asset_bytes, queries) for one warm request to `url`."""
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, (url, response.status_code)
    body = response.content
    html = body if response.get("Content-Encoding") == "gzip" else gzip.compress(body, 6)
    html_text = gzip.decompress(html).decode()
    assets = 0
    for path in sorted(set(ASSET.findall(html_text))):
        found = finders.find(path.removeprefix("/static/"))
        assert found, f"asset not found: {path}"
        assets += gzipped_size(Path(found).read_bytes())
    return len(html), assets, len(queries)


def big_course_lesson():
    """60 lessons added to a module of the demo course; return the 30th."""
    module = ModulePage.objects.filter(locale__language_code="fr").first()
    source = LessonPage.objects.filter(locale__language_code="fr").first()
    lessons = []
    for n in range(60):
        lesson = LessonPage(title=f"Leçon de charge {n}", slug=f"charge-{n}", body=source.body.raw_data)
        module.add_child(instance=lesson)
        lessons.append(lesson)
    return lessons[30]


def main():
    load_demo()
    french = LessonPage.objects.filter(locale__language_code="fr").order_by("path")[3]
    english = LessonPage.objects.get(locale__language_code="en", translation_key=french.translation_key)
    alias = LessonPage.objects.filter(locale__language_code="es", alias_of__isnull=False).first()
    big = big_course_lesson()
    returning = Client()  # a visitor with progress: a session and a finished lesson
    returning.post(f"{french.url}complete/")
    pages = [
        ("French lesson, first visit", Client(), french.url),
        ("French lesson, returning learner", returning, french.url),
        ("English lesson, returning learner", returning, english.url),
        ("60-lesson module, returning", returning, big.url),
    ]
    if alias is not None:  # the demo is translated in full: an alias only if some page is not yet
        pages.insert(3, ("Spanish alias, returning learner", returning, alias.url))
    failed = False
    print(f"{'page':<36} {'HTML gz':>8} {'CSS+JS gz':>10} {'total':>8} {'queries':>8}")
    for name, client, url in pages:
        html, assets, queries = measure(client, url)
        total = html + assets
        ok = total <= BYTES_BUDGET and queries <= QUERY_BUDGET
        failed |= not ok
        print(f"{name:<36} {html:>8} {assets:>10} {total:>8} {queries:>8}  {'ok' if ok else 'OVER BUDGET'}")
    print(f"budget: {BYTES_BUDGET} bytes, {QUERY_BUDGET} queries")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
