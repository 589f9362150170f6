"""The course reports: every course in every language (CourseReportView), and one course's funnel
(CourseFunnelView). Aggregate counts only, so whoever holds COURSE_REPORTS (facilitators) sees them too."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Locale

from learning.charts import Bar, bar_chart
from learning.models import CoursePage
from learning.reports.base import SolidaireReportView
from learning.reports.figures import (
    certificates_by_learner,
    course_table,
    funnel_in,
    is_hidden,
    language_label,
    languages_of,
    learners_in,
    shown,
    source_courses,
)
from learning.reports.permissions import COURSE_REPORT_READERS


class CourseRow:
    """A row of the courses report: a course in a language, its cells as shown ("< 5", "hidden")."""

    def __init__(self, figures, marks):
        self.course = figures.course
        self.course_title = figures.course.title
        self.language = language_label(figures.language)
        self.started = shown(figures.started, marks["started"])
        self.completed = shown(figures.completed, marks["completed"])
        self.median_time = figures.median_text()
        self.certificates = shown(figures.certificates, marks["certificates"])


class CourseReportView(SolidaireReportView):
    """Every course: learners who started and completed it, the median time from their first step to
    their last, and the certificates issued; for all languages, then each language learners started in."""

    page_title = gettext_lazy("Courses")
    header_icon = "group"
    index_url_name = "solidaire_reports:courses"
    any_permission_required = COURSE_REPORT_READERS
    explains_hidden = True
    report_description = gettext_lazy(
        "Learners are counted in the language of their first step in the course. Figures under 5 learners "
        "show as “< 5”."
    )
    export_filename = "courses"
    list_export = ["course_title", "language", "started", "completed", "median_time", "certificates"]

    @cached_property
    def export_headings(self):
        return {
            "course_title": _("Course"),
            "language": _("Language"),
            "started": _("Learners who started"),
            "completed": _("Learners who completed"),
            "median_time": _("Median time from first to last step"),
            "certificates": _("Certificates issued"),
        }

    @cached_property
    def columns(self):
        headings = self.export_headings
        return [
            TitleColumn(
                "course_title",
                label=headings["course_title"],
                get_url=lambda row: reverse("solidaire_reports:course_funnel", args=[row.course.pk]),
            ),
            Column("language", label=headings["language"]),
            Column("started", label=headings["started"]),
            Column("completed", label=headings["completed"]),
            Column("median_time", label=headings["median_time"]),
            Column("certificates", label=headings["certificates"]),
        ]

    def get_queryset(self):
        rows = []
        for course in source_courses():
            steps = course.steps()
            learners = learners_in(steps)
            certificates = certificates_by_learner(course.translation_key)
            rows.extend(CourseRow(*row) for row in course_table(course, steps, learners, certificates))
        return rows


class CourseFunnelView(SolidaireReportView):
    """One course: for the learners of a language (or all), how many completed each module (every step of
    it) and each step, and their share of the learners who started: where learners stop."""

    header_icon = "group"
    any_permission_required = COURSE_REPORT_READERS
    explains_hidden = True
    list_export = ["module", "title", "kind", "done", "share"]

    @cached_property
    def course(self):
        return get_object_or_404(CoursePage, pk=self.kwargs["course_id"], locale=Locale.get_default())

    def get_page_title(self):
        return _("Where learners stop: %(course)s") % {"course": self.course.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("solidaire_reports:courses"), "label": _("Courses")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_index_url(self):
        return reverse("solidaire_reports:course_funnel", args=[self.course.pk])

    def get_filename(self):
        language = self.language or "all"
        return f"course-{self.course.slug}-{language}"

    @cached_property
    def export_headings(self):
        return {
            "module": _("Module"),
            "title": _("Step"),
            "kind": _("Type"),
            "done": _("Learners who completed it"),
            "share": _("Share of the learners who started (%)"),
        }

    @cached_property
    def columns(self):
        headings = self.export_headings
        return [
            Column("module", label=headings["module"]),
            Column("title", label=headings["title"]),
            Column("kind", label=headings["kind"]),
            Column("done", label=headings["done"]),
            Column("share", label=headings["share"]),
        ]

    @cached_property
    def figures(self):
        modules = self.course.outline()
        steps = [step for module in modules for step in module.steps]
        learners = learners_in(steps)
        return modules, steps, learners

    @cached_property
    def funnel(self):
        modules, _steps, learners = self.figures
        return funnel_in(modules, learners, self.language)

    def get_queryset(self):
        return self.funnel[0]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        modules, _steps, learners = self.figures
        context["language_links"] = self.language_links(languages_of(learners))
        rows = [row for row in context["object_list"] if not row.is_module]
        context["charts"] = [("", funnel_chart(self.course, rows, self.language))] if rows else []
        context["report_description"] = _(
            "%(started)s learners started the course (%(language)s). A step counts once a lesson is marked "
            "finished or a quiz passed. Figures under 5 learners show as “< 5”."
        ) % {"started": self.funnel[1], "language": language_label(self.language)}
        return context


def funnel_chart(course, rows, language):
    """The funnel as an SVG bar chart: one bar per step, as long as its learners (none when hidden)."""
    bars = []
    for row in rows:
        figure = str(row.done) if is_hidden(row.share) else f"{row.done} · {row.share} %"
        bars.append(Bar(label=row.title, value=0 if row.is_hidden else row.done_count, figure=figure))
    return bar_chart(
        bars,
        title=_("Learners who completed each step of %(course)s (%(language)s)")
        % {"course": course.title, "language": language_label(language)},
        description="; ".join(f"{row.title}: {row.done}" for row in rows),
        chart_id="course-funnel",
        css_class="report-chart",
    )
