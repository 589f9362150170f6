"""Fault: PostgreSQL restarted in the middle of the load (issue 12, part 9); docs/faults.md says what was
seen.

    .venv/bin/python ops/faults/postgres_restart.py

Eight anonymous learners, half on server A and half on B, read a lesson, start the quiz, answer every
question over htmx and finish it, again and again; after a few seconds PostgreSQL is stopped (fast
shutdown: open connections are cut), left down two seconds and started again. Checks:
- every response is a success or the site's own 500 page (no traceback, the visitor's language);
  no connection is refused or reset: gunicorn keeps answering;
- the servers serve again within seconds, without being restarted (CONN_HEALTH_CHECKS);
- nothing is half-recorded: every finished attempt's score is its answers' score, no attempt holds more
  answers than the quiz has questions, and every answer that was acknowledged (200) is stored.
"""

import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ops.stack import HTMX, check, log, run_alone, valid_answer  # noqa: E402

LEARNERS = 8
LOAD_SECONDS = 14
RESTART_AT = 4
# The site's 500 page (learning.views.server_error) in the learners' language (their URLs are /fr/).
SERVER_ERROR_MARKS = ('<html lang="fr">', "<h1>Erreur du serveur</h1>")

CONSISTENCY = """
import json
from quizzes.models import Answer, QuizAttempt
rows = []
for attempt in QuizAttempt.objects.filter(learner__user__isnull=True).prefetch_related("answers"):
    answers = list(attempt.answers.all())
    correct = sum(a.is_correct for a in answers)
    rows.append([attempt.finished_at is not None, attempt.score, len(answers), correct])
stored = Answer.objects.filter(attempt__learner__user__isnull=True).count()
print(json.dumps({"attempts": rows, "answers": stored}))
"""


class Load:
    def __init__(self, stack, site):
        self.stack, self.site = stack, site
        self.stop = threading.Event()
        self.statuses = Counter()
        self.acknowledged = set()  # (learner, round, question) of the answers answered with a 200
        self.bad = []  # responses that are neither a success nor the site's 500 page
        self.lock = threading.Lock()
        self.last_error = None  # when the last 5xx came

    def record(self, kind, response, key=None):
        with self.lock:
            self.statuses[(kind, response.status_code)] += 1
            if response.status_code >= 500:
                self.last_error = time.monotonic()
                body = response.text
                if "Traceback" in body or not all(mark in body for mark in SERVER_ERROR_MARKS):
                    self.bad.append((kind, response.status_code, body[:300]))
            elif kind == "answer" and response.status_code == 200:
                self.acknowledged.add(key)
        return response

    def learner(self, number):
        quiz, lesson = self.site["quiz"], self.site["lesson"]
        client = self.stack.client(self.site["a" if number % 2 else "b"])
        rounds = 0  # a new round once an attempt is finished: the same question may be answered again
        while not self.stop.is_set():
            try:
                self.record("lesson", client.get(lesson))
                self.record("start", client.post(f"/fr/quizzes/{quiz['id']}/start/"))
                for block in quiz["questions"]:
                    url = f"/fr/quizzes/{quiz['id']}/answer/{block['id']}/"
                    response = client.post(url, valid_answer(block), headers=HTMX)
                    self.record("answer", response, key=(number, rounds, block["id"]))
                finish = self.record("finish", client.post(f"/fr/quizzes/{quiz['id']}/finish/"))
                rounds += finish.status_code == 302
            except Exception as error:  # a refused or reset connection: gunicorn did not answer
                with self.lock:
                    self.bad.append(("connection", type(error).__name__, str(error)[:200]))
                time.sleep(0.2)

    def run(self, during):
        threads = [threading.Thread(target=self.learner, args=(n,)) for n in range(LEARNERS)]
        for thread in threads:
            thread.start()
        during()
        self.stop.set()
        for thread in threads:
            thread.join(60)


def run(stack, site):
    site.setdefault("lesson", stack.django_json(LESSON_URL)["url"])
    load = Load(stack, site)
    timeline = {}

    def restart_postgres():
        time.sleep(RESTART_AT)
        timeline["stop"] = time.monotonic()
        stack.stop_postgres("fast")
        log("PostgreSQL stopped")
        time.sleep(2)
        stack.start_postgres()
        timeline["start"] = time.monotonic()
        time.sleep(LOAD_SECONDS - RESTART_AT - 2)

    load.run(restart_postgres)
    log(f"responses: {dict(sorted(load.statuses.items()))}")
    errors = sum(count for (kind, status), count in load.statuses.items() if status >= 500)
    check(not load.bad, f"every failure is the site's own 500 page, no connection dropped: {load.bad[:3]}")
    check(errors > 0, f"the restart was felt: {errors} request(s) got the 500 page")

    # Back without restarting the app servers: every server answers a lesson and an answer at once.
    for server in ("a", "b"):
        client = stack.client(site[server])
        for _ in range(6):  # each gunicorn worker thread's kept connection is checked, and replaced
            check(client.get(site["lesson"]).status_code == 200, f"server {server} serves lessons again")
        start = client.post(f"/fr/quizzes/{site['quiz']['id']}/start/")
        check(start.status_code == 302, f"server {server} starts quizzes again")
    down = timeline["start"] - timeline["stop"]
    late = load.last_error - timeline["start"]
    log(f"PostgreSQL down {down:.1f} s; the last 500 came {late:.1f} s after it was back")
    check(late < 3, "the servers reconnected by themselves within 3 s")

    facts = stack.django_json(CONSISTENCY)
    questions = len(site["quiz"]["questions"])
    check(all(count <= questions for _, _, count, _ in facts["attempts"]), "no attempt has too many answers")
    wrong = [row for row in facts["attempts"] if row[0] and row[1] != round(100 * row[3] / questions)]
    check(
        not wrong, f"every finished attempt's score is its answers' score ({len(facts['attempts'])} attempts)"
    )
    check(
        facts["answers"] >= len(load.acknowledged),
        f"every acknowledged answer is stored ({len(load.acknowledged)} acknowledged,"
        f" {facts['answers']} rows)",
    )
    for name in ("server-a", "server-b"):
        log(f"{name}: {stack.log_of(name).count('OperationalError')} OperationalError line(s) in its log")


LESSON_URL = """
import json
from learning.models import LessonPage
lesson = LessonPage.objects.live().filter(locale__language_code="fr").order_by("path").first()
print(json.dumps({"url": lesson.url}))
"""


if __name__ == "__main__":
    sys.exit(run_alone(run, "FAULT CHECK FAILED (PostgreSQL restart)"))
