"""Measure the item-analysis report of the admin: server time and SQL queries for a quiz with many
finished attempts.

Usage: `.venv/bin/python benchmarks/item_analysis.py [ATTEMPTS]` (10,000 by default). It builds the demo in
a throwaway SQLite database, then gives the French quiz of module 1 ATTEMPTS finished attempts by
bulk_create (each learner with an ability that makes right answers more likely, in the four languages,
every question answered), and renders the report as an editor with the test Client (so the time is the
server's: middleware, view, aggregation, charts, template; no network). It prints the median time of
several runs, and the number of queries, with 100 attempts too, to show that it does not grow.
Budget (issue 10): at most 1 s, and the same number of queries whatever the number of attempts. Exit
status 1 if over. Record the results in docs/performance.md.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = Path(tempfile.mkdtemp()) / "benchmark.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from accounts.roles import EDITORS  # noqa: E402
from learning.models import Learner  # noqa: E402
from quizzes.models import Answer, QuizAttempt, QuizPage  # noqa: E402

TIME_BUDGET_MS = 1000
RUNS = 7
LANGUAGES = ["fr", "fr", "fr", "en", "en", "es", "ht"]  # more French, as on the site
BATCH = 5000


def response_of(question, rng, knows):
    """A response to `question` as its block stores it: the right one if the learner `knows`, else a wrong
    one chosen by `rng` (the block's sample answer, parsed as the quiz page's form would be)."""
    data = question.block.sample_answer(question.value, correct=knows, rng=rng)
    return question.block.parse(question.value, data)


def add_attempts(quiz, count, seed=1):
    """`count` finished attempts on `quiz`, by bulk_create: one learner each, every question answered."""
    rng = random.Random(seed)  # noqa: S311 - made-up answers, not security
    questions = list(quiz.questions)
    now = timezone.now()
    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        learners = Learner.objects.bulk_create([Learner() for _ in range(size)])
        plans, attempts = [], []
        for learner in learners:
            ability = rng.random()
            language = rng.choice(LANGUAGES)
            responses = []
            for question in questions:
                response = response_of(question, rng, rng.random() < 0.25 + 0.7 * ability)
                responses.append((question, response, question.block.is_correct(question.value, response)))
            score = round(100 * sum(correct for _q, _r, correct in responses) / len(questions))
            attempts.append(
                QuizAttempt(
                    learner=learner,
                    quiz_key=quiz.translation_key,
                    language=language,
                    started_at=now,
                    finished_at=now,
                    score=score,
                    passed=score >= quiz.pass_mark,
                )
            )
            plans.append((language, responses))
        attempts = QuizAttempt.objects.bulk_create(attempts)
        Answer.objects.bulk_create(
            [
                Answer(
                    attempt=attempt,
                    question_id=question.id,
                    response=response,
                    is_correct=correct,
                    language=language,
                )
                for attempt, (language, responses) in zip(attempts, plans, strict=True)
                for question, response, correct in responses
            ],
            batch_size=BATCH,
        )


def render(client, address):
    """(milliseconds, queries) of one GET of the report."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(address)
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.status_code
    assert b"report-chart" in response.content
    return elapsed, len(queries)


def main(count=10_000):
    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    quiz = QuizPage.objects.filter(locale__language_code="fr").order_by("path").first()
    editor = User.objects.create_user(username="benchmark-editor", password="not-used-4417")  # noqa: S106
    editor.groups.add(Group.objects.get(name=EDITORS))
    client = Client()
    client.force_login(editor)
    address = reverse("solidaire_quiz_reports:item_analysis", args=[quiz.pk])

    add_attempts(quiz, 100, seed=0)
    render(client, address)  # warm the per-process caches (content types, templates, site)
    _ms, small_queries = render(client, address)
    started = time.perf_counter()
    add_attempts(quiz, count - 100)
    built = time.perf_counter() - started
    finished = QuizAttempt.objects.filter(quiz_key=quiz.translation_key, finished_at__isnull=False).count()
    answers = Answer.objects.filter(attempt__quiz_key=quiz.translation_key).count()
    runs = [render(client, address) for _ in range(RUNS)]
    times = [ms for ms, _queries in runs]
    queries = {queries for _ms, queries in runs}
    median = statistics.median(times)
    ok = median <= TIME_BUDGET_MS and queries == {small_queries}
    print(f"item-analysis report, French quiz of module 1 ({len(quiz.questions)} questions)")
    print(f"  {finished} finished attempts, {answers} answers (built in {built:.1f} s)")
    print(f"  median {median:.0f} ms over {RUNS} runs (min {min(times):.0f}, max {max(times):.0f})")
    print(f"  queries: {sorted(queries)} ({finished} attempts), {small_queries} (100 attempts)")
    print(f"  load average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    print(f"budget: {TIME_BUDGET_MS} ms, a fixed number of queries  {'ok' if ok else 'OVER BUDGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
