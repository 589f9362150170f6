"""Admin registration for the learning app's snippets, and its reports (at the end).

The listings search with the database (`search_backend_name = None`: a case-insensitive "contains" on
`search_fields`), not the search index: SQLite's full-text backend cannot search a chosen subset of fields
(every query was a 500, "no such column: name"), and editors looking through a few dozen snippets want
part of a word or a code such as "c087" to match."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.models import GlossaryTerm, LabourStandard, Theme
from learning.reports.menu import ReportMenuItem
from learning.reports.views import CourseFunnelView, CourseReportView
from learning.roles import can_see_course_reports, is_only_facilitator


class DatabaseSearchSnippetViewSet(SnippetViewSet):
    search_backend_name = None


class ThemeViewSet(DatabaseSearchSnippetViewSet):
    model = Theme
    icon = "tag"
    menu_order = 300
    list_display = ["name", "slug"]
    search_fields = ["name"]


class LabourStandardViewSet(DatabaseSearchSnippetViewSet):
    model = LabourStandard
    icon = "doc-full-inverse"
    menu_order = 301
    list_display = ["code", "title", "year_adopted", "category"]
    list_filter = ["category"]
    search_fields = ["code", "title"]


class GlossaryTermViewSet(DatabaseSearchSnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_order = 302
    list_display = ["term"]
    search_fields = ["term"]


register_snippet(ThemeViewSet)
register_snippet(LabourStandardViewSet)
register_snippet(GlossaryTermViewSet)


# -- the admin's reports (issue 10): learning.reports, under "Reports" ------------------------------------


@hooks.register("register_admin_urls")
def register_course_report_urls():
    return [
        path(
            "reports/solidaire/",
            include(
                (
                    [
                        path("courses/", CourseReportView.as_view(), name="courses"),
                        path("courses/<id:course_id>/", CourseFunnelView.as_view(), name="course_funnel"),
                    ],
                    "solidaire_reports",
                ),
                namespace="solidaire_reports",
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return ReportMenuItem(
        _("Courses"),
        reverse("solidaire_reports:courses"),
        name="solidaire-courses",
        icon_name="group",
        order=100,
        allowed=can_see_course_reports,
    )


@hooks.register("construct_main_menu")
def show_facilitators_the_reports_only(request, menu_items):
    """A facilitator's admin menu holds the reports only (the rest would answer 403)."""
    if is_only_facilitator(request.user):
        menu_items[:] = [item for item in menu_items if item.name == "reports"]


@hooks.register("construct_reports_menu")
def show_facilitators_the_course_reports_only(request, menu_items):
    if is_only_facilitator(request.user):
        menu_items[:] = [item for item in menu_items if item.name.startswith("solidaire-")]
