"""Build the demo quizzes (one at the end of each module of the demo course) from their content files
(`quizzes.demo.files`) and import their translations from the PO files.

Runs after `learning.demo.build` (see settings.DEMO_CONTENT_BUILDERS); safe to run again."""

from wagtail import blocks

from learning.demo.build import DemoBuilder, demo_key
from learning.models import LessonPage, ModulePage
from quizzes.demo import files
from quizzes.models import QuizPage


class QuizDemoBuilder(DemoBuilder):
    content_dir = files.QUIZZES_CONTENT

    def build(self):
        self.build_snippets()
        for number in files.QUIZ_NUMBERS:
            module_name = f"course:ilo/module:{number}"
            module = ModulePage.objects.get(translation_key=demo_key(module_name), locale=self.source_locale)
            name = f"{module_name}/quiz"
            self.lessons = list(LessonPage.objects.child_of(module).order_by("path"))
            quiz = files.quiz(number, languages=())
            self.page(module, QuizPage, name, self.quiz_fields(name), quiz, files.quiz_unit(number))
        self.translate_pages()
        return self.created

    def quiz_fields(self, name):
        def fields(data, lang):
            return {
                "title": data["title"][lang],
                "slug": data["slug"][lang],
                "intro": data["intro"][lang],
                "pass_mark": data["pass_mark"],
                "shuffle_choices": True,
                "questions": [
                    {
                        "type": kind,
                        "value": self.question_value(f"{name}/{i}", kind, value, lang),
                        "id": str(demo_key(f"{name}/{i}")),
                    }
                    for i, (kind, value) in enumerate(data["questions"])
                ],
            }

        return fields

    def lesson_to_read(self, value):
        """The French lesson of the module that the question's French explanation names (its page chooser
        points at the source page; each language shows that lesson's translation)."""
        lesson = lesson_title_in(value["explanation"]["fr"], self.lessons)
        return lesson.pk if lesson else None

    def question_value(self, name, kind, value, lang):
        """The raw value in `lang` of a question of type `kind`: the fields every question has, then the
        fields of its block, read from the content under the same names (see `localised`)."""

        def items(values):
            return [
                {"type": "item", "value": item, "id": str(demo_key(f"{name}/item:{i}"))}
                for i, item in enumerate(values)
            ]

        question = {
            "prompt": value["prompt"][lang],
            "explanation": value["explanation"][lang],
            "standard": self.standards[value["standard"]].pk if value.get("standard") else None,
            "lesson": self.lesson_to_read(value),
        }
        block = QuizPage._meta.get_field("questions").stream_block.child_blocks[kind]
        for field, child in block.child_blocks.items():
            if field not in question and field in value:
                question[field] = localised(child, value[field], lang, items)
        return question


def localised(block, content, lang, items):
    """The raw value of `block` in `lang` from demo content: a dict keyed by language (wherever a struct
    block's dict is not expected) gives its `lang` entry, a list block's values become `items(values)`,
    a struct block's fields are read likewise, and anything else (a boolean) is taken as it is."""
    if isinstance(content, dict) and not isinstance(block, blocks.StructBlock):
        content = content[lang]
    if isinstance(block, blocks.ListBlock):
        return items([localised(block.child_block, item, lang, items) for item in content])
    if isinstance(block, blocks.StructBlock):
        return {
            field: localised(child, content[field], lang, items)
            for field, child in block.child_blocks.items()
            if field in content
        }
    return content


def lesson_title_in(text, lessons):
    """The lesson of `lessons` whose title the (French) text names, as in « Voir la leçon « ... » »."""
    return next((lesson for lesson in lessons if f"« {lesson.title} »" in text.replace("\xa0", " ")), None)


def build(log=print):
    """Build the demo quizzes; return how many objects were created."""
    return QuizDemoBuilder(log=log).build()
