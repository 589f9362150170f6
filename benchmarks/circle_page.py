"""Measure a study circle's facilitators' page: server time and SQL queries for a circle of 50 members
on a 30-step course.

Usage: `.venv/bin/python benchmarks/circle_page.py [MEMBERS]` (50 by default). It builds, in a throwaway
SQLite database, a French course of 3 modules of 9 lessons and a quiz each (30 steps), a circle on it
with 6 meetings of 5 steps each, and MEMBERS members, half of them sharing their progress, each with
lessons done and quiz attempts; then renders the circle's page as its facilitator with the test Client
(the server's time: middleware, view, the group's progress, template; no network). It prints the number of
queries at 5 members and at MEMBERS, and the median time of RUNS renders at MEMBERS.
Budget (issue 24): the same number of queries at 5 and 50 members, and at most 150 ms. Exit status 1 if
over. Record the results in docs/performance.md ("Study circles").
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

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from circles import rules  # noqa: E402
from circles.models import Meeting, Membership  # noqa: E402
from learning.models import CourseIndexPage, CoursePage, Learner, LessonCompletion, LessonPage, ModulePage  # noqa: E402
from quizzes.models import QuizAttempt  # noqa: E402
from tests.helpers import facilitator, lesson_body, make_home, make_quiz, make_user, publish_child  # noqa: E402

TIME_BUDGET_MS = 150
RUNS = 21
MODULES, LESSONS_PER_MODULE = 3, 9


def build_course():
    home = make_home()
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index, CoursePage(title="Un cours", slug="un-cours", summary="R.", objectives="<ul><li>O</li></ul>")
    )
    for m in range(1, MODULES + 1):
        module = publish_child(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        for n in range(1, LESSONS_PER_MODULE + 1):
            publish_child(module, LessonPage(title=f"Leçon {m}.{n}", slug=f"lecon-{n}", body=lesson_body()))
        make_quiz(module, title=f"Quiz {m}", slug="quiz")
    return CoursePage.objects.get(pk=course.pk)


def add_members(circle, course, steps, start, stop, rng):
    lessons = [step for step in steps if step.specific_class is LessonPage]
    quizzes = [step for step in steps if step.specific_class is not LessonPage]
    for n in range(start, stop):
        user = make_user(f"member{n}")
        learner = Learner.objects.create(user=user)
        Membership.objects.create(
            circle=circle, user=user, circle_name=f"Membre {n}", shares_progress=n % 2 == 0
        )
        LessonCompletion.objects.bulk_create(
            LessonCompletion(
                learner=learner, lesson_key=lesson.translation_key, course_key=course.translation_key
            )
            for lesson in rng.sample(lessons, rng.randint(0, len(lessons)))
        )
        QuizAttempt.objects.bulk_create(
            QuizAttempt(
                learner=learner,
                quiz_key=quiz.translation_key,
                finished_at=timezone.now(),
                score=score,
                passed=score >= 70,
            )
            for quiz in quizzes
            for score in rng.sample(range(0, 101, 10), rng.randint(0, 2))
        )


def render(client, address):
    start = time.perf_counter()
    response = client.get(address)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, response.status_code
    return elapsed


def queries(client, address):
    with CaptureQueriesContext(connection) as captured:
        render(client, address)
    return len(captured)


def main():
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    members = int(numbers[0]) if numbers else 50
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    rng = random.Random(24)  # noqa: S311 - made-up progress, not security
    course = build_course()
    steps = course.steps()
    assert len(steps) == MODULES * (LESSONS_PER_MODULE + 1) == 30
    leader = facilitator("benchmark-facilitator")
    circle = rules.create_circle(
        name="Cercle",
        course_key=course.translation_key,
        language="fr",
        time_zone="America/Port-au-Prince",
        facilitator=leader,
        max_members=max(members, 50),
    )
    for week in range(6):
        Meeting.objects.create(
            circle=circle,
            starts_at=timezone.now() + timezone.timedelta(days=7 * week),
            step_keys=[str(step.translation_key) for step in steps[5 * week : 5 * week + 5]],
        )
    client = Client()
    client.force_login(leader)
    with translation.override("fr"):
        address = reverse("circles:circle", args=[circle.pk])
    render(client, address)  # warm the caches (content types, pages)
    add_members(circle, course, steps, 0, 5, rng)
    at_5 = queries(client, address)
    add_members(circle, course, steps, 5, members, rng)
    at_many = queries(client, address)
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(lambda: [render(client, address) for _ in range(5)])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    times = [render(client, address) for _ in range(RUNS)]
    median_ms = statistics.median(times) * 1000
    print(f"queries: {at_5} at 5 members, {at_many} at {members} members")
    print(f"median of {RUNS} renders at {members} members: {median_ms:.1f} ms (budget {TIME_BUDGET_MS} ms)")
    return 0 if at_5 == at_many and median_ms <= TIME_BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
