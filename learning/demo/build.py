"""Build the demo course from `learning.demo.content`: snippets, pages and their translations.

Safe to run again: every object gets a translation key derived from its place in the content, and an
object that already exists (in that locale) is left as it is, so editors' changes are kept.
"""

import io
import uuid

from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from learning.demo.content import (
    module_1_ilo,
    module_2_fundamental,
    module_3_supply_chains,
    module_4_solidarity,
    module_5_mechanisms,
    site,
    snippets,
)
from learning.demo.cover import cover_png
from learning.demo.translate import translate_like
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

SOURCE_LANGUAGE = "fr"
TARGET_LANGUAGES = ["en", "es", "ht"]
MODULES = [
    module_1_ilo,
    module_2_fundamental,
    module_3_supply_chains,
    module_4_solidarity,
    module_5_mechanisms,
]
HOME_SLUGS = {"fr": "accueil", "en": "home", "es": "inicio", "ht": "akey"}
COVER_TITLE = "Solidaire: le droit international du travail (couverture)"
COVER_ALT = "Un globe doré sur fond bordeaux, et une chaîne de personnes qui se donnent la main."
DEMO_NAMESPACE = uuid.UUID("6f1d3c1e-5b0a-4c36-9a51-2a9d0c4e7d10")


def demo_key(name):
    """A stable translation key for the demo object called `name`."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def has(text, language):
    return isinstance(text, dict) and bool(text.get(language))


class DemoBuilder:
    """Builds the demo in the source language, then translates what the content has in other languages."""

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
        for item in snippets.THEMES:
            self.themes[item["key"]] = self.snippet(Theme, f"theme:{item['key']}", self.theme_fields, item)
        for item in snippets.STANDARDS:
            self.standards[item["code"]] = self.snippet(
                LabourStandard, f"standard:{item['code']}", self.standard_fields, item
            )
        for item in snippets.GLOSSARY:
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
        for lang in TARGET_LANGUAGES:
            locale = self.locales[lang]
            if not model.objects.filter(translation_key=key, locale=locale).exists() and all(
                has(value, lang) for value in item.values() if isinstance(value, dict)
            ):
                example = model(translation_key=key, locale=locale, **fields_for(item, lang))
                translate_like(source, locale, example)
                self.created += 1
        return source

    # -- pages ---------------------------------------------------------------------------------------

    def build_pages(self):
        home = HomePage.objects.get(locale=self.source_locale, depth=2)
        if not home.intro:
            home.title = site.HOME["title"][SOURCE_LANGUAGE]
            home.intro = site.HOME["intro"][SOURCE_LANGUAGE]
            home.save_revision().publish()
        self.pages.append((home, lambda lang: self.home_fields(site.HOME, lang), site.HOME))

        index = self.page(home, CourseIndexPage, "course-index", self.index_fields, site.COURSE_INDEX)
        self.page(home, StandardPage, "about", self.about_fields, site.ABOUT)
        self.page(home, StandardPage, "privacy", self.about_fields, site.PRIVACY)
        course = self.page(index, CoursePage, "course:ilo", self.course_fields, site.COURSE)
        for number, module_content in enumerate(MODULES, start=1):
            data = module_content.MODULE
            module_name = f"course:ilo/module:{number}"
            module = self.page(course, ModulePage, module_name, self.module_fields, data)
            for position, lesson in enumerate(data["lessons"], start=1):
                self.page(
                    module,
                    LessonPage,
                    f"{module_name}/lesson:{position}",
                    self.lesson_fields(f"{module_name}/lesson:{position}"),
                    lesson,
                )
        if course.themes.count() == 0:
            course.themes.set([self.themes[key] for key in site.COURSE["themes"]])
            course.standards.set([self.standards[code] for code in site.COURSE["standards"]])
            course.save_revision().publish()

    def page(self, parent, model, name, fields_for, data):
        key = demo_key(name)
        page = model.objects.filter(translation_key=key, locale=self.source_locale).first()
        if page is None:
            page = model(translation_key=key, locale=self.source_locale, **fields_for(data, SOURCE_LANGUAGE))
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        self.pages.append((page, lambda lang: fields_for(data, lang), data))
        return page

    @staticmethod
    def home_fields(data, lang):
        return {"title": data["title"][lang], "slug": HOME_SLUGS[lang], "intro": data["intro"][lang]}

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
            return value[lang]
        return {field: (text[lang] if isinstance(text, dict) else text) for field, text in value.items()}

    # -- translations --------------------------------------------------------------------------------

    def translate_pages(self):
        for lang in TARGET_LANGUAGES:
            locale = self.locales[lang]
            synchronize_tree(self.source_locale, locale)
            for source, fields_for, data in self.pages:
                if not self.translated_in(data, lang):
                    continue
                existing = Page.objects.filter(translation_key=source.translation_key, locale=locale).first()
                if existing is not None and existing.alias_of_id is None:
                    continue
                example = type(source)(
                    translation_key=source.translation_key, locale=locale, **fields_for(lang)
                )
                translate_like(source, locale, example)
                self.created += 1

    @staticmethod
    def translated_in(data, lang):
        return has(data["title"], lang)

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
