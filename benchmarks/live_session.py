"""Measure a live session: participants joining, idle polls in the lobby, the question reaching every
phone, and every participant answering once.

Usage:
  .venv/bin/python benchmarks/live_session.py [PARTICIPANTS]            (in process, 200 by default)
  .venv/bin/python benchmarks/live_session.py PARTICIPANTS --serve      (the production stack, below)
  .venv/bin/python benchmarks/live_session.py PARTICIPANTS --url URL [--pids PID,PID...] [--lobby S]

With --serve it starts what production runs, on loopback, and stops it afterwards (benchmarks/demo_setup):
a private PostgreSQL and Redis, the demo loaded under config.settings.production, gunicorn with
config/gunicorn.py; then it runs itself with --url against that server (--proxied, --pids of gunicorn's
processes).

In process (no --url), it builds the demo in a throwaway SQLite database and drives the views with the
test Client, one participant after the other: the times are the server's (middleware, view, template; no
network, no concurrency). It prints per request type the median and 95th percentile time, the SQL
queries, and the bytes on the wire of an idle poll (status line, headers, body).

With --url, it talks HTTP to a running server (gunicorn) that uses the same DATABASE_URL and settings
as this process (set DJANGO_SETTINGS_MODULE and DATABASE_URL as for the server): it makes the session in
the database, then PARTICIPANTS threads, each a phone with its own cookies, join over HTTP and poll every
second with If-None-Match as htmx does. It measures the server's CPU while they wait in the lobby (from
/proc, for the --pids given: gunicorn's master and workers), then opens the question (the facilitator's
click, as the conditional UPDATE the control view makes) and reports how long each phone took to see
it (p95, budget 2 s), how long all took to answer (budget 5 s), and that each answer is counted once.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ARGS.add_argument("participants", type=int, nargs="?", default=200)
ARGS.add_argument("--url", help="base URL of a running server sharing this process's database")
ARGS.add_argument("--pids", default="", help="comma-separated server process ids, for CPU use")
ARGS.add_argument("--lobby", type=float, default=10.0, help="seconds the phones wait in the lobby")
ARGS.add_argument("--serve", action="store_true", help="start the production stack and measure it")
ARGS.add_argument(
    "--proxied",
    action="store_true",
    help="the server runs the production settings behind a TLS proxy: send X-Forwarded-Proto and an "
    "https Referer, as the proxy and a browser would",
)
OPTIONS = ARGS.parse_args()


def serve_and_measure(options):
    """Start PostgreSQL, Redis and gunicorn (production settings), load the demo, and run this benchmark
    over HTTP against them, in a child process that shares their environment."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import demo_setup  # noqa: PLC0415 - only the --serve mode starts servers

    with demo_setup.private_postgres(port=5442) as database_url, demo_setup.private_redis(port=6397) as redis:
        env = demo_setup.production_env(database_url, redis)
        for command in (
            ["migrate"],
            ["createcachetable"],
            ["load_demo_content"],
            ["collectstatic", "--no-input"],
        ):
            demo_setup.manage(*command, "-v0", env=env)
        port = demo_setup.free_port(8620)
        server_options = demo_setup.gunicorn_options()
        with demo_setup.gunicorn("config.wsgi", port, env, ROOT, server_options) as server:
            base = f"http://127.0.0.1:{port}"
            demo_setup.wait_for(f"{base}/fr/join/", {"X-Forwarded-Proto": "https"}, process=server)
            time.sleep(2)  # every worker booted
            children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
            pids = ",".join([str(server.pid), *children])
            print(
                f"gunicorn {' '.join(server_options)}: master and {len(children)} workers; PostgreSQL, Redis"
            )
            command = [sys.executable, __file__, str(options.participants), "--url", base, "--pids", pids]
            command += ["--proxied", "--lobby", str(options.lobby)]
            return subprocess.run(command, env=env, check=False).returncode  # noqa: S603


if OPTIONS.serve:
    sys.exit(serve_and_measure(OPTIONS))

if not OPTIONS.url:
    DATABASE = Path(tempfile.mkdtemp()) / "benchmark.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
else:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from accounts.models import User  # noqa: E402
from accounts.roles import FACILITATORS  # noqa: E402
from quizzes.live import rules  # noqa: E402
from quizzes.models import LiveAnswer, LiveSession, QuizPage  # noqa: E402

HTMX = {"HX-Request": "true"}


def url(name, *args):
    with translation.override("fr"):
        return reverse(name, args=args)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(label, times_ms, queries=None, extra=""):
    queries_text = f", {queries} queries" if queries is not None else ""
    print(
        f"{label:<34} median {statistics.median(times_ms):6.1f} ms, p95 {percentile(times_ms, 0.95):6.1f} ms"
        f"{queries_text}{extra}"
    )


def demo_session():
    """A fresh session of the demo's first French quiz, and the quiz."""
    quiz = QuizPage.objects.live().filter(locale__language_code="fr").order_by("path").first()
    user, _created = User.objects.get_or_create(username="benchmark-facilitator")
    user.groups.add(Group.objects.get(name=FACILITATORS))
    session = rules.start_session(quiz, user, "fr")
    LiveSession.objects.filter(pk=session.pk).update(max_participants=max(300, OPTIONS.participants))
    session.refresh_from_db()
    return session, quiz


def timed(call):
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = call()
    return response, (time.perf_counter() - start) * 1000, len(queries)


def wire_size(response):
    return (
        len(b"HTTP/1.1 304 Not Modified\r\n") + len(response.serialize_headers()) + 4 + len(response.content)
    )


def in_process(count):
    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    session, quiz = demo_session()
    phones = [Client() for _ in range(count)]
    joins, polls, shows, answers = [], [], [], []
    join_queries = poll_queries = show_queries = answer_queries = 0
    for number, phone in enumerate(phones):
        response, ms, join_queries = timed(
            lambda phone=phone, number=number: phone.post(
                url("live_join"), {"code": session.code, "nickname": f"P{number}"}
            )
        )
        assert response.status_code == 302, response.status_code
        joins.append(ms)
    etags = [phone.get(url("live_phone", session.pk), headers=HTMX)["ETag"] for phone in phones]
    poll_size = 0
    for phone, etag in zip(phones, etags, strict=True):
        response, ms, poll_queries = timed(
            lambda phone=phone, etag=etag: phone.get(
                url("live_phone", session.pk), headers={**HTMX, "If-None-Match": etag}
            )
        )
        assert response.status_code == 304, response.status_code
        poll_size = wire_size(response)
        polls.append(ms)
    session.refresh_from_db()
    rules.advance(session, "open", session.version, quiz)
    session.refresh_from_db()
    question = rules.question_at(quiz, 0)
    show_size = 0
    for phone, etag in zip(phones, etags, strict=True):
        response, ms, show_queries = timed(
            lambda phone=phone, etag=etag: phone.get(
                url("live_phone", session.pk), headers={**HTMX, "If-None-Match": etag}
            )
        )
        assert response.status_code == 200
        show_size = len(response.content)
        shows.append(ms)
    data = question.block.sample_answer(question.value)
    started = time.perf_counter()
    for phone in phones:
        response, ms, answer_queries = timed(
            lambda phone=phone: phone.post(url("live_answer", session.pk, question.id), data, headers=HTMX)
        )
        assert response.status_code == 200, response.status_code
        answers.append(ms)
    answering = time.perf_counter() - started
    for phone in phones[:20]:  # a second answer changes nothing
        assert phone.post(url("live_answer", session.pk, question.id), data).status_code == 409
    session.refresh_from_db()
    counted = LiveAnswer.objects.filter(participant__session=session, question_id=question.id).count()
    print(f"{count} participants, in process (test Client, SQLite), quiz {quiz.title!r}")
    report("join", joins, join_queries)
    report("idle poll in the lobby (304)", polls, poll_queries, f", {poll_size} B on the wire")
    report("poll that brings the question (200)", shows, show_queries, f", {show_size} B of HTML")
    report("answer (htmx)", answers, answer_queries)
    print(f"all {count} answers, one after the other: {answering:.2f} s")
    print(f"answers counted: {counted} rows, session counter {session.answered_count} (expected {count})")
    busy = statistics.median(polls) / 1000 * count
    print(f"{count} phones polling every second in the lobby: about {busy:.2f} s of server time per second")
    assert counted == session.answered_count == count


