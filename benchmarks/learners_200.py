"""200 learners at once: lessons and htmx quizzes under production settings, on PostgreSQL, with locust.

Usage: `.venv/bin/python benchmarks/learners_200.py [--users 200] [--spawn-rate 20] [--seconds 120]`
(CI: `--users 50 --seconds 30`). Loopback only; everything it starts, it stops:

1. a private PostgreSQL on port 5441 and, when redis-server is installed, a private Redis on port 6396
   (passed as REDIS_URL), both in temporary folders;
2. the demo, loaded under config.settings.production; no learner is made beforehand: each simulated
   learner arrives as a new visitor (no cookie), as a room told to open the course does, all from one
   address (loopback), in one of the four languages;
3. gunicorn with config/gunicorn.py when the repository has one (else `-w 4 --threads 4`);
4. locust, headless, with benchmarks/locustfile.py: `-u USERS -r RATE -t SECONDS --stop-timeout 10`.

It prints the median, 95th and 99th percentile response times, the throughput, the failures (a dropped
connection is one), and the check that the database holds exactly one Answer row per accepted answer: no
question answered twice in an attempt, and as many new rows as accepted answers, plus at most the answers
that were still in flight when locust stopped its learners (recorded, but their response never counted).
It also checks that every new visitor kept their progress (issue 20): the 429s ("too many new visitors"),
one Learner row per simulated learner, none of them without progress, and one LessonCompletion row per
lesson marked done (each learner's first "done" on a lesson; a second pass through the course adds none).
Budget (issue 12): p95 at most 300 ms, p99 at most 1 s, no failed request, one row per accepted answer;
(issue 20) no 429, every learner's rows kept.
Exit status 1 if any is missed. Locust's CSV files are kept in the folder printed at the end.
"""

import argparse
import contextlib
import csv
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_setup  # noqa: E402

ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ARGS.add_argument("--users", type=int, default=200)
ARGS.add_argument("--spawn-rate", type=float, default=20)
ARGS.add_argument("--seconds", type=int, default=120)
ARGS.add_argument("--workers", type=int, help="gunicorn workers (default: config/gunicorn.py, or 4)")
ARGS.add_argument("--threads", type=int, help="gunicorn threads per worker (default: config, or 4)")
ARGS.add_argument("--no-redis", action="store_true", help="do not start a Redis")
ARGS.add_argument(
    "--correctness-only",
    action="store_true",
    help="exit 1 only on a failed or dropped request or an answer-row mismatch, not on the latency budget "
    "(CI, whose timings depend on what else the machine runs)",
)
P95_BUDGET_MS, P99_BUDGET_MS = 300, 1000
LANGUAGES = ["fr", "fr", "en", "es", "ht"]  # half the learners or so read the source language


