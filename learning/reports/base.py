"""What every report of the admin shares: who may see it, the language choice, the chart beside the
table, and the downloads (Wagtail's ReportView brings CSV and XLSX; learning.spreadsheets makes the CSV
safe to open in a spreadsheet)."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from wagtail.admin.views.mixins import ExcelDateFormatter
from wagtail.admin.views.reports import ReportView

from learning.permissions import permission_names
from learning.reports.figures import ALL_LANGUAGES, language_label
from learning.reports.permissions import ALL_REPORTS
from learning.spreadsheets import CSV_BOM, CSV_CONTENT_TYPE, csv_cell, sheet_title


def forbidden_report(request):
    """The 403 of the admin for a report (or an admin view) the user may not see. Wagtail would turn a
    PermissionDenied into a redirect to the dashboard; a 403 says plainly that it is refused."""
    return TemplateResponse(request, "learning/reports/forbidden.html", {}, status=403)


class SolidaireReportView(ReportView):
    """A report of the admin. `any_permission_required` names the Django permissions that open it (Wagtail
    checks them, through `permission_names`; a 403 for anyone else, on the page and its downloads): every
    report by default needs ALL_REPORTS. Rows are plain objects; `list_export` and `export_headings` name
    the downloads' columns, which show the same cells as the page ("< 5" included)."""

    template_name = "learning/reports/report.html"
    results_template_name = "learning/reports/results.html"
    paginate_by = None
    permission_policy = permission_names
    any_permission_required = [ALL_REPORTS]
    report_description = ""
    explains_hidden = False  # whether the report may hide more than its counts under 5 (figures.shown)

    @classmethod
    def is_open_to(cls, user):
        """Whether `user` may see this report (its menu item asks)."""
        return cls.permission_policy.user_has_any_permission(user, cls.any_permission_required)

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:  # Wagtail would redirect to the dashboard: say plainly that it is refused
            return forbidden_report(request)

    # -- the language the figures are for (?language=, empty for all) ------------------------------------

    @property
    def language(self):
        return self.request.GET.get("language", ALL_LANGUAGES)

    def language_links(self, languages):
        """[(label, url, current)] to choose the language of the figures: all, then each of `languages`."""
        links = []
        for code in [ALL_LANGUAGES, *languages]:
            params = self.request.GET.copy()
            params.pop("export", None)
            params.pop("language", None)
            if code:
                params["language"] = code
            url = self.request.path + (f"?{params.urlencode()}" if params else "")
            links.append((language_label(code), url, code == self.language))
        return links

    def get_export_url(self, format):
        params = self.request.GET.copy()
        params["export"] = format
        return self.request.path + "?" + params.urlencode()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["report_description"] = self.report_description
        if self.explains_hidden:
            context["hidden_note"] = _(
                "“hidden” marks a figure of 5 or more hidden so that a “< 5” cannot be worked out from the "
                "total and the other languages."
            )
        return context

    # -- the downloads: a CSV cell never runs as a formula, and the file says it is UTF-8 -----------------
    # (Wagtail already writes an XLSX text cell that looks like a formula as text.)

    def get_preprocess_function(self, field, value, export_format):
        preprocess = super().get_preprocess_function(field, value, export_format)
        if export_format != self.FORMAT_CSV:
            return preprocess
        return lambda value: csv_cell(preprocess(value) if preprocess is not None else value)

    def stream_csv(self, queryset):
        yield CSV_BOM.encode()
        yield from super().stream_csv(queryset)

    def write_xlsx(self, queryset, output):
        """Wagtail's workbook (headings, then a row per item through its public `generate_xlsx_row`), on a
        sheet named after the report in the reader's language: Wagtail names it "Sheet1"."""
        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=sheet_title(self.get_page_title()))
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            row = self.to_row_dict(item)
            worksheet.append(self.generate_xlsx_row(worksheet, row, date_format=date_format))
        workbook.save(output)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = CSV_CONTENT_TYPE
        return response
