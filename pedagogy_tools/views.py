"""The kit's views, reached through ToolkitPage's routes (kit/ and kit/download/), for facilitators and
editors only.

- GET kit/: the kit's status page; with htmx, only its #kit-status fragment, which polls every second
  while the kit builds and stops once it is ready or failed. Without JavaScript the page refreshes itself.
- POST kit/: ask for the kit. A ready kit is downloaded at once; otherwise a build is queued and the
  browser goes to the status page (post/redirect/get).
- GET kit/download/: the zip, from private storage, under a name in the toolkit's language.

Every route takes `start` (HH:MM, the workshop's start time chosen on the toolkit page; 09:00 if absent):
the guide's timetable is printed from it, so each start time has its kit.

The toolkit page offers the kit in each of its languages with one click: its buttons POST to that
translation's kit/ route with `from`, the language of the page the facilitator is on. A ready kit is
downloaded at once (the browser stays where it is); otherwise the facilitator goes to the status page
of the page they came from, `?language=` naming the kit's language, so the interface never switches.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import FileResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.vary import vary_on_headers
from wagtail.models import Locale

from pedagogy_tools.access import SEE_KIT_BUILD_ERRORS, USE_TOOLKITS, refuse
from pedagogy_tools.bundle.kit import STEP_LABELS
from pedagogy_tools.bundle.names import download_name
from pedagogy_tools.forms import StartTimeForm
from pedagogy_tools.kit_requests import NotPublished, request_kit
from pedagogy_tools.models import DEFAULT_START, kit_storage

POLL_SECONDS = 1
REFRESH_SECONDS = 2


def route_url(request, page, name, **query):
    url = page.get_url(request) + page.reverse_subpage(name)
    query = {key: value for key, value in query.items() if value}
    return f"{url}?{urlencode(query)}" if query else url


def start_of(data):
    """The start time in `data` (a QueryDict): (time, None), or (None, the error) when it is not a time."""
    form = StartTimeForm(data)
    if not form.is_valid():
        return None, " ".join(form.errors["start"])
    return form.cleaned_data["start"] or DEFAULT_START, None


def start_query(start):
    """`start` for a URL's query: absent for the default start time."""
    return "" if start == DEFAULT_START else start.strftime("%H:%M")


def live_translation(page, language_code):
    """The live translation (or alias) of `page` in `language_code`, or None."""
    locale = Locale.objects.filter(language_code=language_code or "").first()
    if locale is None:
        return None
    if locale.pk == page.locale_id:
        return page
    translation = page.get_translation_or_none(locale)
    return translation.specific if translation is not None and translation.live else None


@vary_on_headers("HX-Request")
def kit(request, page):
    if not request.user.has_perm(USE_TOOLKITS):
        return refuse(request)
    if request.method == "POST":
        return ask_for_kit(request, page)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])

    # ?language=: the status of that translation's kit, shown in this page's language.
    kit_page = page
    language = request.GET.get("language", "")
    if language and language != page.locale.language_code:
        kit_page = live_translation(page, language) or page
    start, error = start_of(request.GET)
    if error:
        messages.error(request, error)
        return redirect(page.get_url(request) + "#agenda")
    other = kit_page.locale.language_code if kit_page != page else ""
    kit = kit_page.current_kit(start)
    template = "pedagogy_tools/kit.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#kit-status"
    # Not page.get_context(): the htmx fragment is asked for every second while a kit builds.
    context = page.fragment_context(
        kit=kit,
        published=kit is not None or kit_page.kit_revision_id() is not None,
        step_label=STEP_LABELS.get(kit.step, "") if kit else "",
        show_error=bool(kit and kit.is_failed and request.user.has_perm(SEE_KIT_BUILD_ERRORS)),
        kit_page=kit_page,
        kit_language=kit_page.locale if other else None,
        start=start,
        start_value=start_query(start),
        from_language=page.locale.language_code,
        kit_url=route_url(request, page, "kit", language=other, start=start_query(start)),
        ask_url=route_url(request, kit_page, "kit"),
        download_url=route_url(request, kit_page, "download_kit", start=start_query(start)),
        download_name=download_name(kit_page, start if start_query(start) else None),
        poll_seconds=POLL_SECONDS,
        refresh_seconds=REFRESH_SECONDS,
    )
    if template.endswith(".html"):  # the full page only
        context["breadcrumbs"] = [*page.breadcrumbs(), page]
    response = TemplateResponse(request, template, context)
    patch_cache_control(response, private=True, no_store=True)
    return response


def ask_for_kit(request, page):
    """POST kit/: make (or find) the kit of `page` for the start time posted, and download it if ready;
    else show its status, on the page the facilitator came from (`from`) if it is a translation of it."""
    back = live_translation(page, request.POST.get("from")) or page
    start, error = start_of(request.POST)
    if error:
        messages.error(request, error)
        return redirect(back.get_url(request) + "#agenda")
    try:
        kit, queued = request_kit(page, start)
    except NotPublished:
        return redirect(status_url(request, back, page, start))
    if kit.is_ready and not queued:
        return redirect(route_url(request, page, "download_kit", start=start_query(start)))
    return redirect(status_url(request, back, page, start))


def status_url(request, back, page, start):
    """The status page of `page`'s kit, seen from `back` (a translation of it, or itself)."""
    language = page.locale.language_code if back.pk != page.pk else ""
    return route_url(request, back, "kit", language=language, start=start_query(start))


def download_kit(request, page):
    if not request.user.has_perm(USE_TOOLKITS):
        return refuse(request)
    start, error = start_of(request.GET)
    if error:
        messages.error(request, error)
        return redirect(page.get_url(request) + "#agenda")
    kit = page.current_kit(start)
    if kit is None or not kit.is_ready or not kit.file:
        return redirect(route_url(request, page, "kit", start=start_query(start)))
    try:
        # Through the app, after the check above: the store's own address of a kit is never given out.
        zip_file = kit_storage().open(kit.file.name, "rb")
    except FileNotFoundError:  # the file went (a media folder restored without it): make the kit again
        kit.delete()
        return redirect(route_url(request, page, "kit", start=start_query(start)))
    response = FileResponse(
        zip_file,
        as_attachment=True,
        filename=download_name(page, start if start_query(start) else None),
        content_type="application/zip",
    )
    patch_cache_control(response, private=True, no_store=True)
    return response
