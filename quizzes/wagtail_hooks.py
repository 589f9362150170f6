"""The quiz reports in the admin's "Reports" menu (quizzes.reports), for editors and the committee, the
live sessions' permission in the admin's groups, and a quiz's "Import questions (GIFT)"
(quizzes.admin_views), in its header's and its listing row's "More" menus."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from learning.permissions import named
from learning.reports.menu import ReportMenuItem
from quizzes import admin_views, gift_import
from quizzes.live.access import RUN_LIVE_SESSIONS
from quizzes.models import QuizPage
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


@hooks.register("register_admin_urls")
def register_gift_import_urls():
    urls = [
        path("<id:quiz_id>/", admin_views.upload, name="upload"),
        path("<id:quiz_id>/confirm/", admin_views.confirm, name="confirm"),
    ]
    return [path("quizzes/import-gift/", include((urls, "quizzes_gift"), namespace="quizzes_gift"))]


def gift_import_button(page, user, priority):
    """The import's button for a quiz the user may edit and that takes an import; else none."""
    if not issubclass(page.specific_class or type(page), QuizPage):
        return []
    if not page.permissions_for_user(user).can_edit() or gift_import.importable(page):
        return []
    url = reverse("quizzes_gift:upload", args=[page.pk])
    return [Button(_("Import questions (GIFT)"), url, icon_name="upload", priority=priority)]


@hooks.register("register_page_header_buttons")
def gift_import_header_button(page, user, view_name, next_url=None):
    return gift_import_button(page, user, priority=35)


@hooks.register("register_page_listing_more_buttons")
def gift_import_listing_button(page, user, next_url=None):
    return gift_import_button(page, user, priority=25)
