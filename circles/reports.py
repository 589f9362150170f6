"""The editors' report on study circles: circles and members per course and language. A member count
under 5 shows as "< 5", and a course's total is checked with its languages so that no hidden count can be
worked out by subtraction (learning.reports.suppression). A purged circle counts the members it had
(`members_at_purge`)."""

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale

from circles.models import Circle
from learning.models import CoursePage
from learning.reports.base import SolidaireReportView
from learning.reports.figures import ALL_LANGUAGES, language_label, shown
from learning.reports.permissions import ALL_REPORTS
from learning.reports.suppression import suppress


@dataclass
class CircleRow:
    course: str
    language: str
    circles: int
    members: object  # a number, "< 5" or "hidden"


def circle_rows():
    """A row per course (all languages) and per course and language, in two queries."""
    counted = (
        Circle.objects.values("course_key", "language")
        .annotate(
            circles=Count("pk", distinct=True),
            current=Count("memberships", filter=Q(purged_at__isnull=True)),
            purged=Sum("members_at_purge", filter=Q(purged_at__isnull=False)),
        )
        .order_by()
    )
    cells, circles = {}, {}
    for row in counted:
        key = (row["course_key"], row["language"])
        cells[key] = row["current"] + (row["purged"] or 0)
        circles[key] = row["circles"]
    courses = sorted({course_key for course_key, _language in cells}, key=str)
    lines = []
    for course_key in courses:
        parts = [key for key in cells if key[0] == course_key]
        total = (course_key, ALL_LANGUAGES)
        cells[total] = sum(cells[part] for part in parts)
        circles[total] = sum(circles[part] for part in parts)
        lines.append((total, parts))
    marks = suppress(cells, lines)
    titles = dict(
        CoursePage.objects.filter(translation_key__in=courses, locale=Locale.get_default()).values_list(
            "translation_key", "title"
        )
    )
    rows = []
    for course_key in courses:
        title = titles.get(course_key, _("A deleted course"))
        keys = [(course_key, ALL_LANGUAGES)] + sorted(key for key in cells if key[0] == course_key and key[1])
        for key in keys:
            rows.append(
                CircleRow(title, language_label(key[1]), circles[key], shown(cells[key], marks.get(key)))
            )
    return rows


class CircleReportView(SolidaireReportView):
    """Study circles and their members, per course and language."""

    page_title = gettext_lazy("Study circles")
    header_icon = "group"
    any_permission_required = [ALL_REPORTS]
    index_url_name = "solidaire_circle_reports:circles"
    export_filename = "study-circles"
    list_export = ["course", "language", "circles", "members"]
    explains_hidden = True
    report_description = gettext_lazy(
        "Study circles and their members per course and language, archived circles included. "
        "Member counts under 5 show as “< 5”."
    )

    @cached_property
    def export_headings(self):
        return {
            "course": _("Course"),
            "language": _("Language"),
            "circles": _("Circles"),
            "members": _("Members"),
        }

    @cached_property
    def columns(self):
        return [Column(name, label=label) for name, label in self.export_headings.items()]

    def get_queryset(self):
        return circle_rows()
