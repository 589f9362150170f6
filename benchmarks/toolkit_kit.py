"""Time the demo sweatshops toolkit's kit: its first build, and a download once it is cached.

Usage: `.venv/bin/python benchmarks/toolkit_kit.py`. A first process builds the demo in a throwaway SQLite
database (and media folder); a fresh process then signs in a facilitator with the test client and:

- first build: POST "Download the kit" on the French toolkit, with the immediate task backend, so the
  request returns once the kit is built; nothing has loaded WeasyPrint or its fonts in this process yet;
- the English kit's build, in the same process (a warm build);
- cached download: GET the French kit's zip again, read to the end; the median of 20.

Record the results in docs/performance.md ("Toolkit kits"). Targets (issue 4): first build within 15 s,
cached download within 50 ms.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PREPARE = "--prepare-in"
WORKDIR = Path(sys.argv[2]) if sys.argv[1:2] == [PREPARE] else Path(tempfile.mkdtemp())
os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR / 'benchmark.sqlite3'}"
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from accounts.roles import FACILITATORS  # noqa: E402
from learning.demo.build import demo_key  # noqa: E402
from pedagogy_tools.models import KitBuild, ToolkitPage  # noqa: E402

settings.MEDIA_ROOT = WORKDIR / "media"
BUILD_BUDGET = 15.0  # seconds
DOWNLOAD_BUDGET = 0.050  # seconds
DOWNLOADS = 20


def facilitator_client():
    user = get_user_model().objects.create_user("benchmark-facilitator")  # no password: force_login
    user.groups.add(Group.objects.get(name=FACILITATORS))
    client = Client()
    client.force_login(user)
    return client


def timed_build(client, page):
    start = time.perf_counter()
    response = client.post(page.url + "kit/")
    elapsed = time.perf_counter() - start
    kit = KitBuild.objects.get(toolkit=page)
    assert response.status_code == 302 and kit.is_ready, (response.status_code, kit.status, kit.error)
    return elapsed, kit


def timed_download(client, page):
    start = time.perf_counter()
    response = client.get(page.url + "kit/download/")
    size = sum(len(chunk) for chunk in response.streaming_content)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200
    return elapsed, size


def prepare():
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    return 0


def main():
    # The demo loader renders PDFs (the attachments): load it in another process, so that the first
    # build here is a cold one.
    subprocess.run([sys.executable, __file__, PREPARE, str(WORKDIR)], check=True)  # noqa: S603
    assert "weasyprint" not in sys.modules
    key = demo_key("toolkit:sweatshops")
    french = ToolkitPage.objects.get(translation_key=key, locale__language_code="fr")
    english = ToolkitPage.objects.get(translation_key=key, locale__language_code="en")
    client = facilitator_client()

    first, kit = timed_build(client, french)
    warm, _ = timed_build(client, english)
    timed_download(client, french)  # warm the per-process caches (site root paths)
    downloads = [timed_download(client, french) for _ in range(DOWNLOADS)]
    download = statistics.median(elapsed for elapsed, _ in downloads)
    builds_after = KitBuild.objects.count()

    rows = [
        ("first build (fr, cold process)", first, BUILD_BUDGET),
        ("second build (en, warm process)", warm, BUILD_BUDGET),
        (f"cached download (median of {DOWNLOADS})", download, DOWNLOAD_BUDGET),
    ]
    failed = builds_after != 2
    print(f"demo kit: {french.title!r}, {kit.size / 1024:.0f} KiB zip, {len(french.agenda)} activities")
    print(f"{'measure':<36} {'seconds':>9} {'budget':>8}")
    for name, seconds, budget in rows:
        ok = seconds <= budget
        failed |= not ok
        print(f"{name:<36} {seconds:>9.3f} {budget:>8.3f}  {'ok' if ok else 'OVER BUDGET'}")
    print(f"kits built: {builds_after} (the downloads rebuilt nothing)" if builds_after == 2 else "REBUILT")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(prepare() if sys.argv[1:2] == [PREPARE] else main())
