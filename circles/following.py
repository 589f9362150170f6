"""What the facilitators see of their circle's progress, in a fixed number of queries whatever the number
of members: the members and their learners (one query), the course and its steps (two), every step type's
records of these learners on these steps (one per step type, through the step contract's `step_events`)
and the sharers' best quiz results (one per scored step type, `best_results_among`).

Members who share (`Membership.shares_progress`) are shown by circle name, with their steps done and best
results. The others are only counted, and only where a count cannot be undone by subtraction: a count
that includes fewer than MIN_UNSHARED non-sharing members (but some) is not shown (HIDDEN_COUNT), since the
count minus the sharers' marks would tell the progress of one or two people.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from learning.models import CoursePage, CourseStep

MIN_UNSHARED = 3
HIDDEN_COUNT = "—"


@dataclass
class StepCount:
    step: object  # the step's page (in the circle's language when translated)
    done: object  # a number, or HIDDEN_COUNT


@dataclass
class MeetingSteps:
    meeting: object
    counts: list = field(default_factory=list)


@dataclass
class Sharer:
    membership: object  # a Member
    done: list  # the titles of the steps done, in course order
    results: list  # "quiz title: best score % (passed)", in course order


@dataclass
class GroupProgress:
    course: object
    steps: list
    members: int
    unshared: int
    counts_shown: bool
    meetings: list
    sharers: list
    all_steps: list  # StepCount of every course step


def course_in(course_key, language):
    """The live course with this translation key in `language`, else in any language (one query)."""
    pages = CoursePage.objects.live().filter(translation_key=course_key).select_related("locale")
    found = list(pages)
    return next(
        (page for page in found if page.locale.language_code == language), found[0] if found else None
    )


def done_by_learner(steps, learner_ids):
    """{learner id: {translation keys done}} among `steps`: one query per step type that keeps records."""
    done = {learner_id: set() for learner_id in learner_ids}
    if not learner_ids or not steps:
        return done
    keys = [step.translation_key for step in steps]
    for model in CourseStep.step_types():
        events = model.step_events(keys)
        if events is None:
            continue
        rows = (
            events.filter(learner_id__in=learner_ids, done_at__isnull=False)
            .values_list("learner_id", "step_key")
            .distinct()
        )
        for learner_id, key in rows:
            done[learner_id].add(key)
    return done


@dataclass
class Member:
    """What the facilitators' page needs of a membership (read as values: no User row is built)."""

    pk: int
    circle_name: str
    shares_progress: bool
    learner_id: object


def members_of(circle):
    """The circle's members by circle name, each with their learner's id (None without one): one query."""
    rows = circle.memberships.order_by("circle_name").values_list(
        "pk", "circle_name", "shares_progress", "user__learner__id"
    )
    return [Member(*row) for row in rows]


def result_line(title, score, passed):
    line = f"{title}: {score} %"
    return f"{line} ({_('passed')})" if passed else line


def group_progress(circle, meetings):
    """The circle's progress for its facilitators (see the module's docstring). `meetings`: the circle's
    meetings, already fetched."""
    memberships = members_of(circle)
    course = course_in(circle.course_key, circle.language)
    pages = list(course.tree_pages()) if course is not None else []
    steps = course.steps(pages) if course is not None else []
    learner_ids = [member.learner_id for member in memberships if member.learner_id is not None]
    done = done_by_learner(steps, learner_ids)
    sharing = [member for member in memberships if member.shares_progress]
    unshared = len(memberships) - len(sharing)
    counts_shown = unshared == 0 or unshared >= MIN_UNSHARED
    sharer_learners = [member.learner_id for member in sharing if member.learner_id is not None]
    results = CourseStep.results_among(sharer_learners) if sharer_learners else {}

    def count(step):
        if not counts_shown:
            return StepCount(step, HIDDEN_COUNT)
        key = step.translation_key
        return StepCount(step, sum(1 for learner_id in learner_ids if key in done[learner_id]))

    by_key = {step.translation_key: step for step in steps}
    meeting_rows = []
    for meeting in meetings:
        keys = {str(key) for key in meeting.step_keys}
        chosen = [step for step in steps if str(step.translation_key) in keys]
        meeting_rows.append(MeetingSteps(meeting, [count(step) for step in chosen]))
    sharers = []
    for member in sharing:
        mine = done.get(member.learner_id, set())
        best = results.get(member.learner_id, {})
        sharers.append(
            Sharer(
                member,
                [step.title for step in steps if step.translation_key in mine],
                [result_line(by_key[key].title, *best[key]) for key in by_key if key in best],
            )
        )
    return GroupProgress(
        course=course,
        steps=steps,
        members=len(memberships),
        unshared=unshared,
        counts_shown=counts_shown,
        meetings=meeting_rows,
        sharers=sharers,
        all_steps=[count(step) for step in steps],
    )
