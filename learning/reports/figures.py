"""The figures of the course reports, aggregated in the database through the step contract.

A learner's language in a course is the language of their first step in it (a lesson finished, a quiz
started): each learner counts in one language, so the languages add up to "all languages". Per step type
(CourseStep.step_events), one query groups the records by learner: first step begun, last step done,
which steps are done, and the language of the first one. Certificates are one query more. So a course's
report costs a fixed number of queries whatever the number of learners, and what comes back is one small
row per learner and step type, never an answer or a name.

Nothing identifies a learner: every figure is a count, and a count under MIN_LEARNERS (or a figure made
from fewer learners, such as a median) shows as "< 5" (`cell`), in the page and in the downloads. The
languages add up to "all languages", so a hidden count could be worked out from the total and the other
languages: `learning.reports.suppression` says what else to hide ("hidden", `shown`).
"""

import statistics
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Min, OuterRef, Q, Subquery
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from learning.models import Certificate, CoursePage, CourseStep
from learning.reports.suppression import ALSO_HIDDEN, UNDER, suppress

MIN_LEARNERS = 5
HIDDEN = "< 5"
ALL_LANGUAGES = ""
NOT_RECORDED = "none"  # the language of a step done before languages were recorded (stored as "")


def shown(value, mark):
    """`value` as a report shows it, given its mark from `suppression.suppress`: itself when it has none,
    "< 5" when it is under MIN_LEARNERS, "hidden" when it is hidden so that another cannot be worked out."""
    if mark == UNDER:
        return HIDDEN
    if mark == ALSO_HIDDEN:
        return _("hidden")
    return value


def is_hidden(text):
    """Whether a cell's text is one of the marks of a hidden figure."""
    return text in (HIDDEN, _("hidden"))


def hidden_by_language(counts, minimum=MIN_LEARNERS):
    """{(figure, language): mark} for the counts {(figure, language): count}, where for each figure the
    languages add up to ALL_LANGUAGES (the one rule: learning.reports.suppression)."""
    figures = {figure for figure, _language in counts}
    lines = [
        ((figure, ALL_LANGUAGES), [key for key in counts if key[0] == figure and key[1] != ALL_LANGUAGES])
        for figure in figures
        if (figure, ALL_LANGUAGES) in counts
    ]
    return suppress(counts, lines, minimum=minimum)


def cell(count):
    """A count as the reports show it: the number from MIN_LEARNERS up, else "< 5"."""
    return count if count >= MIN_LEARNERS else HIDDEN


def share(count, total):
    """`count` out of `total` as a whole percentage, or "< 5" when either count is hidden."""
    if count < MIN_LEARNERS or total < MIN_LEARNERS:
        return HIDDEN
    return round(100 * count / total)


def duration_text(duration):
    """A timedelta in days and hours, or minutes under an hour: "3 d 4 h", "5 h", "12 min"."""
    minutes = round(duration.total_seconds() / 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return _("%(days)s d %(hours)s h") % {"days": days, "hours": hours}
    if hours:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(minutes)s min") % {"minutes": minutes}


@dataclass
class LearnerInCourse:
    """What the report knows of one learner in one course: no identity, only when and how far."""

    first_at: object = None
    first_language: str = NOT_RECORDED
    last_done_at: object = None
    done: set = field(default_factory=set)

    def add(self, first_at, language, last_done_at, done):
        if first_at is not None and (self.first_at is None or first_at < self.first_at):
            self.first_at, self.first_language = first_at, language or NOT_RECORDED
        if last_done_at is not None and (self.last_done_at is None or last_done_at > self.last_done_at):
            self.last_done_at = last_done_at
        self.done |= done


def source_courses():
    """The courses of the source (French) tree, in tree order: the report's rows."""
    return list(CoursePage.objects.filter(locale=Locale.get_default()).order_by("path"))


def learners_in(steps):
    """{learner id: LearnerInCourse} over the `steps` (pages) of one course: one query per step type
    present, grouped by learner in the database."""
    by_type = {}
    for step in steps:
        by_type.setdefault(step.content_type_id, []).append(step.translation_key)
    learners = {}
    for content_type_id, keys in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, CourseStep):
            continue
        events = model.step_events(keys)
        if events is None:
            continue
        first_language = Subquery(
            model.step_events(keys)
            .filter(learner_id=OuterRef("learner_id"))
            .order_by("begun_at", "pk")
            .values("language")[:1]
        )
        done_flags = {
            f"done_{index}": Count("pk", filter=Q(step_key=key, done_at__isnull=False))
            for index, key in enumerate(keys)
        }
        rows = (
            events.order_by()
            .values("learner_id")
            .annotate(
                first_at=Min("begun_at"), last_done_at=Max("done_at"), language=first_language, **done_flags
            )
        )
        for row in rows:
            done = {key for index, key in enumerate(keys) if row[f"done_{index}"]}
            learner = learners.setdefault(row["learner_id"], LearnerInCourse())
            learner.add(row["first_at"], row["language"], row["last_done_at"], done)
    return learners