def course_steps(language):
    """The demo course's steps in `language`, in order, as the locustfile's plan: lessons (their URL) and
    quizzes (their URL, start and finish URLs, and a valid answer per question)."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Page

    from quizzes.models import QuizPage

    steps = []
    pages = Page.objects.live().filter(locale__language_code=language, depth=6).order_by("path").specific()
    with translation.override(language):
        for page in pages:
            if isinstance(page, QuizPage):
                answers = [
                    (
                        reverse("quiz_answer", args=[page.pk, question.id]),
                        question.block.sample_answer(question.value),
                    )
                    for question in page.questions
                ]
                start, finish = reverse("quiz_start", args=[page.pk]), reverse("quiz_finish", args=[page.pk])
                steps.append(
                    {"kind": "quiz", "url": page.url, "start": start, "finish": finish, "answers": answers}
                )
            elif page.specific_class.__name__ == "LessonPage":
                steps.append({"kind": "lesson", "url": page.url})
    return steps


def new_visitors(count, steps):
    """`count` new visitors, each with no cookie yet: [{"language", "offset"}]. They make their learner,
    session and CSRF cookie themselves, as a browser does, by their first requests."""
    learners = []
    for number in range(count):
        language = LANGUAGES[number % len(LANGUAGES)]
        offset = secrets.randbelow(len(steps[language]))  # learners are spread over the course
        learners.append({"language": language, "offset": offset})
    return learners


def prepare(folder, database_url, redis_url, users):
    """Load the demo under production settings in this process; write the locust plan; its path."""
    os.environ.update(demo_setup.production_env(database_url, redis_url))
    import django

    django.setup()
    from django.core.management import call_command

    demo_setup.load_demo()
    call_command("collectstatic", "--no-input", verbosity=0)
    steps = {language: course_steps(language) for language in set(LANGUAGES)}
    plan = {"steps": steps, "learners": new_visitors(users, steps)}
    path = folder / "plan.json"
    path.write_text(json.dumps(plan))
    return path


def warm_up(port, steps, server_options):
    """GET every lesson and quiz page a few times, so that each worker process has loaded its templates
    and cached what is the same for everyone (as a server that has been up a while has)."""
    urls = [step["url"] for language_steps in steps.values() for step in language_steps]
    workers = int(server_options[server_options.index("-w") + 1]) if "-w" in server_options else 4
    headers = {"X-Forwarded-Proto": "https"}

    def get(url):
        with contextlib.suppress(OSError):
            urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60).read()  # noqa: S310

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(get, [f"http://127.0.0.1:{port}{url}" for url in urls * (workers + 1)]))


def answer_rows():
    """(the Answer rows, the (attempt, question) pairs with more than one row)."""
    from django.db import connections
    from django.db.models import Count

    from quizzes.models import Answer

    connections.close_all()
    pairs = Answer.objects.values("attempt_id", "question_id").annotate(rows=Count("id"))
    return Answer.objects.count(), pairs.filter(rows__gt=1).count()


def progress_rows():
    """(Learner rows, learners with no lesson done and no quiz begun, provisional learners, LessonCompletion
    rows)."""
    from django.db import connections

    from learning.models import Learner, LessonCompletion

    connections.close_all()
    learners = Learner.objects.all()
    empty = learners.filter(lesson_completions__isnull=True, quiz_attempts__isnull=True).count()
    provisional = learners.filter(provisional=True).count()
    return learners.count(), empty, provisional, LessonCompletion.objects.count()


def read_stats(prefix):
    """{name: row} from locust's PREFIX_stats.csv (the "Aggregated" row included)."""
    with open(f"{prefix}_stats.csv", newline="") as stats:
        return {row["Name"]: row for row in csv.DictReader(stats)}


