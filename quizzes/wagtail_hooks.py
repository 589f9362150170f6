"""The quiz reports in the admin's "Reports" menu (quizzes.reports), for editors and the committee, and
the live sessions' permission in the admin's groups."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from learning.permissions import named
from learning.reports.menu import ReportMenuItem
from quizzes.live.access import RUN_LIVE_SESSIONS
from quizzes.reports.views import ItemAnalysisView, QuizAttemptsView, QuizReportView


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    urls = [
        path("quizzes/", QuizReportView.as_view(), name="quizzes"),
        path("quizzes/<id:quiz_id>/", ItemAnalysisView.as_view(), name="item_analysis"),
        path("quizzes/<id:quiz_id>/attempts/", QuizAttemptsView.as_view(), name="attempts"),
    ]
    return [
        path(
            "reports/solidaire/",
            include((urls, "solidaire_quiz_reports"), namespace="solidaire_quiz_reports"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_quiz_report_menu_item():
    return ReportMenuItem(
        _("Quizzes: item analysis"),
        reverse("solidaire_quiz_reports:quizzes"),
        name="solidaire-quizzes",
        icon_name="help",
        order=110,
        view=QuizReportView,
    )


@hooks.register("register_permissions")
def register_live_session_permission():
    """Running live sessions, which the admin's Settings > Groups may give (accounts.roles gives it)."""
    return named([RUN_LIVE_SESSIONS])
