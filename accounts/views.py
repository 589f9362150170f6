"""Sign-up, "my learning", and the learner's rights: download my data, delete my account."""

import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.admin.views.account import LoginView as WagtailLoginView
from wagtail.models import Locale, Page

from accounts.erasure import erase_account
from accounts.export import my_data, readable
from accounts.forms import DeleteAccountForm, PasswordChangeForm, SignUpForm
from accounts.return_address import safe_return_address
from learning.certification import course_for
from learning.models import CoursePage, CourseStep, Learner


def signup(request):
    """Create an account and sign in; the visitor's anonymous progress comes along (learning.merging).
    Then back to `next` (the page the visitor came from, if it is one of this site's), else "my learning"."""
    back = safe_return_address(request, request.POST.get("next") or request.GET.get("next", ""))
    # An address, never a view's name for redirect() to reverse (`?next=x` would be a NoReverseMatch).
    if request.user.is_authenticated:
        return HttpResponseRedirect(back) if back else redirect("my_learning")
    form = SignUpForm(request.POST or None)
    user = form.save_unless_taken() if request.method == "POST" and form.is_valid() else None
    if user is not None:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Your account is ready and your progress is kept."))
        return HttpResponseRedirect(back) if back else redirect("my_learning")
    return render(request, "accounts/signup.html", {"form": form, "next": back})


@login_required
def my_learning(request):
    """The learner's courses in progress and completed, quiz results and certificates. A GET: reads the
    learner, never makes one (an account that has done nothing yet has none)."""
    learner = Learner.objects.for_request(request)
    courses = CoursePage.in_progress_for(learner, Locale.get_active())
    certificates = [
        (certificate, course_for(certificate))
        for certificate in (
            learner.certificates.filter(status="valid").order_by("-issued_at") if learner else []
        )
    ]
    context = {
        "in_progress": [(course, progress) for course, progress in courses if not progress.complete],
        "completed": [(course, progress) for course, progress in courses if progress.complete],
        "quiz_results": quiz_results(learner) if learner else [],
        "certificates": certificates,
    }
    return render(request, "accounts/my_learning.html", context)


def quiz_results(learner):
    """Each quiz the learner has finished: its page in the current language, best score, passed."""
    best = CourseStep.results_for(learner)
    pages = Page.objects.live().filter(translation_key__in=best, locale=Locale.get_active())
    return [
        {"page": page, "score": best[page.translation_key][0], "passed": best[page.translation_key][1]}
        for page in pages.order_by("path")
    ]


@login_required
def export_my_data(request):
    """A JSON file of everything stored about the signed-in learner (keys: docs/privacy-export.md)."""
    learner = Learner.objects.for_request(request)  # a GET never makes a learner
    data = my_data(request.user, learner, translation.get_language())
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="solidaire-my-data.json"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
def my_data_page(request):
    """The same data as export_my_data, as a page to read and print, in the learner's language."""
    data = my_data(request.user, Learner.objects.for_request(request), translation.get_language())
    response = render(request, "accounts/my_data.html", {"data": readable(data)})
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
def delete_account(request):
    """Ask for the password, then erase the user, their learner and every row that refers to them.
    A second request at the same moment (a double click) finds the account already erased."""
    form = DeleteAccountForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        if erase_account(user):
            messages.success(request, _("Your account and everything about you have been deleted."))
        else:
            messages.info(request, _("This account was already deleted."))
        return redirect("wagtail_serve", "")
    return render(request, "accounts/delete_account.html", {"form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's view, whose form counts a wrong current password with the failed sign-ins."""

    form_class = PasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class AdminLoginView(WagtailLoginView):
    """Wagtail's admin sign-in, except that a signed-in person is sent to `?next=` as a URL: Wagtail's own
    view passes it to `redirect()`, which takes a word such as `?next=x` for a view name to reverse and
    failed with NoReverseMatch (a 500). config/urls.py puts it before Wagtail's admin URLs."""

    def get(self, *args, **kwargs):
        if self.request.user.is_authenticated and self.request.user.has_perm("wagtailadmin.access_admin"):
            return HttpResponseRedirect(self.get_success_url())
        return super().get(*args, **kwargs)
