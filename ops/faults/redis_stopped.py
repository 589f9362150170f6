"""Fault: Redis stopped (issue 12, part 10). docs/faults.md says what was seen.

    .venv/bin/python ops/faults/redis_stopped.py

A learner signs in while Redis runs; Redis is stopped (its data gone: it runs without persistence, as
docs/deployment.md asks). Checks, on both servers:
- lessons are served, quickly (a Redis that does not answer is a cache miss);
- the learner is still signed in (sessions are in the database, Redis only in front), takes the quiz
  and the answers are stored;
- signing in works; a username still locks after 5 wrong passwords (the lockout counts go to the
  database cache while Redis is down: config.caches.FailoverCache), even with the right password after;
- Redis started again: the learner is still signed in, lessons are served, no traceback in any log.
"""

import html
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ops.faults.postgres_restart import LESSON_URL  # noqa: E402
from ops.stack import HTMX, check, log, run_alone, valid_answer  # noqa: E402

LOCKED = "Trop de tentatives"  # the lock page's title, in French (the visitor's language)

STORED = """
import json
from quizzes.models import Answer
print(json.dumps({"answers": Answer.objects.filter(attempt__learner__user__username="editrice").count()}))
"""


def signed_in(client):
    """Whether `client`'s session is an account's: "my learning" answers instead of asking to sign in."""
    return client.get("/fr/accounts/my-learning/").status_code == 200


def run(stack, site):
    site.setdefault("lesson", stack.django_json(LESSON_URL)["url"])
    quiz = site["quiz"]
    logs_from = {name: len(stack.log_of(name)) for name in ("server-a", "server-b")}
    learner = stack.client(site["a"])
    check(learner.sign_in("editrice").status_code == 302, "a learner signed in on A while Redis runs")
    check(signed_in(learner), "signed in")

    stack.stop_redis()
    log("Redis stopped")
    times = []
    for server in ("a", "b"):
        visitor = stack.client(site[server])
        for _ in range(5):
            started = time.monotonic()
            response = visitor.get(site["lesson"])
            times.append(time.monotonic() - started)
            check(response.status_code == 200, f"server {server} serves a lesson without Redis")
    median, longest = 1000 * statistics.median(times), 1000 * max(times)
    log(f"lessons without Redis: median {median:.0f} ms, max {longest:.0f} ms")
    check(max(times) < 5, "no lesson waits for Redis")

    learner.switch(site["b"])
    check(signed_in(learner), "the learner is still signed in, on B, without Redis")
    check(learner.post(f"/fr/quizzes/{quiz['id']}/start/").status_code == 302, "quiz started without Redis")
    for block in quiz["questions"]:
        url = f"/fr/quizzes/{quiz['id']}/answer/{block['id']}/"
        response = learner.post(url, valid_answer(block), headers=HTMX)
        check(response.status_code == 200, f"answer {block['id']} taken without Redis")
    check(stack.django_json(STORED)["answers"] == len(quiz["questions"]), "the answers are stored")

    newcomer = stack.client(site["b"])
    check(newcomer.sign_in("animatrice").status_code == 302, "signing in works without Redis")

    attacker = stack.client(site["a"])
    for attempt in range(1, 6):
        attacker.switch(site["a" if attempt % 2 else "b"])
        response = attacker.sign_in("comite", password=f"wrong-{attempt}")
        refused = response.status_code in (200, 429)
        check(refused, f"wrong password {attempt} refused ({response.status_code})")
    locked = attacker.sign_in("comite")
    check(
        locked.status_code == 429 and LOCKED in html.unescape(locked.text),
        "after 5 wrong passwords the username is locked, even with the right one, without Redis",
    )

    stack.start_redis()
    log("Redis started again (empty)")
    learner.switch(site["a"])
    check(signed_in(learner), "the learner is still signed in after Redis came back")
    after = attacker.sign_in("comite", password="wrong-again")  # noqa: S106
    log(f"Redis just back: a wrong password for the locked username gets {after.status_code}")
    check(stack.client(site["b"]).get(site["lesson"]).status_code == 200, "lessons served with Redis back")
    for name in ("server-a", "server-b"):
        since = stack.log_of(name)[logs_from[name] :]
        check("Traceback" not in since, f"no traceback in the log of {name}")
        log(f"{name}: {since.count('unreachable')} 'cache unreachable' warning(s) in its log")


if __name__ == "__main__":
    sys.exit(run_alone(run, "FAULT CHECK FAILED (Redis stopped)"))