def certificates_by_learner(course_key):
    """{learner id or None: certificates issued} for the course (valid or since revoked; erased ones no
    longer name a course): one query."""
    rows = (
        Certificate.objects.filter(course_key=course_key)
        .exclude(status=Certificate.Status.ERASED)
        .values("learner_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {row["learner_id"]: row["count"] for row in rows}


@dataclass
class CourseFigures:
    """One course in one language (ALL_LANGUAGES: every learner): raw counts, and `cells()` to show."""

    course: Page
    language: str
    started: int
    completed: int
    median_time: object  # a timedelta, or None
    certificates: int

    def median_text(self):
        if self.completed < MIN_LEARNERS or self.median_time is None:
            return HIDDEN
        return duration_text(self.median_time)


def language_names():
    """{code: name in the admin's language}, in settings order (French, English...)."""
    return {code: str(name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES}


def language_label(code):
    """The name of a language code for the reports, in the admin's language ("Espagnol" for "es" to a
    French editor); "All languages" for ALL_LANGUAGES, "Not recorded" for NOT_RECORDED or a code the
    site no longer has."""
    if code == ALL_LANGUAGES:
        return _("All languages")
    return language_names().get(code) or _("Not recorded")


def in_language(learners, language):
    """The learners (LearnerInCourse) whose first step in the course was in `language` (all for
    ALL_LANGUAGES)."""
    if language == ALL_LANGUAGES:
        return list(learners.values())
    return [learner for learner in learners.values() if learner.first_language == language]


def course_figures(course, steps, learners, certificates, language):
    """CourseFigures of `course` for the learners of `language`."""
    keys = {step.translation_key for step in steps}
    chosen = in_language(learners, language)
    completers = [learner for learner in chosen if keys and keys <= learner.done]
    durations = [
        learner.last_done_at - learner.first_at
        for learner in completers
        if learner.first_at is not None and learner.last_done_at is not None
    ]
    if language == ALL_LANGUAGES:
        issued = sum(certificates.values())
    else:
        ids = {learner_id for learner_id, learner in learners.items() if learner.first_language == language}
        issued = sum(count for learner_id, count in certificates.items() if learner_id in ids)
    return CourseFigures(
        course=course,
        language=language,
        started=len(chosen),
        completed=len(completers),
        median_time=statistics.median(durations) if durations else None,
        certificates=issued,
    )


def course_table(course, steps, learners, certificates):
    """[(CourseFigures, {figure: mark})] of `course`: all languages, then each language learners started
    in. The started, completed and certificates counts of the languages add up to all languages', so
    they are hidden together (`hidden_by_language`)."""
    table = [
        course_figures(course, steps, learners, certificates, language)
        for language in [ALL_LANGUAGES, *languages_of(learners)]
    ]
    counts = {}
    for figures in table:
        for name in ("started", "completed", "certificates"):
            counts[name, figures.language] = getattr(figures, name)
    marks = hidden_by_language(counts)
    names = ("started", "completed", "certificates")
    return [(figures, {name: marks.get((name, figures.language)) for name in names}) for figures in table]


def languages_of(learners):
    """The languages the learners started in, in settings.LANGUAGES order (then any other code)."""
    present = {learner.first_language for learner in learners.values()}
    known = [code for code in language_names() if code in present]
    return known + sorted(present - set(known))


@dataclass
class FunnelRow:
    """One row of a course's funnel: a module (`is_module`) or a step, and the learners who did it. The
    marks (from `hidden_by_language`) say whether its count or the learners who started are hidden."""

    module: str
    title: str
    kind: str
    done_count: int
    started: int
    is_module: bool = False
    done_mark: str | None = None
    started_mark: str | None = None

    @property
    def done(self):
        return shown(self.done_count, self.done_mark)

    @property
    def is_hidden(self):
        return self.done_mark is not None

    @property
    def share(self):
        if self.done_count < MIN_LEARNERS or self.started < MIN_LEARNERS:
            return HIDDEN
        if self.done_mark or self.started_mark:  # the share and the other count would give the hidden one
            return shown(None, ALSO_HIDDEN)
        return round(100 * self.done_count / self.started)


def funnel(modules, learners, language):
    """[FunnelRow] for the course's `modules` (each with its `steps`): every module (the learners who
    did all its steps) followed by its steps, for the learners of `language`."""
    chosen = in_language(learners, language)
    started = len(chosen)
    rows = []
    for module in modules:
        module_keys = {step.translation_key for step in module.steps}
        rows.append(
            FunnelRow(
                module=module.title,
                title=module.title,
                kind=_("Module"),
                done_count=sum(1 for learner in chosen if module_keys and module_keys <= learner.done),
                started=started,
                is_module=True,
            )
        )
        for step in module.steps:
            model = ContentType.objects.get_for_id(step.content_type_id).model_class()
            rows.append(
                FunnelRow(
                    module=module.title,
                    title=step.title,
                    kind=str(model._meta.verbose_name).capitalize() if model else "",
                    done_count=sum(1 for learner in chosen if step.translation_key in learner.done),
                    started=started,
                )
            )
    return rows


def funnel_in(modules, learners, language):
    """The funnel of `language` with its marks, and the learners who started as shown: the funnels of
    every language and of all are worked out together, since each row's languages add up to its "all
    languages" row (and the learners who started to theirs), so that no page shows what another hides."""
    funnels = {code: funnel(modules, learners, code) for code in [ALL_LANGUAGES, *languages_of(learners)]}
    counts = {}
    for code, rows in funnels.items():
        counts["started", code] = len(in_language(learners, code))
        for index, row in enumerate(rows):
            counts[index, code] = row.done_count
    marks = hidden_by_language(counts)
    rows = funnels.get(language) or funnel(modules, learners, language)
    for index, row in enumerate(rows):
        row.done_mark = marks.get((index, language), cell_mark(row.done_count))
        row.started_mark = marks.get(("started", language), cell_mark(row.started))
    started = counts.get(("started", language), 0)
    return rows, shown(started, marks.get(("started", language), cell_mark(started)))


def cell_mark(count):
    """The mark of a count on its own: UNDER under MIN_LEARNERS, else none."""
    return UNDER if count < MIN_LEARNERS else None
