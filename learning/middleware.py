"""Middleware of the learning app."""

from django.contrib.auth import SESSION_KEY as USER_SESSION_KEY
from django.core.exceptions import BadRequest
from django.http import Http404, UnreadablePostError
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from learning.converters import MAX_ID
from learning.models import SESSION_KEY as LEARNER_SESSION_KEY
from learning.reports.base import forbidden_report
from learning.reports.permissions import enters_admin_for_course_reports_only
from learning.request_text import carries_nul


class PrivateResponseMiddleware:
    """`Cache-Control: private, no-store` on every response made for someone the site keeps data about: a
    signed-in person (my learning, the data export, a toolkit's documents and kit...) or an anonymous
    visitor with progress (their lesson and course pages). Such a response read the session; `Vary:
    Cookie` alone would let a shared cache keep it. Responses that never read the session, or read an
    empty one, are the same for everyone and stay cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and session.accessed and self.holds_someone(session):
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def holds_someone(session):
        return session.get(USER_SESSION_KEY) is not None or session.get(LEARNER_SESSION_KEY) is not None


class MethodNotAllowedPageMiddleware:
    """A request with a method its address does not take (a GET on a form's endpoint, a PUT...) gets the
    site's page, in the visitor's language, saying what happened: Django's `require_POST` and the
    class-based views answer 405 with an empty body. Last in MIDDLEWARE, so that the page gets every
    other middleware's headers (CSP, Content-Language...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not getattr(response, "streaming", False) and not response.content:
            page = render(request, "405.html", status=405)
            if response.has_header("Allow"):
                page["Allow"] = response["Allow"]
            return page
        return response


class NulCharacterMiddleware:
    """A request with a NUL character (U+0000) in its path, query, cookies, form or JSON body
    (`learning.request_text`) is a 400 with the site's page (400.html), and nothing is stored: PostgreSQL's
    text fields cannot hold one (a 500), SQLite would store it. It runs before any view and any
    `process_view` (CsrfViewMiddleware reads the form there too), and after every middleware that adds
    headers, so that the 400 has them. A form too large or with too many fields is Django's 400 here.
    Since this reads the form, a view cannot change `request.upload_handlers` (none does)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            nul = carries_nul(request)
        except UnreadablePostError as error:  # the client went away while sending its body
            raise BadRequest("The request's body could not be read.") from error
        if nul:
            raise BadRequest("A NUL character in the request.")
        return self.get_response(request)


class AdminPrimaryKeyMiddleware:
    """An admin address whose `pk` is not an id any of our rows can have is a 404. Wagtail's chooser
    views take `<str:pk>` (and `?id=`) and pass it to the database as is: `/admin/documents/chooser/chosen/x/`
    was a 500 (ValueError). Every model the admin edits here has an integer primary key."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    @staticmethod
    def is_id(text):
        return text.isascii() and text.isdigit() and len(text) <= 10 and int(text) <= MAX_ID

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith("/admin/"):
            return None
        pk = view_kwargs.get("pk")
        if isinstance(pk, str) and not self.is_id(pk):
            raise Http404("No such object.")
        # The choosers' "chosen-multiple" views take their ids from `?id=`, as they are.
        if not all(self.is_id(value) for value in request.GET.getlist("id")):
            raise Http404("No such object.")
        return None


# The admin views everyone who enters the admin needs. Wagtail marks no view as such; it opens a few others
# to anyone with "access admin" (the site history, the page chooser) and answers the rest with a redirect
# to the dashboard. Hence this list: every other view answers a plain 403.
ADMIN_VIEWS_EVERYONE_NEEDS = {
    "wagtailadmin_home",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_account",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_dismissibles",
}


class FacilitatorAdminMiddleware:
    """Facilitators enter the admin for the course reports only (issue 10): whoever may see the course
    reports and holds no other permission of the admin (`enters_admin_for_course_reports_only`) gets a 403
    from every other admin view, Wagtail's own reports included: they may reach the dashboard, their
    account (the admin's theme, language, dismissed tips), signing out, and the views of `learning.reports`
    (the `solidaire_reports` namespace). Anyone with another permission of the admin (an editor who is
    also a facilitator) is not limited."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not request.path_info.startswith("/admin/"):
            return None
        if match.namespace == "solidaire_reports" or match.url_name in ADMIN_VIEWS_EVERYONE_NEEDS:
            return None
        if enters_admin_for_course_reports_only(user):
            return forbidden_report(request)
        return None
