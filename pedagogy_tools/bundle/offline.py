"""An offline copy of a course's (or one module's) lessons: static HTML that opens from the file system
and loads nothing over the network.

The copy is a flat folder: index.html, one NN-slug.html per lesson, solidaire.css, images/ and files/
(documents the lessons link to). Links between the copied lessons are relative. Links to other pages of
the site become absolute links to the site, and links to other sites (official texts) stay: a link loads
nothing until it is followed. Anything that would load by itself from elsewhere (an image on another
host, a frame, a script) is left out.
"""

import posixpath
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from wagtail.documents import get_document_model

from learning.models import LessonPage, ModulePage
from pedagogy_tools.bundle.names import unique_name

STYLESHEET = "css/solidaire.css"
# Attributes that make a browser fetch something as soon as the page loads.
LOADING_ATTRIBUTES = ("src", "poster", "data")
EMBEDS = ("iframe", "script", "object", "embed", "audio", "video", "source", "track")


@dataclass
class OfflineModule:
    page: object
    lessons: list = field(default_factory=list)


@dataclass
class OfflineLesson:
    page: object
    file_name: str
    previous: "OfflineLesson | None" = None
    next: "OfflineLesson | None" = None


class OfflineCopy:
    """The offline files for the lessons under `root` (a CoursePage or a ModulePage, in the kit's
    language). `files()` returns {relative name: bytes}."""

    def __init__(self, root, site_url):
        self.root = root
        self.site_url = site_url.rstrip("/") + "/"
        self.site_host = urlsplit(self.site_url).netloc
        self.modules = self.outline()
        self.lessons = [lesson for module in self.modules for lesson in module.lessons]
        self.by_path = {urlsplit(lesson.page.get_url()).path: lesson for lesson in self.lessons}
        self.assets = {}  # relative name -> bytes
        self.asset_names = {}  # source URL or document id -> relative name
        self.taken = set()

    def outline(self):
        """The modules and their live lessons, in tree order, with previous/next across the copy."""
        if isinstance(self.root, ModulePage):
            modules = [OfflineModule(self.root)]
        else:
            modules = [
                OfflineModule(page) for page in ModulePage.objects.child_of(self.root).live().order_by("path")
            ]
        lessons = LessonPage.objects.live().public().descendant_of(self.root).order_by("path")
        by_path = {module.page.path: module for module in modules}
        previous = None
        for number, page in enumerate(lessons, start=1):
            module = by_path.get(page.path[: -page.steplen])
            if module is None:
                continue
            lesson = OfflineLesson(page, f"{number:02d}-{page.slug}.html", previous=previous)
            if previous is not None:
                previous.next = lesson
            module.lessons.append(lesson)
            previous = lesson
        return [module for module in modules if module.lessons]

    def files(self):
        files = {
            "index.html": self.page_html(
                "pedagogy_tools/offline/index.html",
                {"modules": self.modules, "untranslated_language": self.root.untranslated_language()},
            )
        }
        for lesson in self.lessons:
            files[lesson.file_name] = self.page_html(
                "pedagogy_tools/offline/lesson.html",
                {
                    "lesson": lesson,
                    "page": lesson.page,
                    "untranslated_language": lesson.page.untranslated_language(),
                },
            )
        files["solidaire.css"] = self.stylesheet()
        files.update(self.assets)
        return files

    def page_html(self, template_name, context):
        html = render_to_string(
            template_name,
            {"root": self.root, "site_url": self.site_url, "stylesheet": "solidaire.css", **context},
        )
        return self.localise(html).encode()

    @staticmethod
    def stylesheet():
        path = finders.find(STYLESHEET)
        with open(path, "rb") as css:
            return css.read()

    # -- making the HTML self-contained --------------------------------------------------------------

    def localise(self, html):
        soup = BeautifulSoup(html, "html.parser")
        for element in soup.find_all(True):
            if element.decomposed:
                continue
            if element.name in EMBEDS and self.is_remote(element.get("src", "")):
                element.decompose()
                continue
            element.attrs.pop("srcset", None)
            element.attrs.pop("sizes", None)
            if "url(" in element.get("style", ""):
                del element["style"]
            for attribute in LOADING_ATTRIBUTES:
                if element.has_attr(attribute):
                    local = self.asset(element[attribute])
                    if local is None:
                        del element[attribute]
                    else:
                        element[attribute] = local
            if element.name == "img" and not element.has_attr("src"):
                element.replace_with(element.get("alt", ""))
            elif element.name == "a" and element.has_attr("href"):
                element["href"] = self.link(element["href"])
        return str(soup)

    def is_remote(self, url):
        parts = urlsplit(url)
        return bool(parts.scheme or parts.netloc) and parts.netloc != self.site_host

    def asset(self, url):
        """The relative name of a copy of the media file at `url`, or None if it cannot be copied."""
        if url in self.asset_names:
            return self.asset_names[url]
        parts = urlsplit(url)
        if self.is_remote(url) or not parts.path.startswith(settings.MEDIA_URL):
            return None
        name = unquote(parts.path[len(settings.MEDIA_URL) :])
        if not default_storage.exists(name):
            return None
        with default_storage.open(name, "rb") as media:
            local = self.add_asset("images", posixpath.basename(name), media.read())
        self.asset_names[url] = local
        return local

    def link(self, href):
        """Where a link should point in the copy (see the module docstring)."""
        parts = urlsplit(href)
        if parts.scheme not in ("", "http", "https") or (not parts.path and not parts.netloc):
            return href  # mailto:, tel:, #fragment
        if parts.netloc and parts.netloc != self.site_host:
            return href  # another site: an official text, a video host
        if not parts.netloc and not parts.path.startswith("/"):
            return href  # already relative: a link between the copy's own files
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        lesson = self.by_path.get(parts.path)
        if lesson is not None:
            return lesson.file_name + fragment
        document = self.document_at(parts.path)
        if document is not None:
            return self.document_file(document) + fragment
        return urljoin(self.site_url, href)

    @staticmethod
    def document_at(path):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name != "wagtaildocs_serve":
            return None
        return get_document_model().objects.filter(pk=match.kwargs.get("document_id")).first()

    def document_file(self, document):
        key = f"document:{document.pk}"
        if key not in self.asset_names:
            with document.file.open("rb") as source:
                self.asset_names[key] = self.add_asset("files", document.filename, source.read())
        return self.asset_names[key]

    def add_asset(self, folder, file_name, data):
        name = unique_name(f"{folder}/{file_name}", self.taken)
        self.assets[name] = data
        return name


def offline_copy(root, site_url):
    """{relative name: bytes} for the offline copy of the lessons under `root`."""
    return OfflineCopy(root, site_url).files()
