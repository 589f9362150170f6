"""The quiz reports, for whoever may see every report (ALL_REPORTS: editors and the Pedagogical
committee):

- QuizReportView: every quiz of the source tree and its finished attempts;
- ItemAnalysisView: each question's facility, discrimination and most chosen wrong choice, for all
  languages and for each, with each question's answers drawn as a chart;
- QuizAttemptsView: the finished attempts one by one (no name, but a row per learner's attempt, so
  learner-level: never for facilitators), linked from the item analysis for those who may see it.
"""

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Locale, Page

from learning.reports.base import SolidaireReportView
from learning.reports.figures import ALL_LANGUAGES, NOT_RECORDED, cell, language_label
from learning.reports.permissions import ALL_REPORTS
from quizzes.models import QuizAttempt, QuizPage
from quizzes.reports.figures import answer_chart, item_analysis


class QuizRow:
    def __init__(self, quiz, course, finished):
        self.quiz = quiz
        self.title = quiz.title
        self.course = course
        self.finished = cell(finished)


class QuizReportView(SolidaireReportView):
    """Every quiz of the source tree, its course and its finished attempts."""

    page_title = gettext_lazy("Quizzes: item analysis")
    header_icon = "help"
    any_permission_required = [ALL_REPORTS]
    index_url_name = "solidaire_quiz_reports:quizzes"
    export_filename = "quizzes"
    list_export = ["title", "course", "finished"]
    report_description = gettext_lazy(
        "Choose a quiz to see how each of its questions works. Figures under 5 show as “< 5”."
    )

    @cached_property
    def export_headings(self):
        return {"title": _("Quiz"), "course": _("Course"), "finished": _("Finished attempts")}

    @cached_property
    def columns(self):
        headings = self.export_headings
        return [
            TitleColumn(
                "title",
                label=headings["title"],
                get_url=lambda row: reverse("solidaire_quiz_reports:item_analysis", args=[row.quiz.pk]),
            ),
            Column("course", label=headings["course"]),
            Column("finished", label=headings["finished"]),
        ]

    def get_queryset(self):
        quizzes = list(QuizPage.objects.filter(locale=Locale.get_default()).order_by("path"))
        finished = dict(
            QuizAttempt.objects.filter(finished_at__isnull=False)
            .values("quiz_key")
            .annotate(count=Count("pk"))
            .order_by()
            .values_list("quiz_key", "count")
        )
        course_paths = {quiz.course_path(quiz.path, quiz.depth) for quiz in quizzes}
        courses = dict(Page.objects.filter(path__in=course_paths).values_list("path", "title"))
        return [
            QuizRow(
                quiz,
                courses.get(quiz.course_path(quiz.path, quiz.depth), ""),
                finished.get(quiz.translation_key, 0),
            )
            for quiz in quizzes
        ]


class QuizReportMixin:
    """A report on one quiz of the source tree (`quiz_id` in the URL), for whoever sees every report."""

    any_permission_required = [ALL_REPORTS]

    @cached_property
    def quiz(self):
        return get_object_or_404(QuizPage, pk=self.kwargs["quiz_id"], locale=Locale.get_default())

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("solidaire_quiz_reports:quizzes"), "label": _("Quizzes: item analysis")},
            {"url": "", "label": self.get_page_title()},
        ]


