"""The study circles' report in the admin's "Reports" menu (circles.reports), and the permission to lead
circles in the admin's groups."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from circles.access import LEAD_CIRCLES
from circles.reports import CircleReportView
from learning.permissions import named
from learning.reports.menu import ReportMenuItem


@hooks.register("register_admin_urls")
def register_circle_report_urls():
    urls = [path("circles/", CircleReportView.as_view(), name="circles")]
    return [
        path(
            "reports/solidaire/",
            include((urls, "solidaire_circle_reports"), namespace="solidaire_circle_reports"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_circle_report_menu_item():
    return ReportMenuItem(
        _("Study circles"),
        reverse("solidaire_circle_reports:circles"),
        name="solidaire-circles",
        icon_name="group",
        order=120,
        view=CircleReportView,
    )


@hooks.register("register_permissions")
def register_lead_circles_permission():
    """Leading study circles, which the admin's Settings > Groups may give (accounts.roles gives it)."""
    return named([LEAD_CIRCLES])
