"""What goes into a kit, in which order and under which names: `KitBuilder(kit).write(fileobj)`.

Everything is made in the kit's language (interface strings, file names) from the toolkit as it was at
the kit's revision. An untranslated toolkit (an alias) keeps its source language's content.

The site's address (in the read-me and the offline lessons' links) is settings.WAGTAILADMIN_BASE_URL, the
site's public address, for every kit, whether a request or a worker builds it: a kit is made once and
downloaded by every facilitator, so it must not carry the host name of whoever asked first (see
docs/toolkits.md).
"""

import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from pedagogy_tools.bundle.names import kit_names, unique_name
from pedagogy_tools.bundle.offline import offline_copy
from pedagogy_tools.bundle.pdf import render_pdf
from quizzes.presentation import question_views


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    starts_at: int  # progress (%) when the step begins


STEPS = [
    Step("guide", _("Making the facilitator's guide"), 0),
    Step("handouts", _("Making the participants' handouts"), 25),
    Step("quiz", _("Printing the quiz and its answer key"), 40),
    Step("attachments", _("Adding the attachments"), 60),
    Step("lessons", _("Copying the lessons for offline reading"), 70),
    Step("readme", _("Writing the read-me"), 95),
]
STEP_LABELS = {step.name: step.label for step in STEPS}


def no_report(step, percent):
    pass


def site_address(page):
    """The site's public address, ending with a slash: WAGTAILADMIN_BASE_URL, else the page's Wagtail
    site's root URL."""
    address = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if not address:
        site = page.get_site()
        address = site.root_url if site else "http://localhost/"
    return address.rstrip("/") + "/"


def page_address(page, site_url):
    """The page's absolute URL at `site_url`."""
    parts = page.get_url_parts()
    path = parts[2] if parts else page.url_path
    return site_url.rstrip("/") + path


class KitBuilder:
    """Writes the zip of one KitBuild. `report(step_name, percent)` is told as each step begins."""

    def __init__(self, kit, report=no_report):
        self.kit = kit
        self.report = report
        self.page = kit.toolkit.specific  # the toolkit in the kit's locale: URLs, slug, linked pages
        self.content = kit.revision.as_object()  # what the toolkit said at that revision
        self.language = kit.locale.language_code
        self.content_language = self.content.locale.language_code
        self.made_at = timezone.now()
        self.site_url = site_address(self.page)
        self.start = kit.start
        self.contents = []  # (name in the zip, key of what it is), for the read-me

    def write(self, fileobj):
        with (
            translation.override(self.language),
            zipfile.ZipFile(fileobj, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            self.archive = archive
            self.names = kit_names()
            self.folder = f"{self.page.slug}/"
            self.taken = set()
            # The kit's page decides the language: an alias's revision is its source's.
            self.quiz = self.content.linked_page("quiz", self.page.locale_id)
            self.course = self.content.linked_page("course", self.page.locale_id)
            self.context = self.base_context()
            for step in STEPS:
                self.report(step.name, step.starts_at)
                getattr(self, f"add_{step.name}")()
        self.report("", 100)

    def base_context(self):
        return {
            "toolkit": self.content,
            "page": self.page,
            "language": self.language,
            "content_language": self.content_language,
            "untranslated": self.content_language != self.language,
            "schedule": self.content.schedule(self.start),
            "start": self.start,
            "has_handouts": any(child.value["handout"] for child in self.content.agenda),
            "total_minutes": self.content.total_minutes,
            "revision": self.kit.revision,
            "made_at": self.made_at,
            "quiz": self.quiz,
            "course": self.course,
            "names": self.names,
        }

    def add(self, name, data, key=None):
        name = unique_name(self.folder + name, self.taken)
        self.archive.writestr(name, data)
        if key is not None:
            self.contents.append((name.removeprefix(self.folder), key))
        return name

    def pdf(self, template_name, **context):
        return render_pdf(f"pedagogy_tools/pdf/{template_name}", {**self.context, **context})

    # -- the steps, in order ---------------------------------------------------------------------------

    def add_guide(self):
        self.add(self.names["guide"], self.pdf("guide.html"), "guide")

    def add_handouts(self):
        self.add(self.names["handouts"], self.pdf("handouts.html"), "handouts")

    def add_quiz(self):
        """The printed quiz and its answer key, with the choices in the same shuffled order in both (one
        order per toolkit revision, the same in every language)."""
        if self.quiz is None:
            return
        seed = f"kit:{self.kit.revision_id}"
        participants = question_views(self.quiz, None, {}, seed=seed)
        key = question_views(self.quiz, None, {}, show_key=True, seed=seed)
        self.add(self.names["quiz"], self.pdf("quiz.html", questions=participants, answer_key=False), "quiz")
        self.add(
            self.names["answer_key"], self.pdf("quiz.html", questions=key, answer_key=True), "answer_key"
        )

    def add_attachments(self):
        folder = self.names["attachments"]
        for child in self.content.attachments:
            document = child.value["document"]
            if document is None:
                continue
            with document.file.open("rb") as source:
                self.add(folder + document.filename, source.read())
        if self.content.attachments:
            self.contents.append((folder, "attachments"))

    def add_lessons(self):
        if self.course is None:
            return
        folder = self.names["lessons"]
        files = offline_copy(self.course, self.site_url)
        for name, data in files.items():
            self.add(folder + name, data)
        self.contents.append((folder + "index.html", "lessons"))

    def add_readme(self):
        text = render_to_string(
            "pedagogy_tools/kit/readme.txt",
            {
                **self.context,
                "contents": self.contents,
                "toolkit_url": page_address(self.page, self.site_url),
            },
        )
        self.add(self.names["readme"], text.replace("\n", "\r\n"))
