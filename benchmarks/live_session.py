"""Measure a live session: participants joining, idle polls in the lobby, the question reaching every
phone, and every participant answering once.

Usage:
  .venv/bin/python benchmarks/live_session.py [PARTICIPANTS]            (in process, 300 by default)
  .venv/bin/python benchmarks/live_session.py PARTICIPANTS --serve      (the production stack, below)
  .venv/bin/python benchmarks/live_session.py PARTICIPANTS --url URL [--pids PID,PID...]
  options of the HTTP runs: --join-seconds S (the phones join over S seconds, 10 by default),
  --lobby S (the server's CPU is read over S seconds of idle lobby, 10 by default)

The room at full capacity (issue 22) is `benchmarks/live_session.py 300 --serve`.

With --serve it starts what production runs, on loopback, and stops it afterwards (benchmarks/demo_setup):
a private PostgreSQL and Redis, the demo loaded under config.settings.production, gunicorn with
config/gunicorn.py; then it runs itself with --url against that server (--proxied, --pids of gunicorn's
processes).

In process (no --url), it builds the demo in a throwaway SQLite database and drives the views with the
test Client, one participant after the other: the times are the server's (middleware, view, template; no
network, no concurrency). It prints per request type the median and 95th percentile time, the SQL
queries, and the bytes on the wire of an idle poll (status line, headers, body).

With --url, it talks HTTP to a running server (gunicorn) that uses the same DATABASE_URL, REDIS_URL and
settings as this process (set DJANGO_SETTINGS_MODULE, DATABASE_URL and REDIS_URL as for the server): it
makes the session in the database, then PARTICIPANTS threads, each a phone with its own cookies, join
over HTTP spread over --join-seconds, each polling every second with If-None-Match as htmx does from the
moment it joined. Once all are in and idle, it measures the server's CPU over --lobby seconds (from
/proc, for the --pids given: gunicorn's master and workers), then opens the question (the facilitator's
click, as the conditional UPDATE the control view makes) and reports how long each phone took to see it
(p95, target 1.5 s), how long all took to answer (target 4 s; each phone answers as soon as it sees the
question, the worst case), and that each answer is counted once. It ends with a table of the results
against their targets, and states the machine's load (/proc/loadavg) at the start, in the lobby and at
the end: the phones' client runs on the same machine, so the figures hold only for the load stated.
"""

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ARGS.add_argument("participants", type=int, nargs="?", default=300)
ARGS.add_argument("--url", help="base URL of a running server sharing this process's database")
ARGS.add_argument("--pids", default="", help="comma-separated server process ids, for CPU use")
ARGS.add_argument("--lobby", type=float, default=10.0, help="seconds the lobby's CPU is measured over")
ARGS.add_argument("--join-seconds", type=float, default=10.0, help="the phones join over this many seconds")
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
            command += ["--join-seconds", str(options.join_seconds)]
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
    """One participant over HTTP, with its own cookies, polling like htmx over one kept-alive connection
    (as a phone's browser does with the proxy, and the proxy with gunicorn: config/gunicorn.py's
    keepalive)."""

    def __init__(self, base, number):
        self.base, self.number, self.cookies, self.etag = base, number, {}, None
        self.connection = None

    def request(self, path, data=None, headers=None):
        headers = dict(headers or {})
        parts = urllib.parse.urlparse(self.base)
        if OPTIONS.proxied:
            headers.update({"X-Forwarded-Proto": "https", "Referer": f"https://{parts.netloc}/"})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            data = urllib.parse.urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):  # a kept-alive connection the server closed meanwhile: once more, afresh
            if self.connection is None:
                self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            try:
                self.connection.request(
                    "POST" if data is not None else "GET", path, body=data, headers=headers
                )
                response = self.connection.getresponse()
                body = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
            self.connection = None
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            self.cookies.update({key: morsel.value for key, morsel in cookie.items()})
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


