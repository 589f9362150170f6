"""The kit's views, reached through ToolkitPage's routes (kit/ and kit/download/), for facilitators and
editors only.

- GET kit/: the kit's status page; with htmx, only its #kit-status fragment, which polls every second
  while the kit builds and stops once it is ready or failed. Without JavaScript the page refreshes itself.
- POST kit/: ask for the kit. A ready kit is downloaded at once; otherwise a build is queued and the
  browser goes to the status page (post/redirect/get).
- GET kit/download/: the zip, from private storage, under a name in the toolkit's language.
"""

from django.http import FileResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.vary import vary_on_headers

from pedagogy_tools.access import can_use_toolkits, is_toolkit_editor, refuse
from pedagogy_tools.bundle.kit import STEP_LABELS
from pedagogy_tools.bundle.names import download_name
from pedagogy_tools.kit_requests import NotPublished, request_kit

POLL_SECONDS = 1
REFRESH_SECONDS = 2


def route_url(request, page, name):
    return page.get_url(request) + page.reverse_subpage(name)


@vary_on_headers("HX-Request")
def kit(request, page):
    if not can_use_toolkits(request.user):
        return refuse(request)
    if request.method == "POST":
        try:
            kit, queued = request_kit(page)
        except NotPublished:
            return redirect(route_url(request, page, "kit"))
        if kit.is_ready and not queued:
            return redirect(route_url(request, page, "download_kit"))
        return redirect(route_url(request, page, "kit"))
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])

    kit = page.current_kit()
    template = "pedagogy_tools/kit.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#kit-status"
    # Not page.get_context(): the htmx fragment is asked for every second while a kit builds.
    context = page.fragment_context(
        kit=kit,
        published=kit is not None or page.kit_revision_id() is not None,
        step_label=STEP_LABELS.get(kit.step, "") if kit else "",
        show_error=bool(kit and kit.is_failed and is_toolkit_editor(request.user)),
        kit_url=route_url(request, page, "kit"),
        download_url=route_url(request, page, "download_kit"),
        download_name=download_name(page),
        poll_seconds=POLL_SECONDS,
        refresh_seconds=REFRESH_SECONDS,
    )
    if template.endswith(".html"):  # the full page only
        context["breadcrumbs"] = [*page.breadcrumbs(), page]
    response = TemplateResponse(request, template, context)
    patch_cache_control(response, private=True, no_store=True)
    return response


def download_kit(request, page):
    if not can_use_toolkits(request.user):
        return refuse(request)
    kit = page.current_kit()
    if kit is None or not kit.is_ready or not kit.file:
        return redirect(route_url(request, page, "kit"))
    try:
        zip_file = kit.file.open("rb")
    except FileNotFoundError:  # the file went (a media folder restored without it): make the kit again
        kit.delete()
        return redirect(route_url(request, page, "kit"))
    response = FileResponse(
        zip_file, as_attachment=True, filename=download_name(page), content_type="application/zip"
    )
    patch_cache_control(response, private=True, no_store=True)
    return response
