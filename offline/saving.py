"""What "save this course on this phone" stores: a course's pages in one language and the files they use.

`course_manifest(request, course)` lists the course page, its modules, lessons and quizzes in the course's
language (public, live pages only), each with the size of its rendering, and the CSS, JavaScript and
images those pages use, each with its size, then the total and a version. The pages are rendered as an
anonymous visitor sees them (the browser saves them without its cookies, `static/js/offline/store.js`),
so what is saved carries nothing of the learner: no answer, no progress, no account. The version changes
when any of those pages is republished, added, moved or removed, or when a file they use changes.

The manifest is kept in the pages cache (`learning.page_cache`), under the pages generation.
"""

import hashlib
import re
from importlib import import_module
from urllib.parse import unquote

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils import translation
from django_htmx.middleware import HtmxDetails
from wagtail.models import Page

from learning import page_cache
from learning.models import CoursePage

# The parts of the visitor's request an anonymous copy keeps: enough to build the same URLs.
KEPT_META = ("SERVER_NAME", "SERVER_PORT", "HTTP_HOST", "HTTP_X_FORWARDED_PROTO", "wsgi.url_scheme")
ASSET_ATTRIBUTE = re.compile(r'\s(?:src|href)="([^"]+)"')
SRCSET_ATTRIBUTE = re.compile(r'\ssrcset="([^"]+)"')
# Files every saved page and the offline pages need, whatever they render (the service worker's shell).
SHELL_STATIC = (
    "css/solidaire.css",
    "django_htmx/htmx-2.min.js",
    "js/solidaire.js",
    "js/offline/register.js",
    "js/offline/store.js",
    "js/offline/save.js",
    "js/offline/queue-store.js",
    "js/offline/queue.js",
    "img/favicon.svg",
)


def find_course(language, key):
    """The live, public course of translation key `key` in `language`, or None."""
    return (
        CoursePage.objects.live().public().filter(translation_key=key, locale__language_code=language).first()
    )


def course_pages(course):
    """The course page, then its live public modules and steps in tree order, as their specific pages."""
    tree = Page.objects.live().public().descendant_of(course).filter(depth__lte=course.depth + 2)
    return [course, *tree.order_by("path").specific()]


def anonymous_request(request, path):
    """A GET of `path` made like `request` (scheme, host) by a visitor without a session or account."""
    copy = HttpRequest()
    copy.method = "GET"
    copy.path = copy.path_info = path
    copy.META = {name: request.META[name] for name in KEPT_META if name in request.META}
    copy.user = AnonymousUser()
    copy.session = import_module(settings.SESSION_ENGINE).SessionStore()
    copy.htmx = HtmxDetails(copy)
    copy.LANGUAGE_CODE = translation.get_language()
    return copy


def render_anonymously(request, page):
    """The HTML an anonymous visitor gets for `page` (its own route at its root)."""
    copy = anonymous_request(request, page.get_url(request))
    route = page.route(copy, [])
    response = route.page.serve(copy, *route.args, **route.kwargs)
    if hasattr(response, "render"):
        response.render()
    return response.content.decode()


def asset_urls(html):
    """The static and media URLs `html` loads (src, href, every srcset candidate), in order, once each."""
    found = ASSET_ATTRIBUTE.findall(html)
    for srcset in SRCSET_ATTRIBUTE.findall(html):
        found += [candidate.split()[0] for candidate in srcset.split(",") if candidate.strip()]
    local = [url for url in found if url.startswith((settings.STATIC_URL, settings.MEDIA_URL))]
    return list(dict.fromkeys(url.replace("&amp;", "&") for url in local))


def asset_size(url):
    """The size in bytes of the static or media file at `url`, or None if there is none."""
    if url.startswith(settings.STATIC_URL):
        name = unquote(url.removeprefix(settings.STATIC_URL).split("?")[0])
        if settings.STATIC_ROOT and staticfiles_storage.exists(name):  # collected (hashed names)
            return staticfiles_storage.size(name)
        found = finders.find(name)  # development and tests: the files as they are
        return None if found is None else _file_size(found)
    name = unquote(url.removeprefix(settings.MEDIA_URL).split("?")[0])
    return default_storage.size(name) if default_storage.exists(name) else None


def _file_size(path):
    with open(path, "rb") as file:
        return file.seek(0, 2)


def shell_static_urls():
    """The URLs of SHELL_STATIC (hashed names under a manifest storage)."""
    return [static(name) for name in SHELL_STATIC]


def course_manifest(request, course):
    """The manifest of `course` (see the module's docstring), cached under the pages generation."""
    parts = ("offline-course", course.pk, *page_cache.site_of(request), page_cache.generation())
    return page_cache.cached(parts, lambda: build_manifest(request, course))


def build_manifest(request, course):
    pages, assets, revisions = [], {}, []
    for page in course_pages(course):
        revisions.append((page.pk, page.live_revision_id, str(page.last_published_at)))
        html = render_anonymously(request, page)
        pages.append({"url": page.get_url(request), "title": page.title, "size": len(html.encode())})
        for url in asset_urls(html):
            assets.setdefault(url, asset_size(url))
    files = [{"url": url, "size": size} for url, size in assets.items() if size is not None]
    return {
        "course": {"key": str(course.translation_key), "title": course.title, "url": course.get_url(request)},
        "language": course.locale.language_code,
        "version": version_of(revisions, pages, files),
        "pages": pages,
        "files": files,
        "total": sum(item["size"] for item in pages + files),
    }


def version_of(revisions, pages, files):
    """A short digest of what makes the saved copy: each page's (id, live revision, publication), its URL,
    and each file's URL and size."""
    urls = [page["url"] for page in pages] + [(file["url"], file["size"]) for file in files]
    return hashlib.sha256(repr((revisions, urls)).encode()).hexdigest()[:16]
