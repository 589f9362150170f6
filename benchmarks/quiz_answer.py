"""Measure the htmx answer endpoint of a quiz: server time and SQL queries per answer.

Usage: `.venv/bin/python benchmarks/quiz_answer.py [ANSWERS]` (200 by default). It builds the demo in a
throwaway SQLite database, then, as one anonymous learner with the test Client (so the time is the
server's: middleware, routing, view, template; no network), answers the questions of the French quiz of
module 1 one by one with htmx, finishing and starting a new attempt each time every question is answered.
It prints the median and 95th percentile time in ms, and the number of queries per answer (with a
quiz of 30 questions too, to show that it does not grow). Record the results in docs/performance.md.
Budget (issue 3): at most 10 queries per answer, whatever the number of questions. Exit status 1 if over.
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_setup import load_demo, use_throwaway_sqlite  # noqa: E402

use_throwaway_sqlite()

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from quizzes.models import QuizPage  # noqa: E402

QUERY_BUDGET = 10
HTMX = {"HX-Request": "true"}


class Learner:
    """One anonymous learner answering a quiz round after round."""

    def __init__(self, quiz):
        self.client = Client()
        self.quiz = quiz
        with translation.override(quiz.locale.language_code):
            self.start_url = reverse("quiz_start", args=[quiz.pk])
            self.finish_url = reverse("quiz_finish", args=[quiz.pk])
            self.answer_url = reverse("quiz_answer", args=[quiz.pk, "QUESTION"])
        self.questions = list(quiz.questions)
        self.pending = []

    def next_answer(self):
        """(url, data) of the next question to answer; finish the attempt and start one when needed."""
        if not self.pending:
            self.client.post(self.finish_url)
            assert self.client.post(self.start_url).status_code == 302
            self.pending = list(self.questions)
        question = self.pending.pop(0)
        return self.answer_url.replace("QUESTION", question.id), question.block.sample_answer(question.value)

    def answer(self, capture=False):
        """Post the next answer; return (milliseconds, queries or None)."""
        url, data = self.next_answer()
        if capture:
            with CaptureQueriesContext(connection) as queries:
                response = self.client.post(url, data, headers=HTMX)
        else:
            started = time.perf_counter()
            response = self.client.post(url, data, headers=HTMX)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
        assert b"<html" not in response.content
        return (None, len(queries)) if capture else (elapsed, None)


def big_quiz(source):
    """A copy of `source` with 30 questions (its own, repeated with new ids), next to it."""
    blocks = []
    for n in range(30):
        block = dict(source.questions.raw_data[n % len(source.questions.raw_data)])
        blocks.append({**block, "id": f"{block['id'][:-6]}{n:06d}"})
    quiz = QuizPage(title="Quiz de charge", slug="quiz-de-charge", pass_mark=70, questions=blocks)
    source.get_parent().add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(answers=200):
    load_demo()
    quiz = QuizPage.objects.filter(locale__language_code="fr").order_by("path").first()
    learner = Learner(quiz)
    learner.answer()  # warm the per-process caches (site root paths, content types, templates)
    times = [learner.answer()[0] for _ in range(answers)]
    queries = learner.answer(capture=True)[1]
    large = Learner(big_quiz(quiz))
    large.answer()
    large_queries = large.answer(capture=True)[1]

    median, p95 = statistics.median(times), percentile(times, 0.95)
    ok = max(queries, large_queries) <= QUERY_BUDGET
    print(f"htmx answer, French quiz of module 1 ({len(learner.questions)} questions), {answers} answers")
    print(f"  median {median:.1f} ms   95th percentile {p95:.1f} ms")
    count = len(learner.questions)
    print(f"  queries per answer: {queries} ({count} questions), {large_queries} (30 questions)")
    print(f"budget: {QUERY_BUDGET} queries  {'ok' if ok else 'OVER BUDGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