class ItemAnalysisView(QuizReportMixin, SolidaireReportView):
    """Each question of a quiz, for all languages then each language: facility, discrimination (the
    point-biserial correlation of the item with the attempt's score), the most chosen wrong choice, and
    a flag on questions to look at again."""

    header_icon = "help"
    explains_hidden = True
    list_export = [
        "number",
        "prompt",
        "kind",
        "language",
        "answers",
        "facility",
        "discrimination",
        "wrong_choice",
        "wrong_share",
        "flag",
    ]

    def get_page_title(self):
        return _("Item analysis: %(quiz)s") % {"quiz": self.quiz.title}

    def get_index_url(self):
        return reverse("solidaire_quiz_reports:item_analysis", args=[self.quiz.pk])

    def get_filename(self):
        return f"item-analysis-{self.quiz.slug}"

    @cached_property
    def export_headings(self):
        return {
            "number": _("Question"),
            "prompt": _("Prompt"),
            "kind": _("Type"),
            "language": _("Language"),
            "answers": _("Answers"),
            "facility": _("Facility (share right)"),
            "discrimination": _("Discrimination (point-biserial)"),
            "wrong_choice": _("Most chosen wrong choice"),
            "wrong_share": _("Its share (%)"),
            "flag": _("To look at"),
        }

    @cached_property
    def columns(self):
        headings = self.export_headings
        return [
            Column("prompt_short", label=headings[name], classname="report-prompt")
            if name == "prompt"
            else Column(name, label=headings[name])
            for name in self.list_export
        ]

    def get_queryset(self):
        return item_analysis(self.quiz)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = [row for row in context["object_list"] if row.language_code == ALL_LANGUAGES]
        context["charts_below"] = [
            (
                _("Question %(number)s: %(prompt)s") % {"number": row.number, "prompt": row.prompt},
                answer_chart(row),
            )
            for row in rows
            if row.answered
        ]
        context["report_description"] = _(
            "Over the finished attempts. Facility: the share of right answers. Discrimination: the "
            "point-biserial correlation between getting the question right and the attempt's score, from "
            "−1 to 1; the higher, the better the question tells stronger learners from weaker ones. A "
            "question is to look at when its facility is above 0.9 or below 0.2, or its discrimination is "
            "negative. Each question is shown for all languages, then for each language it was answered "
            "in. Figures from fewer than 5 answers show as “< 5”."
        )
        if QuizAttemptsView.is_open_to(self.request.user):
            context["related_links"] = [
                (
                    _("See the finished attempts one by one"),
                    reverse("solidaire_quiz_reports:attempts", args=[self.quiz.pk]),
                )
            ]
        return context


class AttemptRow:
    """A finished attempt as the report shows it, in the reader's language: the learner's how-manieth
    finished attempt at the quiz it is, its language's name, "Yes" or "No", the day (in the site's time
    zone) as a date for the spreadsheets and as a text for the page."""

    def __init__(self, attempt):
        self.number = attempt.number
        self.language = language_label(attempt.language or NOT_RECORDED)
        self.score = attempt.score
        self.passed = _("Yes") if attempt.passed else _("No")
        self.finished = timezone.localdate(attempt.finished_at)
        self.finished_text = date_format(self.finished, "DATE_FORMAT")


class QuizAttemptsView(QuizReportMixin, SolidaireReportView):
    """The quiz's finished attempts, one row each (no name or account): learner-level, so only for
    editors and the committee."""

    header_icon = "list-ul"
    paginate_by = 50
    list_export = ["number", "language", "score", "passed", "finished"]

    def get_page_title(self):
        return _("Finished attempts: %(quiz)s") % {"quiz": self.quiz.title}

    def get_index_url(self):
        return reverse("solidaire_quiz_reports:attempts", args=[self.quiz.pk])

    def get_filename(self):
        return f"attempts-{self.quiz.slug}"

    @cached_property
    def export_headings(self):
        return {
            "number": _("Attempt (of this learner)"),
            "language": _("Language"),
            "score": _("Score (%)"),
            "passed": _("Passed"),
            "finished": _("Finished on"),
        }

    @cached_property
    def columns(self):
        headings = self.export_headings
        return [
            Column("number", label=headings["number"]),
            Column("language", label=headings["language"]),
            Column("score", label=headings["score"]),
            Column("passed", label=headings["passed"]),
            Column("finished_text", label=headings["finished"]),
        ]

    @cached_property
    def custom_field_preprocess(self):
        # a CSV has no dates: the day as the reader writes it (31/01/2026); an XLSX keeps a date cell
        short_date = {self.FORMAT_CSV: lambda day: date_format(day, "SHORT_DATE_FORMAT")}
        return {"finished": short_date}

    def get_queryset(self):
        return (
            QuizAttempt.objects.filter(quiz_key=self.quiz.translation_key, finished_at__isnull=False)
            .annotate(
                number=Window(
                    RowNumber(),
                    partition_by=[F("learner_id")],
                    order_by=[F("finished_at").asc(), F("pk").asc()],
                )
            )
            .order_by("-finished_at", "-pk")
        )

    def get_table(self, object_list):
        """The page's table shows AttemptRows (Wagtail builds it before `decorate_paginated_queryset`)."""
        return super().get_table([AttemptRow(attempt) for attempt in object_list])

    def to_row_dict(self, item):
        return super().to_row_dict(AttemptRow(item))
