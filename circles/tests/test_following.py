"""Item 3 of issue 24: the facilitators follow the group. Sharers by circle name with their steps and
best quiz results; the others only in counts, and no count that includes one or two non-sharers; a
fixed number of queries whatever the number of members."""

import pytest

from circles.following import HIDDEN_COUNT, group_progress
from circles.tests.factories import add_member, finish, make_meeting
from learning.models import Learner
from quizzes.attempts import finish_attempt, record_answer, start_attempt
from tests.helpers import make_quiz, message, parse, text_of, url

pytestmark = pytest.mark.django_db


def counts_of(progress):
    return [(count.step.title, count.done) for count in progress.all_steps]


def test_sharers_by_circle_name_others_only_counted(course_tree, circle, leader_client):
    course, lessons = course_tree["course"], course_tree["lessons"]
    make_meeting(circle, steps=lessons[:2])
    sharer = add_member(circle, "rosalie", circle_name="Rosa", shares=True)
    hidden = [add_member(circle, f"member{n}", circle_name=f"Secret {n}") for n in range(3)]
    finish(sharer, lessons[0], course)
    finish(hidden[0], lessons[0], course)
    finish(hidden[1], lessons[1], course)

    response = leader_client.get(url("circles:circle", circle.pk))

    page = parse(response)
    assert [th.text for th in page.select(".circle-sharers tbody th")] == ["Rosa"]
    assert "Leçon 1" in page.select_one(".circle-sharers tbody td details li").text
    text = text_of(response)
    for n in range(3):
        assert f"Secret {n}" not in text
        assert f"member{n}" not in text
    assert "rosalie" not in text
    progress = group_progress(circle, list(circle.meetings.all()))
    assert counts_of(progress) == [("Leçon 1", 2), ("Leçon 2", 1), ("Leçon 3", 0)]
    assert [(c.step.title, c.done) for c in progress.meetings[0].counts] == [("Leçon 1", 2), ("Leçon 2", 1)]


@pytest.mark.parametrize("unshared", [1, 2])
def test_a_total_including_one_or_two_non_sharers_is_not_shown(course_tree, circle, leader_client, unshared):
    course, lessons = course_tree["course"], course_tree["lessons"]
    for n in range(3):
        add_member(circle, f"sharer{n}", circle_name=f"S{n}", shares=True)
    others = [add_member(circle, f"other{n}", circle_name=f"O{n}") for n in range(unshared)]
    finish(others[0], lessons[0], course)

    progress = group_progress(circle, [])

    assert {done for _title, done in counts_of(progress)} == {HIDDEN_COUNT}
    page = leader_client.get(url("circles:circle", circle.pk))
    assert parse(page).select_one("#hidden-counts") is not None


def test_everyone_sharing_shows_the_totals(course_tree, circle):
    course, lessons = course_tree["course"], course_tree["lessons"]
    finish(add_member(circle, "a", shares=True), lessons[0], course)
    assert counts_of(group_progress(circle, []))[0] == ("Leçon 1", 1)


def test_best_quiz_results_of_sharers(course_tree, circle, leader_client):
    quiz = make_quiz(course_tree["module"])
    sharer = add_member(circle, "rosalie", circle_name="Rosa", shares=True)
    learner = Learner.objects.get(user=sharer.user)
    attempt = start_attempt(learner, quiz, "fr")
    for question in quiz.questions:
        record_answer(attempt, question, question.block.sample_answer(question.value), "fr")
    finish_attempt(attempt, quiz)
    progress = group_progress(circle, [])
    assert progress.sharers[0].results == [f"Quiz: 100 % ({message('passed')})"]
    assert "Quiz: 100 %" in text_of(leader_client.get(url("circles:circle", circle.pk)))


# The session and user (2), the circle, its meetings, its members with their learners' ids, the course,
# its steps (5), the records of each step type (2), the sharers' quiz results (1), the course's URL (1).
PAGE_QUERIES = 11


def add_members(circle, course_tree, start, stop):
    course, lessons = course_tree["course"], course_tree["lessons"]
    for n in range(start, stop):
        member = add_member(circle, f"m{n}", circle_name=f"M{n}", shares=n % 2 == 0)
        finish(member, lessons[n % 3], course)


def test_the_facilitators_page_costs_the_same_queries_at_5_and_50_members(
    course_tree, circle, leader_client, django_assert_num_queries
):
    make_quiz(course_tree["module"])
    make_meeting(circle, steps=course_tree["lessons"])
    make_meeting(circle, steps=course_tree["lessons"][1:], days=14)
    leader_client.get(url("circles:circle", circle.pk))  # warm the content types' and pages' caches
    add_members(circle, course_tree, 0, 5)
    with django_assert_num_queries(PAGE_QUERIES):
        assert leader_client.get(url("circles:circle", circle.pk)).status_code == 200
    add_members(circle, course_tree, 5, 50)
    with django_assert_num_queries(PAGE_QUERIES):
        page = leader_client.get(url("circles:circle", circle.pk))
    assert len(parse(page).select(".circle-sharers tbody tr")) == 25
