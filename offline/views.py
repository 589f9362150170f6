"""The installable site: the service worker, the web app manifest, a course's saving manifest, the saved
courses page and the page shown offline for an address not on this phone. None of them reads the session:
every response is the same for every visitor (see docs/architecture.md, "Offline")."""

import hashlib
import json
from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from offline import saving

QUEUE_STORE = "js/offline/queue-store.js"
SYNC_WORKER = "js/offline/sync-worker.js"


@cache
def service_worker_source():
    with open(finders.find("js/offline/sw.js"), encoding="utf-8") as file:
        return file.read()


def in_every_language(name):
    """{language: the URL named `name` in that language}."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse(name)
    return urls


def service_worker_settings():
    """The constants sw.js starts from (URLs as this deployment serves them: hashed static names). The
    version names the shell's cache: it changes with the release, the script and any of these URLs."""
    unavailable = in_every_language("offline_unavailable")
    shell = [*in_every_language("offline_saved_courses").values(), *unavailable.values()]
    values = {
        "shell": shell + saving.shell_static_urls(),
        "unavailable": unavailable,
        "store": static("js/offline/store.js"),
        "queueStore": static(QUEUE_STORE),
        "syncWorker": static(SYNC_WORKER),
        "staticUrl": settings.STATIC_URL,
        "mediaUrl": settings.MEDIA_URL,
        "languages": list(unavailable),
        "defaultLanguage": settings.LANGUAGE_CODE,
    }
    digest = hashlib.sha256(repr((values, settings.RELEASE, service_worker_source())).encode())
    return {**values, "version": digest.hexdigest()[:12]}


@require_safe
@cache_control(no_cache=True)
def service_worker(request):
    """/sw.js: the service worker at the root scope. Its settings come first, so that a new static file
    (another hashed name) changes the script's bytes and browsers install the new worker."""
    head = f"const SOLIDAIRE = {json.dumps(service_worker_settings())};\n"
    return HttpResponse(head + service_worker_source(), content_type="application/javascript; charset=utf-8")


@require_safe
@cache_control(no_cache=True)
def web_app_manifest(request):
    """/<lang>/manifest.webmanifest: Solidaire as an app, opening on the visitor's language home."""
    language = translation.get_language()
    icons = [
        {"src": static(f"img/icons/icon-{size}.png"), "sizes": f"{size}x{size}", "type": "image/png"}
        for size in (192, 512)
    ]
    icons.append(
        {
            "src": static("img/icons/maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        }
    )
    manifest = {
        "name": "Solidaire",
        "short_name": "Solidaire",
        "description": _(
            "Courses in international labour solidarity, on your phone, even without a connection."
        ),
        "lang": language,
        "dir": "ltr",
        "start_url": reverse("wagtail_serve", args=[""]),
        "scope": "/",
        "id": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#8c1c32",
        "icons": icons,
    }
    return JsonResponse(
        manifest, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )


@require_safe
@cache_control(no_cache=True)
def course_manifest(request, key):
    """/<lang>/offline/courses/<translation key>/manifest.json: what saving this course stores."""
    course = saving.find_course(translation.get_language(), key)
    if course is None:
        raise Http404(_("No course to save at this address."))
    return JsonResponse(saving.course_manifest(request, course), json_dumps_params={"ensure_ascii": False})


@require_safe
def saved_courses(request):
    """The courses saved on this phone: the list lives in the browser, drawn by save.js."""
    return render(request, "offline/saved_courses.html")


@require_safe
def unavailable(request):
    """What the service worker shows offline for an address that is not saved on this phone."""
    return render(request, "offline/unavailable.html")
