"""Who is learning and how far they have got.

- `get_learner(request)` finds the visitor's Learner: the account's, or the anonymous one whose id is in
  the session; `get_learner(request, create=True)` makes one when there is none yet.
- `merge_learners(source, target)` moves everything `source` did onto `target` (on sign-in), counting
  nothing twice. Apps that keep their own progress rows (quizzes) connect to `learner_merging`.
- A completable page type (LessonPage, QuizPage) has a classmethod `completed_keys(learner, keys)`
  returning which of those translation keys the learner has completed, in one query.
  `course_progress()` asks each type once, so a course's progress costs a fixed number of queries.
  It may also have a classmethod `started_keys(learner)`: the translation keys of its pages the learner
  has begun (a quiz attempted, passed or not), so a course begun with its quiz counts as in progress;
  and a scored type a classmethod `best_results(learner)`: {translation key: (best score %, passed)}.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from wagtail.models import Page

from learning.models import CoursePage, Learner, LessonCompletion
from learning.models.pages import CourseStep

SESSION_KEY = "solidaire_learner_id"

learner_merging = Signal()
"""Sent with `source` and `target` Learners before `source` is deleted; receivers move their rows."""


def get_learner(request, create=False):
    """The request's Learner, or None when there is none and `create` is false."""
    cached = getattr(request, "_learner", None)
    if cached is not None:
        return cached
    learner = None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        learner = Learner.objects.filter(user=user).first()
        if learner is None and create:
            learner, _ = Learner.objects.get_or_create(user=user)
    else:
        learner_id = request.session.get(SESSION_KEY)
        if learner_id is not None:
            learner = Learner.objects.filter(pk=learner_id, user__isnull=True).first()
        if learner is None and create:
            learner = Learner.objects.create()
            request.session[SESSION_KEY] = learner.pk
    request._learner = learner
    return learner


@transaction.atomic
def merge_learners(source, target):
    """Move `source`'s progress onto `target` and delete `source`. Rows `target` already has win."""
    if source.pk == target.pk:
        return target
    learner_merging.send(sender=Learner, source=source, target=target)
    done = set(target.lesson_completions.values_list("lesson_key", flat=True))
    source.lesson_completions.exclude(lesson_key__in=done).update(learner=target)
    certified = set(target.certificates.filter(status="valid").values_list("course_key", flat=True))
    source.certificates.exclude(status="valid", course_key__in=certified).update(learner=target)
    target.last_active_at = max(source.last_active_at, target.last_active_at)
    target.save(update_fields=["last_active_at"])
    source.delete()
    return target


def erase_certificates(sender, instance, **kwargs):
    """Before a Learner is deleted (account erasure, purge of inactive visitors): its certificates keep
    only their code, so that checking one says it is no longer valid."""
    for certificate in instance.certificates.all():
        certificate.erase()


def attach_session_learner(request, user):
    """On sign-in: merge the session's anonymous learner into the account's learner."""
    learner_id = request.session.pop(SESSION_KEY, None)
    anonymous = Learner.objects.filter(pk=learner_id, user__isnull=True).first() if learner_id else None
    if anonymous is None:
        return
    account_learner = Learner.objects.filter(user=user).first()
    if account_learner is None:
        anonymous.user = user
        anonymous.save(update_fields=["user"])
    else:
        merge_learners(anonymous, account_learner)
    request._learner = None


def complete_lesson(learner, lesson, course_key):
    """Record that `learner` finished `lesson`; a second call changes nothing. Returns the row."""
    try:
        with transaction.atomic():
            completion, _ = LessonCompletion.objects.get_or_create(
                learner=learner, lesson_key=lesson.translation_key, defaults={"course_key": course_key}
            )
    except IntegrityError:  # a concurrent request recorded it first
        completion = LessonCompletion.objects.get(learner=learner, lesson_key=lesson.translation_key)
    Learner.objects.filter(pk=learner.pk).update(last_active_at=timezone.now())
    return completion


