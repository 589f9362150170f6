"""The reports' entries in the admin's "Reports" menu."""

from wagtail.admin.menu import MenuItem


class ReportMenuItem(MenuItem):
    """A report in the admin's "Reports" menu, shown only to those its `view` (a SolidaireReportView)
    is open to."""

    def __init__(self, *args, view, **kwargs):
        super().__init__(*args, **kwargs)
        self.view = view

    def is_shown(self, request):
        return self.view.is_open_to(request.user)
