"""Build the demo course from its content files (`learning.demo.files`): snippets, pages and their
translations, each imported from its PO file by wagtail-localize's own PO import.

Safe to run again: every object gets a translation key derived from its place in the content, and an
object that already exists (in that locale) is left as it is, so editors' changes are kept.
"""

import io
import re
import uuid

from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from learning.demo import files
from learning.demo.cover import cover_png
from learning.demo.files import SOURCE_LANGUAGE, TARGET_LANGUAGES
from learning.demo.translate import import_translation
from learning.models import (
    CourseIndexPage,
    CoursePage,
    CustomImage,
    GlossaryTerm,
    HomePage,
    LabourStandard,
    LessonPage,
    ModulePage,
    StandardPage,
    Theme,
)

MODULES = range(1, files.MODULE_COUNT + 1)
COVER_TITLE = "Solidaire: le droit international du travail (couverture)"
COVER_ALT = "Un globe doré sur fond bordeaux, et une chaîne de personnes qui se donnent la main."
DEMO_NAMESPACE = uuid.UUID("6f1d3c1e-5b0a-4c36-9a51-2a9d0c4e7d10")
# A link to another demo page in the content files: <a href="demo:<name>">, name as given to demo_key.
DEMO_PAGE_LINK = re.compile(r'<a href="demo:([^"]+)">')


