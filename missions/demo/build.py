"""Build the missions demo: the French country briefs (`build_briefs`, run first, so that the course's
lessons can link to them), then their translations, the pre-departure course, its quiz and its two
facilitator toolkits (`build`, run last), from `missions.demo.files`; translations from the PO files,
as the other builders do.

The course, quiz and toolkits are made by the learning, quizzes and pedagogy_tools builders' own field
makers, under the demo's course catalogue and toolkit index. Safe to run again: nothing is created twice.
"""

from django.db import transaction

from learning.demo.build import demo_key
from learning.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage
from missions.demo import files
from missions.models import CountryBriefPage, CountryIndexPage
from pedagogy_tools.demo.build import ToolkitDemoBuilder
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
from quizzes.demo.build import QuizDemoBuilder
from quizzes.models import QuizPage

COURSE = "course:missions"


def brief_name(key):
    """The demo name of a country brief (`demo:country:<key>` in a lesson links to it)."""
    return f"country:{key}"


class MissionsDemoBuilder(ToolkitDemoBuilder, QuizDemoBuilder):
    content_dir = files.MISSIONS_CONTENT

    # -- country briefs -----------------------------------------------------------------------------------

    def build_briefs(self):
        """The French briefs, which the learning builder's lessons link to; translated by `build`."""
        self.brief_pages()
        return self.created

    def brief_pages(self):
        home = HomePage.objects.get(locale=self.source_locale, depth=2)
        content = files.countries(languages=())
        index = self.page(
            home, CountryIndexPage, "country-index", self.index_fields, content["index"], "countries/index"
        )
        for brief in content["briefs"]:
            self.page(
                index,
                CountryBriefPage,
                brief_name(brief["key"]),
                self.brief_fields,
                brief,
                files.brief_unit(brief),
            )

    @staticmethod
    def brief_fields(data, lang):
        return {
            "title": data["title"][lang],
            "slug": data["slug"][lang],
            "summary": data["summary"][lang],
            "world_of_work": data["world_of_work"][lang],
            "normlex_url": data["normlex"]["url"],
            "checked_on": data["normlex"]["checked_on"],
            "ratifications": [
                {
                    "type": "ratification",
                    "value": {"instrument": row["code"], "ratified_in": row.get("year")},
                    "id": str(demo_key(f"country:{data['key']}/{row['code']}")),
                }
                for row in data["ratifications"]
            ],
            "sources": [
                {
                    "type": "source",
                    "value": {"title": source["title"][lang], "url": source["url"]},
                    "id": str(demo_key(f"country:{data['key']}/source:{i}")),
                }
                for i, source in enumerate(data["sources"])
            ],
        }

    # -- the pre-departure course, its quiz and toolkits ---------------------------------------------------

    def build(self):
        # Translated here, once the learning builder has translated the home pages (a page translated under a
        # home page that is still an alias would keep the alias's address).
        self.brief_pages()
        self.build_snippets()
        catalogue = CourseIndexPage.objects.get(
            translation_key=demo_key("course-index"), locale=self.source_locale
        )
        course_data = files.course(languages=())
        course = self.page(catalogue, CoursePage, COURSE, self.course_fields, course_data, "course")
        for number in range(1, files.MODULE_COUNT + 1):
            data = files.course_module(number, languages=())
            module_name = f"{COURSE}/module:{number}"
            module = self.page(
                course, ModulePage, module_name, self.module_fields, data, f"module-{number}/module"
            )
            for position, lesson in enumerate(data["lessons"], start=1):
                name = f"{module_name}/lesson:{position}"
                self.page(
                    module,
                    LessonPage,
                    name,
                    self.lesson_fields(name),
                    lesson,
                    f"module-{number}/lesson-{position}",
                )
            self.lessons = list(
                LessonPage.objects.child_of(module).order_by("path")
            )  # the explanations' lessons
            quiz_name = f"{module_name}/quiz"
            quiz = files.quiz(number, languages=())
            self.page(module, QuizPage, quiz_name, self.quiz_fields(quiz_name), quiz, files.quiz_unit(number))
        if course.themes.count() == 0 and course_data.get("themes"):
            course.themes.set([self.themes[key] for key in course_data["themes"]])
            course.save_revision().publish()
        toolkit_index = ToolkitIndexPage.objects.get(
            translation_key=demo_key("toolkit-index"), locale=self.source_locale
        )
        for key in files.TOOLKIT_KEYS:
            data = files.toolkit(key)
            name = f"toolkit:{key}"
            documents = {lang: [] for lang in self.languages_of(data)}  # these toolkits have no attachment
            self.page(toolkit_index, ToolkitPage, name, self.toolkit_fields(name, documents), data, key)
        self.translate_pages()
        # After wagtail-localize's own on-commit work (it publishes translations then).
        transaction.on_commit(self.put_countries_last_in_the_menu)
        return self.created

    def put_countries_last_in_the_menu(self):
        """The country index was made first (the lessons link to its briefs), so it would lead the menu (in
        French, and in the other languages where its alias was made at once): it goes after the other
        sections in every language."""
        for index in CountryIndexPage.objects.filter(translation_key=demo_key("country-index")):
            if index.get_next_siblings().exists():
                index.move(index.get_parent(), pos="last-child")


def build_briefs(log=print):
    """Build the demo's country briefs; return how many objects were created."""
    return MissionsDemoBuilder(log=log).build_briefs()


def build(log=print):
    """Build the pre-departure course, its quiz and its toolkits; return how many objects were created."""
    return MissionsDemoBuilder(log=log).build()