def main(options):
    folder = Path(tempfile.mkdtemp(prefix="solidaire-load-"))
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    with ExitStack() as stack:
        database_url = stack.enter_context(demo_setup.private_postgres())
        redis_url = None if options.no_redis else stack.enter_context(demo_setup.private_redis())
        plan = prepare(folder, database_url, redis_url, options.users)
        rows_before, _duplicates = answer_rows()
        env = demo_setup.production_env(database_url, redis_url)
        port = demo_setup.free_port(8613)
        server_options = demo_setup.gunicorn_options(options.workers, options.threads)
        server = stack.enter_context(
            demo_setup.gunicorn(
                "config.wsgi", port, env, demo_setup.ROOT, server_options, log=folder / "server.log"
            )
        )
        first_lesson = json.loads(plan.read_text())["steps"]["fr"][0]["url"]
        demo_setup.wait_for(
            f"http://127.0.0.1:{port}{first_lesson}", {"X-Forwarded-Proto": "https"}, process=server
        )
        warm_up(port, json.loads(plan.read_text())["steps"], server_options)
        prefix, counts_file = folder / "locust", folder / "answers.json"
        locust = [
            str(demo_setup.BIN / "locust"), "-f", str(Path(__file__).resolve().parent / "locustfile.py"),
            "--headless", "-u", str(options.users), "-r", str(options.spawn_rate),
            "-t", f"{options.seconds}s",
            "--stop-timeout", "10", "--csv", str(prefix), "--host", f"http://127.0.0.1:{port}",
            "--only-summary", "--loglevel", "WARNING",
        ]  # fmt: skip
        started = time.monotonic()
        subprocess.run(  # noqa: S603
            locust,
            env={**os.environ, "SOLIDAIRE_LOAD_PLAN": str(plan), "SOLIDAIRE_LOAD_COUNTS": str(counts_file)},
            cwd=folder,
            check=False,
            timeout=options.seconds + 120,
        )
        elapsed = time.monotonic() - started
        load_after = Path("/proc/loadavg").read_text().split()[:3]
        rows, duplicates = answer_rows()
        rows -= rows_before
        learners, empty, provisional, completions = progress_rows()
    stats = read_stats(prefix)
    total = stats["Aggregated"]
    counts = json.loads(counts_file.read_text())
    accepted = counts["accepted"]
    # Answers still in flight when locust stopped its learners: the server may have recorded them, but no
    # response came back to count them as accepted.
    unanswered = counts["sent"] - counts["accepted"] - counts["failed"]
    failures = int(total["Failure Count"])
    p50, p95, p99 = (float(total[column]) for column in ("50%", "95%", "99%"))
    server = "config/gunicorn.py" if "-c" in server_options else " ".join(server_options)
    redis = "running, REDIS_URL given" if redis_url else "none"
    print(f"{options.users} learners, spawn rate {options.spawn_rate}/s, {options.seconds} s ", end="")
    print(f"(locust ran {elapsed:.0f} s), gunicorn {server}, PostgreSQL; Redis {redis}")
    print(f"the settings use: {demo_setup.stack_in_use()}")
    print(f"load average before {' '.join(load_before)}, after {' '.join(load_after)}, {os.cpu_count()} CPUs")
    print(f"{'request':<16} {'count':>7} {'fail':>5} {'p50':>6} {'p95':>6} {'p99':>6}  (ms)")
    for name, row in stats.items():
        print(f"{name:<16} {row['Request Count']:>7} {row['Failure Count']:>5} "
              f"{row['50%']:>6} {row['95%']:>6} {row['99%']:>6}")  # fmt: skip
    print(f"throughput {float(total['Requests/s']):.1f} requests/s; failed or dropped: {failures}")
    one_each = duplicates == 0 and accepted <= rows <= accepted + unanswered
    print(
        f"answers sent {counts['sent']}, accepted {accepted}, refused or dropped {counts['failed']}, ", end=""
    )
    print(
        f"cut off by the end of the run {unanswered}; Answer rows added {rows}, questions with two rows ",
        end="",
    )
    print(f"{duplicates}: {'one row per accepted answer' if one_each else 'MISMATCH'}")
    refused = counts["refused_429"]
    done, done_cut_off = counts["lessons_done"], counts["lessons_done_cut_off"]
    kept = (
        refused == 0
        and learners == options.users
        and empty == 0
        and done <= completions <= done + done_cut_off
    )
    print(
        f"new visitors {options.users}, refused with 429 {refused}; Learner rows {learners} (expected "
        f"{options.users}), without progress {empty}, still provisional {provisional}; lessons marked done "
        f"{done} (cut off by the end {done_cut_off}), LessonCompletion rows {completions}: "
        f"{'every learner kept their progress' if kept else 'MISMATCH'}"
    )
    one_each = one_each and kept
    within = p95 <= P95_BUDGET_MS and p99 <= P99_BUDGET_MS and failures == 0 and one_each
    verdict = "ok" if within else "MISSED"
    print(f"budget p95 <= {P95_BUDGET_MS} ms, p99 <= {P99_BUDGET_MS} ms, no failure: {verdict}")
    print(f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms; locust's CSV files, server log: {folder}")
    if options.correctness_only:
        return 0 if failures == 0 and one_each else 1
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main(ARGS.parse_args()))
