"""Views of the learning app that are not pages themselves: search, finishing a lesson, certification."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect
from wagtail.models import Locale, Page

from learning import certification
from learning.forms import CertificateForm
from learning.models import (
    TOO_MANY_NEW_VISITORS,
    Certificate,
    Learner,
    normalize_code,
)

SEARCH_PAGE_SIZE = 10


def search(request):
    """Search the live, public pages of the current language; `?q=` is the query."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=2).search(query)
    page_obj = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "learning/search.html", {"query": query, "page_obj": page_obj})


@require_POST
@vary_on_headers("HX-Request")
def mark_lesson_done(request, lesson):
    """POST: mark the lesson finished for this visitor. htmx gets the updated button area; without
    JavaScript the browser goes back to the lesson (post/redirect/get)."""
    learner = Learner.objects.for_request(request, create=True)
    if learner is None:  # too many new visitors from this network (learning.new_visitors)
        messages.error(request, TOO_MANY_NEW_VISITORS)
        if request.htmx:
            return HttpResponseClientRedirect(lesson.get_url(request) + "#lesson-completion")
        return redirect(lesson.get_url(request) + "#lesson-completion")
    lesson.record_done(learner)
    if not request.htmx:
        return redirect(lesson.get_url(request) + "#lesson-completion")
    return render(request, lesson.partial_template("completion"), lesson.fragment_context(lesson_done=True))


@require_POST
def certificate(request, course):
    """POST: the learner's certificate for a completed course, as a PDF in the current language.

    Needs an account (so the learner can find, print again and revoke it). The name typed in the form is
    printed on the PDF and stored only if "show my name" is ticked."""
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request))
    form = CertificateForm(request.POST)
    learner = Learner.objects.for_request(request, create=True)
    if not form.is_valid():
        messages.error(
            request, _("Check the name on your certificate: %(errors)s") % {"errors": form.errors_text()}
        )
        return redirect(course.get_url(request) + "#certificate")
    try:
        issued = certification.issue_certificate(learner, course)
    except certification.NotComplete:
        messages.error(
            request, _("Finish every lesson and pass every quiz of the course to get its certificate.")
        )
        return redirect(course.get_url(request))
    certification.set_public_name(issued, form.cleaned_data["name"], form.cleaned_data["show_name"])
    verify_url = request.build_absolute_uri(reverse("certificate_verify", args=[issued.code]))
    pdf = certification.certificate_pdf(
        issued, form.cleaned_data["name"], translation.get_language(), verify_url
    )
    filename = _("certificate-%(code)s.pdf") % {"code": issued.code}
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def verify_certificate(request, code):
    """Public: is this certificate valid, for which course and date, and (only if chosen) whose?"""
    found = Certificate.objects.filter(code=normalize_code(code)).first()
    context = {"code": code, "certificate": found}
    if found is not None and found.is_valid:
        context["course"] = certification.course_for(found)
    response = render(request, "learning/certificate_verify.html", context, status=200 if found else 404)
    return response


@require_POST
@login_required
def revoke_certificate(request, code):
    """POST: the owner revokes one of their certificates; checking its code then says it is not valid."""
    owned = get_object_or_404(
        Certificate, code=normalize_code(code), learner__user=request.user, status="valid"
    )
    owned.revoke()
    messages.success(request, _("The certificate %(code)s is revoked.") % {"code": owned.code})
    return redirect(
        request.POST.get("next")
        if url_has_allowed_host_and_scheme(request.POST.get("next"), allowed_hosts={request.get_host()})
        else reverse("my_learning")
    )


def csrf_failure(request, reason=""):
    """settings.CSRF_FAILURE_VIEW: a form sent without its token or cookie (expired, or cookies refused)
    gets the site's page saying so, in the visitor's language, instead of Django's English one."""
    return render(request, "403_csrf.html", status=403)


# The server error page's words, kept here rather than in the catalogues: the page must render when the
# database, the cache or the translation machinery is what failed.
SERVER_ERROR_TEXTS = {
    "fr": (
        "Erreur du serveur",
        "Une erreur s'est produite de notre côté. Votre progression n'est pas perdue ; "
        "réessayez dans un moment.",
    ),
    "en": (
        "Server error",
        "Something went wrong on our side. Your progress is not lost; please try again in a moment.",
    ),
    "es": (
        "Error del servidor",
        "Algo falló de nuestro lado. Tu progreso no se ha perdido; inténtalo de nuevo en un momento.",
    ),
    "ht": (
        "Erè sèvè a",
        "Gen yon erè ki fèt bò kote nou. Pwogrè ou pa pèdi; eseye ankò nan yon ti moman.",
    ),
}


def server_error(request):
    """handler500: the site's error page in the visitor's language (the URL's language prefix, else their
    browser's), then the other three. Reads no database and no session: it must work while PostgreSQL
    or Redis is down (docs/faults.md)."""
    language = translation.get_language_from_path(request.path_info)
    if language not in SERVER_ERROR_TEXTS:
        language = translation.get_language_from_request(request, check_path=False)
    if language not in SERVER_ERROR_TEXTS:
        language = "fr"
    title, text = SERVER_ERROR_TEXTS[language]
    others = [(code, message) for code, (_title, message) in SERVER_ERROR_TEXTS.items() if code != language]
    context = {"language": language, "title": title, "text": text, "others": others}
    return HttpResponseServerError(render_to_string("500.html", context))  # no context processors