def demo_key(name):
    """A stable translation key for the demo object called `name`."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def with_page_links(html):
    """`html` with each <a href="demo:<name>"> made a rich-text link to the French demo page `name` (which
    must exist: its builder runs first). Wagtail shows such a link in each language as the page's
    translation in that language (`Page.localized`)."""

    def page_link(match):
        page = Page.objects.get(translation_key=demo_key(match[1]), locale__language_code=SOURCE_LANGUAGE)
        return f'<a linktype="page" id="{page.pk}">'

    return DEMO_PAGE_LINK.sub(page_link, html)


class DemoBuilder:
    """Builds the demo in the source language, then translates each page or snippet into the languages it
    has a PO file in. Content is read in French only (`files.*(languages=())`): its TEXT values are
    ``{"fr": ...}``."""

    content_dir = files.LEARNING_CONTENT

    def __init__(self, log=print):
        self.log = log
        self.created = 0
        self.locales = {
            code: Locale.objects.get(language_code=code) for code in [SOURCE_LANGUAGE, *TARGET_LANGUAGES]
        }
        self.source_locale = self.locales[SOURCE_LANGUAGE]
        self.themes = {}
        self.standards = {}
        self.glossary = {}
        self.pages = []

    # -- snippets ------------------------------------------------------------------------------------

    def build_snippets(self):
        snippets = files.snippets(files.LEARNING_CONTENT, languages=())
        for item in snippets["themes"]:
            self.themes[item["key"]] = self.snippet(Theme, f"theme:{item['key']}", self.theme_fields, item)
        for item in snippets["standards"]:
            self.standards[item["code"]] = self.snippet(
                LabourStandard, f"standard:{item['code']}", self.standard_fields, item
            )
        for item in snippets["glossary"]:
            self.glossary[item["key"]] = self.snippet(
                GlossaryTerm, f"glossary:{item['key']}", self.glossary_fields, item
            )

    @staticmethod
    def theme_fields(item, lang):
        return {
            "name": item["name"][lang],
            "slug": slugify(item["name"][lang]) or item["key"],
            "description": item["description"][lang],
        }

    @staticmethod
    def standard_fields(item, lang):
        return {
            "code": item["code"],
            "title": item["title"][lang],
            "year_adopted": item["year"],
            "category": item["category"],
            "summary": item["summary"][lang],
            "official_url": item.get("url", ""),
        }

    @staticmethod
    def glossary_fields(item, lang):
        return {"term": item["term"][lang], "definition": item["definition"][lang]}

    def snippet(self, model, name, fields_for, item):
        key = demo_key(name)
        source = model.objects.filter(translation_key=key, locale=self.source_locale).first()
        if source is None:
            source = model.objects.create(
                translation_key=key, locale=self.source_locale, **fields_for(item, SOURCE_LANGUAGE)
            )
            self.created += 1
        kind = name.split(":")[0]
        unit = files.snippet_unit({"theme": "themes", "standard": "standards"}.get(kind, kind), item)
        for lang in TARGET_LANGUAGES:
            locale = self.locales[lang]
            po = files.read_po(files.LEARNING_CONTENT, lang, unit)
            if po is not None and not model.objects.filter(translation_key=key, locale=locale).exists():
                source.refresh_from_db()  # as published since (the course's cover): the translation copies it
                import_translation(source, locale, po)
                self.created += 1
        return source

    # -- pages ---------------------------------------------------------------------------------------

    def build_pages(self):
        site = files.site(files.LEARNING_CONTENT, languages=())
        home = HomePage.objects.get(locale=self.source_locale, depth=2)
        if not home.intro:
            home.title = site["home"]["title"][SOURCE_LANGUAGE]
            home.intro = site["home"]["intro"][SOURCE_LANGUAGE]
            home.save_revision().publish()
        self.pages.append((home, "home"))

        index = self.page(
            home, CourseIndexPage, "course-index", self.index_fields, site["course_index"], "course-index"
        )
        self.page(home, StandardPage, "about", self.about_fields, site["about"], "about")
        self.page(home, StandardPage, "privacy", self.about_fields, site["privacy"], "privacy")
        course = self.page(index, CoursePage, "course:ilo", self.course_fields, site["course"], "course")
        for number in MODULES:
            data = files.course_module(number, files.LEARNING_CONTENT, languages=())
            module_name = f"course:ilo/module:{number}"
            module = self.page(
                course, ModulePage, module_name, self.module_fields, data, f"module-{number}/module"
            )
            for position, lesson in enumerate(data["lessons"], start=1):
                self.page(
                    module,
                    LessonPage,
                    f"{module_name}/lesson:{position}",
                    self.lesson_fields(f"{module_name}/lesson:{position}"),
                    lesson,
                    f"module-{number}/lesson-{position}",
                )
        if course.themes.count() == 0:
            course.themes.set([self.themes[key] for key in site["course"]["themes"]])
            course.standards.set([self.standards[code] for code in site["course"]["standards"]])
            course.save_revision().publish()

    def page(self, parent, model, name, fields_for, data, unit):
        """The French page `name` under `parent` (made from `data` if it does not exist yet), to be
        translated from the PO files of `unit` by `translate_pages`."""
        key = demo_key(name)
        page = model.objects.filter(translation_key=key, locale=self.source_locale).first()
        if page is None:
            page = model(translation_key=key, locale=self.source_locale, **fields_for(data, SOURCE_LANGUAGE))
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        self.pages.append((page, unit))
        return page

    @staticmethod
    def index_fields(data, lang):
        return {
            "title": data["title"][lang],
            "slug": data["slug"][lang],
            "intro": data["intro"][lang],
            "show_in_menus": True,
        }

    @staticmethod
    def about_fields(data, lang):
        return {
            "title": data["title"][lang],
            "slug": data["slug"][lang],
            "intro": data["intro"][lang],
            "body": data["body"][lang],
            "show_in_menus": True,
        }

    @staticmethod
    def course_fields(data, lang):
        objectives = "".join(f"<li>{item[lang]}</li>" for item in data["objectives"])
        return {
            "title": data["title"][lang],
            "slug": data["slug"][lang],
            "summary": data["summary"][lang],
            "objectives": f"<ul>{objectives}</ul>",
            "audience": data["audience"][lang],
            "estimated_minutes": data["duration_minutes"],
            "level": data["level"],
        }

    @staticmethod
    def module_fields(data, lang):
        return {"title": data["title"][lang], "slug": data["slug"][lang], "intro": data["intro"][lang]}

    def lesson_fields(self, name):
        def fields(data, lang):
            return {
                "title": data["title"][lang],
                "slug": data["slug"][lang],
                "summary": data["summary"][lang],
                "estimated_minutes": data["minutes"],
                "body": [
                    {
                        "type": kind,
                        "value": self.block_value(kind, value, lang),
                        "id": str(demo_key(f"{name}/{i}")),
                    }
                    for i, (kind, value) in enumerate(data["body"])
                ],
            }

        return fields

    def block_value(self, kind, value, lang):
        if kind == "standard":
            return self.standards[value].pk
        if kind == "glossary":
            return self.glossary[value].pk
        if isinstance(value, dict) and lang in value:
            return with_page_links(value[lang])
        return {
            field: (with_page_links(text[lang]) if isinstance(text, dict) else text)
            for field, text in value.items()
        }

    # -- translations --------------------------------------------------------------------------------

    def translate_pages(self):
        for lang in TARGET_LANGUAGES:
            locale = self.locales[lang]
            synchronize_tree(self.source_locale, locale)
            for source, unit in self.pages:
                po = files.read_po(self.content_dir, lang, unit)
                if po is None:
                    continue
                existing = Page.objects.filter(translation_key=source.translation_key, locale=locale).first()
                if existing is not None and existing.alias_of_id is None:
                    continue
                source.refresh_from_db()  # as published since (the course's cover): the translation copies it
                import_translation(source, locale, po)
                self.created += 1

    def set_cover(self):
        """Give the demo course, in every language, the cover drawn by `learning.demo.cover` (once: a
        cover an editor chose is kept)."""
        courses = CoursePage.objects.filter(translation_key=demo_key("course:ilo"), cover_image__isnull=True)
        if not courses.exists():
            return
        image = CustomImage.objects.filter(title=COVER_TITLE).first()
        if image is None:
            image = CustomImage(
                title=COVER_TITLE,
                default_alt_text=COVER_ALT,
                file=ImageFile(io.BytesIO(cover_png()), name="solidaire-cover.png"),
            )
            image.save()
            self.created += 1
        for course in courses.filter(alias_of__isnull=True):
            course.cover_image = image
            course.save_revision().publish()  # aliases follow their source when it is published
        CoursePage.objects.filter(pk__in=courses.values("pk")).update(cover_image=image)

    def build(self):
        self.build_snippets()
        self.build_pages()
        # The cover before the translations: publishing the French course after them marks them out of date.
        self.set_cover()
        self.translate_pages()
        return self.created


def build(log=print):
    """Build the demo course; return how many objects were created."""
    return DemoBuilder(log=log).build()