@dataclass
class CourseProgress:
    """How far a learner is in a course: the steps done and the next one to take."""

    steps: list = field(default_factory=list)
    done: set = field(default_factory=set)

    @property
    def total(self):
        return len(self.steps)

    @property
    def done_count(self):
        return sum(1 for step in self.steps if step.translation_key in self.done)

    @property
    def percent(self):
        return round(100 * self.done_count / self.total) if self.total else 0

    @property
    def started(self):
        return self.done_count > 0

    @property
    def complete(self):
        return bool(self.total) and self.done_count == self.total

    @property
    def next_step(self):
        return next((step for step in self.steps if step.translation_key not in self.done), None)

    def is_done(self, page):
        return page.translation_key in self.done


def completed_keys(learner, pages):
    """The translation keys of `pages` that `learner` has completed: one query per completable type."""
    if learner is None:
        return set()
    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page.translation_key)
    done = set()
    for content_type_id, keys in by_type.items():
        model = page_model(content_type_id)
        if model is not None and hasattr(model, "completed_keys"):
            done |= model.completed_keys(learner, keys)
    return done


def page_model(content_type_id):
    """The page class for a content type id (ContentType lookups are cached per process)."""
    return ContentType.objects.get_for_id(content_type_id).model_class()


def course_steps(course):
    """The course's completable steps (the pages two levels down: lessons, quizzes), in order."""
    return list(
        Page.objects.live()
        .descendant_of(course)
        .filter(depth=course.depth + 2)
        .order_by("path")
        .only("id", "title", "path", "depth", "url_path", "translation_key", "content_type_id")
    )


def course_progress(learner, course, steps=None):
    """The learner's progress in `course` (in any language), from a fixed number of queries."""
    steps = course_steps(course) if steps is None else steps
    return CourseProgress(steps=steps, done=completed_keys(learner, steps))


def courses_in_progress(learner, locale):
    """(course, progress) for each course the learner has started, as pages of `locale`."""
    if learner is None:
        return []
    keys = started_course_keys(learner)
    if not keys:
        return []
    courses = CoursePage.objects.live().filter(translation_key__in=keys, locale=locale).order_by("path")
    return [(course, course_progress(learner, course)) for course in courses]


def started_course_keys(learner):
    """The translation keys of the courses in which `learner` finished a lesson or began another step."""
    keys = set(LessonCompletion.objects.filter(learner=learner).values_list("course_key", flat=True))
    step_keys = set()
    for model in step_types_with("started_keys"):
        step_keys |= model.started_keys(learner)
    if step_keys:
        steps = Page.objects.filter(translation_key__in=step_keys).values_list("path", "depth")
        course_paths = {CourseStep.course_path(path, depth) for path, depth in steps}
        courses = CoursePage.objects.filter(path__in=course_paths)
        keys |= set(courses.values_list("translation_key", flat=True))
    return keys


def step_results(learner):
    """{translation key: (best score %, passed)} for every scored step the learner has finished."""
    results = {}
    for model in step_types_with("best_results"):
        results |= model.best_results(learner)
    return results


def step_types_with(method):
    """The concrete course step page types (lessons, quizzes...) that have the classmethod `method`."""
    return [model for model in apps.get_models() if issubclass(model, CourseStep) and hasattr(model, method)]


def learner_filter(request):
    """Lookups that select rows of the visitor's Learner without fetching it (one join instead of a
    query), or None when the visitor has no learner yet."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return {"learner__user": user}
    learner_id = request.session.get(SESSION_KEY)
    if learner_id is None:
        return None
    return {"learner_id": learner_id, "learner__user__isnull": True}


def has_completed(request, lesson):
    """Whether the visitor has finished `lesson` (in any language), in one query."""
    criteria = learner_filter(request)
    if criteria is None:
        return False
    return LessonCompletion.objects.filter(lesson_key=lesson.translation_key, **criteria).exists()
