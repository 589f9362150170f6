"""Requests per second of a demo lesson against a bare Wagtail page, on the same machine, in the same run.

Usage: `.venv/bin/python benchmarks/bare_wagtail_ratio.py [--seconds S] [--rounds N] [--concurrency C]`.

It makes a bare project with `wagtail start` in a temporary folder, migrates it on SQLite and serves its
welcome page with gunicorn -w 2 under the project's own production settings (DEBUG off). Beside it, it
builds Solidaire's demo in a throwaway SQLite database and serves it with gunicorn -w 2 under
config.settings.production (a private Redis as REDIS_URL when redis-server is installed). One small
threaded HTTP client (C connections at once, a new connection per request, as gunicorn's sync workers
close each one) then measures, in alternating rounds of S seconds so that both see the same machine:

- the bare welcome page (`/`);
- a French demo lesson for a first visit (no cookie);
- the same lesson for a returning learner (a session with a finished lesson and a started quiz).

The Solidaire requests carry `X-Forwarded-Proto: https`, as from the TLS proxy in front of production. It
prints each target's requests per second (the median of its rounds) and the lesson-to-bare ratios.
Goal (issue 12): at least 1.0 for the lesson. Exit status 1 if a request failed.
"""

import argparse
import http.client
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_setup  # noqa: E402

ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ARGS.add_argument("--seconds", type=float, default=10.0, help="length of one round")
ARGS.add_argument("--rounds", type=int, default=3, help="rounds per target")
ARGS.add_argument("--concurrency", type=int, default=8, help="requests in flight at once")
ARGS.add_argument("--workers", type=int, default=2, help="gunicorn workers of each server")

BARE_SETTINGS = """
SECRET_KEY = "bare-benchmark-only-secret-key-0123456789"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
"""


def bare_project(folder):
    """A `wagtail start` project in `folder`, migrated, its static files collected; its environment."""
    folder.mkdir()
    demo_setup.run([str(demo_setup.BIN / "wagtail"), "start", "bareproj", str(folder)])
    (folder / "bareproj" / "settings" / "local.py").write_text(BARE_SETTINGS)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    env.update(DJANGO_SETTINGS_MODULE="bareproj.settings.production", PYTHONPATH=str(folder))
    for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"]):
        demo_setup.run([demo_setup.PYTHON, "manage.py", *command, "-v0"], env=env, cwd=folder)
    return env


def solidaire_demo(folder, redis_url):
    """The demo in a SQLite database in `folder`, with production settings; (environment, lesson URL,
    a returning learner's cookie)."""
    env = demo_setup.production_env(f"sqlite:///{folder / 'demo.sqlite3'}", redis_url)
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    demo_setup.load_demo()
    call_command("collectstatic", "--no-input", verbosity=0)
    lesson, cookie = returning_learner()
    return env, lesson, cookie


def returning_learner():
    """(the French lesson measured, the Cookie header of a learner who finished the lesson before it)."""
    from django.conf import settings
    from django.contrib.sessions.backends.base import SessionBase
    from django.utils.module_loading import import_string

    from learning.models import SESSION_KEY, Learner, LessonCompletion, LessonPage

    lessons = list(LessonPage.objects.live().filter(locale__language_code="fr").order_by("path")[:4])
    lesson = lessons[3]
    learner = Learner.objects.create()
    course = lesson.get_ancestors().filter(depth=lesson.depth - 2).first()
    LessonCompletion.objects.record(learner, lessons[2].translation_key, course.translation_key)
    store: SessionBase = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    store[SESSION_KEY] = learner.pk
    store.save()
    return lesson.url, f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def hammer(port, path, headers, seconds, concurrency):
    """Requests per second on 127.0.0.1:`port` for `seconds`, `concurrency` at a time; (rate, failures)."""
    done, failed, stop = [0], [0], time.monotonic() + seconds
    lock = threading.Lock()

    def client():
        while time.monotonic() < stop:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "gzip", **headers})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
            finally:
                connection.close()
            with lock:
                done[0] += ok
                failed[0] += not ok

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done[0] / (time.monotonic() - started), failed[0]


def main(options):
    print(f"load before the run: {Path('/proc/loadavg').read_text().split()[:3]} on {os.cpu_count()} CPUs")
    folder = Path(tempfile.mkdtemp(prefix="solidaire-ratio-"))
    with ExitStack() as stack:
        redis_url = stack.enter_context(demo_setup.private_redis())
        bare_env = bare_project(folder / "bare")
        env, lesson, cookie = solidaire_demo(folder, redis_url)
        bare_port, demo_port = demo_setup.free_port(8611), demo_setup.free_port(8612)
        workers = ["-w", str(options.workers)]
        bare = stack.enter_context(
            demo_setup.gunicorn("bareproj.wsgi", bare_port, bare_env, folder / "bare", workers)
        )
        demo = stack.enter_context(
            demo_setup.gunicorn(
                "config.wsgi", demo_port, env, demo_setup.ROOT, workers, log=folder / "demo.log"
            )
        )
        https = {"X-Forwarded-Proto": "https"}
        targets = [
            ("bare Wagtail welcome page", bare_port, "/", {}),
            ("lesson, first visit", demo_port, lesson, https),
            ("lesson, returning learner", demo_port, lesson, {**https, "Cookie": cookie}),
        ]
        demo_setup.wait_for(f"http://127.0.0.1:{bare_port}/", process=bare)
        demo_setup.wait_for(f"http://127.0.0.1:{demo_port}{lesson}", https, process=demo)
        for _name, port, path, headers in targets:  # warm every worker's caches
            hammer(port, path, headers, 2, options.concurrency)
        rates = {name: [] for name, *_rest in targets}
        failures = 0
        for _round in range(options.rounds):
            for name, port, path, headers in targets:
                rate, failed = hammer(port, path, headers, options.seconds, options.concurrency)
                rates[name].append(rate)
                failures += failed
    shutil.rmtree(folder, ignore_errors=True)
    bare_rate = statistics.median(rates[targets[0][0]])
    redis = "running, REDIS_URL given" if redis_url else "none"
    print(f"gunicorn -w {options.workers} each, {options.concurrency} concurrent requests, SQLite, ", end="")
    print(f"{options.rounds} rounds of {options.seconds:.0f} s; Redis {redis}; {demo_setup.stack_in_use()}")
    for name, *_rest in targets:
        rate = statistics.median(rates[name])
        rounds = ", ".join(f"{value:.0f}" for value in rates[name])
        print(f"{name:<28} {rate:7.1f} req/s  ({rounds})  ratio {rate / bare_rate:.2f}x")
    print(f"failed requests: {failures}")
    print(f"load after the run: {Path('/proc/loadavg').read_text().split()[:3]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(ARGS.parse_args()))
