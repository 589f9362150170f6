"""The reports' entries in the admin's "Reports" menu."""

from wagtail.admin.menu import MenuItem


class ReportMenuItem(MenuItem):
    """A report in the admin's "Reports" menu, shown only to those `allowed` (a function of the user) to
    see it."""

    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = allowed

    def is_shown(self, request):
        return self.allowed(request.user)