class Phone:
    """One participant over HTTP, with its own cookies, polling like htmx."""

    def __init__(self, base, number):
        self.base, self.number, self.cookies, self.etag = base, number, {}, None

    def request(self, path, data=None, headers=None):
        headers = dict(headers or {})
        if OPTIONS.proxied:
            host = urllib.parse.urlparse(self.base).netloc
            headers.update({"X-Forwarded-Proto": "https", "Referer": f"https://{host}/"})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            data = urllib.parse.urlencode(data, doseq=True).encode()
        request = urllib.request.Request(self.base + path, data=data, headers=headers)  # noqa: S310 - --url is http(s)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            self.cookies.update({key: morsel.value for key, morsel in cookie.items()})
        body = response.read()
        return response.status, response.headers, body

    def join(self, session):
        self.request(url("live_join"))
        status, _headers, _body = self.request(
            url("live_join"), {"code": session.code, "nickname": f"P{self.number}"}
        )
        assert status == 302, status

    def poll(self, session):
        headers = {**HTMX, **({"If-None-Match": self.etag} if self.etag else {})}
        status, response_headers, body = self.request(url("live_phone", session.pk), headers=headers)
        if status == 200:
            self.etag = response_headers["ETag"]
        return status, body


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def cpu_seconds(pids):
    total = 0.0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def over_http(count, base, pids, lobby):
    session, quiz = demo_session()
    question = rules.question_at(quiz, 0)
    phones = [Phone(base, number) for number in range(count)]
    with ThreadPoolExecutor(max_workers=min(count, 32)) as pool:
        list(pool.map(lambda phone: phone.join(session), phones))
    seen, answered, stop = {}, {}, threading.Event()
    opened_at = [None]
    data = question.block.sample_answer(question.value)

    def run(phone):
        time.sleep(phone.number / count)  # phones poll out of step, as in a room
        while not stop.is_set():
            status, body = phone.poll(session)
            if status == 200 and question.id.encode() in body and phone.number not in seen:
                seen[phone.number] = time.perf_counter() - opened_at[0]
                reply, _h, _b = phone.request(url("live_answer", session.pk, question.id), data, HTMX)
                answered[phone.number] = (reply, time.perf_counter() - opened_at[0])
            stop.wait(1.0)

    threads = [threading.Thread(target=run, args=(phone,), daemon=True) for phone in phones]
    for thread in threads:
        thread.start()
    time.sleep(2)
    before, wall = cpu_seconds(pids), time.perf_counter()
    time.sleep(lobby)
    lobby_cpu = (cpu_seconds(pids) - before) / (time.perf_counter() - wall) if pids else None
    session.refresh_from_db()
    opened_at[0] = time.perf_counter()
    rules.advance(session, "open", session.version, quiz)
    deadline = time.perf_counter() + 15
    while len(answered) < count and time.perf_counter() < deadline:
        time.sleep(0.1)
    stop.set()
    for thread in threads:
        thread.join(timeout=5)
    session.refresh_from_db()
    counted = LiveAnswer.objects.filter(participant__session=session, question_id=question.id).count()
    print(f"{count} participants over HTTP at {base}")
    if lobby_cpu is not None:
        print(f"server CPU while they wait in the lobby: {100 * lobby_cpu:.1f} % of one core")
    if seen:
        delays = list(seen.values())
        print(f"question seen: p95 {percentile(delays, 0.95):.2f} s, max {max(delays):.2f} s")
    if answered:
        print(f"all answered within {max(t for _s, t in answered.values()):.2f} s of the click")
    print(f"answers counted: {counted} rows, session counter {session.answered_count} (expected {count})")
    print(f"answer statuses: {sorted({status for status, _t in answered.values()})}")


if __name__ == "__main__":
    if OPTIONS.url:
        if urllib.parse.urlparse(OPTIONS.url).scheme not in ("http", "https"):
            sys.exit("--url must be an http(s) address")
        pids = [int(pid) for pid in OPTIONS.pids.split(",") if pid]
        over_http(OPTIONS.participants, OPTIONS.url.rstrip("/"), pids, OPTIONS.lobby)
    else:
        in_process(OPTIONS.participants)