def cpu_seconds(pids):
    total = 0.0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def load_average():
    """The machine's load averages over 1, 5 and 15 minutes (/proc/loadavg)."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def over_http(count, base, pids, lobby, ramp):
    """`count` phones join over `ramp` seconds, each polling from the moment it joined; once all are in
    and have settled, the server's CPU is read over `lobby` seconds; then the question opens."""
    load_at_start = load_average()
    session, quiz = demo_session()
    question = rules.question_at(quiz, 0)
    phones = [Phone(base, number) for number in range(count)]
    joins, seen, answered, stop = {}, {}, {}, threading.Event()
    lobby_polls, measuring = [], threading.Event()
    opened_at = [None]
    data = question.block.sample_answer(question.value)

    def run(phone):
        time.sleep(ramp * phone.number / count)  # a room joins over `ramp` seconds, phones out of step
        started = time.perf_counter()
        try:
            phone.join(session)
        except AssertionError as refused:
            joins[phone.number] = (str(refused), time.perf_counter() - started)
            return
        joins[phone.number] = (302, time.perf_counter() - started)
        while not stop.is_set():
            polled = time.perf_counter()
            status, body = phone.poll(session)
            if measuring.is_set() and opened_at[0] is None:
                lobby_polls.append((status, time.perf_counter() - polled))
            if status == 200 and opened_at[0] and question.id.encode() in body and phone.number not in seen:
                seen[phone.number] = time.perf_counter() - opened_at[0]
                reply, _h, _b = phone.request(url("live_answer", session.pk, question.id), data, HTMX)
                answered[phone.number] = (reply, time.perf_counter() - opened_at[0])
            stop.wait(1.0)

    threads = [threading.Thread(target=run, args=(phone,), daemon=True) for phone in phones]
    joining_started = time.perf_counter()
    for thread in threads:
        thread.start()
    while len(joins) < count and time.perf_counter() - joining_started < ramp + 60:
        time.sleep(0.1)
    joining_took = time.perf_counter() - joining_started
    time.sleep(3)  # every phone has polled since the last join: the lobby is idle
    load_in_lobby = load_average()
    measuring.set()
    before, client_before, wall = cpu_seconds(pids), sum(os.times()[:2]), time.perf_counter()
    time.sleep(lobby)
    elapsed = time.perf_counter() - wall
    lobby_cpu = (cpu_seconds(pids) - before) / elapsed if pids else None
    client_cpu = (sum(os.times()[:2]) - client_before) / elapsed
    session.refresh_from_db()
    opened_at[0] = time.perf_counter()
    rules.advance(session, "open", session.version, quiz)
    deadline = time.perf_counter() + 20
    joined = [n for n, (status, _t) in joins.items() if status == 302]
    while len(answered) < len(joined) and time.perf_counter() < deadline:
        time.sleep(0.1)
    stop.set()
    for thread in threads:
        thread.join(timeout=5)
    session.refresh_from_db()
    counted = LiveAnswer.objects.filter(participant__session=session, question_id=question.id).count()
    delays = list(seen.values())
    last_answer = max((t for _s, t in answered.values()), default=None)
    idle = [took for status, took in lobby_polls if status == 304]
    print(f"\n{count} phones over HTTP at {base}, joining over {ramp:.0f} s, quiz {quiz.title!r}")
    print(
        f"load average (1, 5, 15 min): at the start {load_at_start}; in the lobby {load_in_lobby}; "
        f"at the end {load_average()}"
    )
    print(
        f"join statuses: {sorted({str(status) for status, _t in joins.values()})}; all in after "
        f"{joining_took:.1f} s"
    )
    print(
        f"lobby polls measured: {len(lobby_polls)}, of them 304: {len(idle)}"
        + (
            f" (median {1000 * statistics.median(idle):.1f} ms, p95 {1000 * percentile(idle, 0.95):.1f} ms)"
            if idle
            else ""
        )
    )
    print(f"the phones' client (this process) used {100 * client_cpu:.0f} % of a core in the lobby")
    print(f"answer statuses: {sorted({status for status, _t in answered.values()})}")
    rows = [
        ("phones joined", f"{len(joined)} of {count}", f"{count}", len(joined) == count),
        ("join, p95", f"{percentile([t for _s, t in joins.values()], 0.95):.2f} s", "", None),
        (
            "server CPU, idle phones in the lobby",
            f"{100 * lobby_cpu:.1f} % of one core" if lobby_cpu is not None else "not measured (--pids)",
            "<= 15 %",
            lobby_cpu is not None and lobby_cpu <= 0.15,
        ),
        (
            "question seen after the click, p95 (max)",
            f"{percentile(delays, 0.95):.2f} s ({max(delays):.2f} s)" if delays else "never",
            "<= 1.5 s",
            bool(delays) and len(delays) == len(joined) and percentile(delays, 0.95) <= 1.5,
        ),
        (
            "all answered after the click",
            f"{last_answer:.2f} s ({len(answered)} answers)" if last_answer is not None else "none",
            "<= 4 s",
            last_answer is not None and len(answered) == len(joined) and last_answer <= 4,
        ),
        (
            "answers counted once",
            f"{counted} rows, counter {session.answered_count}",
            f"{len(joined)}",
            counted == session.answered_count == len(joined),
        ),
    ]
    print("\n| measure | result | target | met |\n|---|---:|---:|---|")
    for label, result, target, met in rows:
        print(f"| {label} | {result} | {target} | {'' if met is None else ('yes' if met else 'NO')} |")


if __name__ == "__main__":
    if OPTIONS.url:
        if urllib.parse.urlparse(OPTIONS.url).scheme not in ("http", "https"):
            sys.exit("--url must be an http(s) address")
        pids = [int(pid) for pid in OPTIONS.pids.split(",") if pid]
        over_http(OPTIONS.participants, OPTIONS.url.rstrip("/"), pids, OPTIONS.lobby, OPTIONS.join_seconds)
    else:
        in_process(OPTIONS.participants)
