"""The missions demo as it is served: the country brief in the four languages (its table, its checked date
and NORMLEX source, its unchecked instruments named), links from lessons to the brief in each language, the
pre-departure course's tree and quiz."""

import pytest
from wagtail.models import Page

from learning.demo.build import demo_key
from learning.models import CoursePage, LessonPage, ModulePage
from missions.models import CountryBriefPage
from quizzes.models import QuizPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_db")]
LANGUAGES = ["fr", "en", "es", "ht"]
SHOWN = {
    "fr": ("Ratifiée en 1979", "Vérifié le 8 décembre 2026", "Non vérifiés ici : P029, C105, C155, C187"),
    "en": ("Ratified in 1979", "Checked on Dec. 8, 2026", "Not checked here: P029, C105, C155, C187"),
    "es": (
        "Ratificado en 1979",
        "Verificado el 8 de diciembre de 2026",
        "No verificados aquí: P029, C105, C155, C187",
    ),
    "ht": (
        "Ratifye an 1979",
        "Verifye le 8 desanm 2026",
        "Nou pa t verifye yo isit la: P029, C105, C155, C187",
    ),
}
NAME_OF_C087 = {
    "fr": "Convention (n° 87) sur la liberté syndicale",
    "en": "Freedom of Association and Protection of the Right to Organise Convention",
    "es": "Convenio sobre la libertad sindical",
    "ht": "Konvansyon sou libète sendikal",
}


def page(name, language, model=Page):
    return model.objects.get(translation_key=demo_key(name), locale__language_code=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_haiti_brief_shows_its_table_its_date_and_its_source_in_each_language(client, language):
    brief = page("country:haiti", language, CountryBriefPage)
    html = client.get(brief.url).content.decode()

    ratified, checked, unchecked = SHOWN[language]
    assert brief.alias_of_id is None  # a real translation, not the French page shown again
    assert ratified in html and checked in html and unchecked in html
    assert NAME_OF_C087[language] in html
    assert brief.normlex_url in html.replace("&amp;", "&")
    assert [(row["code"], row["ratified_in"]) for row in brief.table_rows()] == [
        ("C029", 1958), ("C087", 1979), ("C098", 1957), ("C100", 1958),
        ("C111", 1976), ("C138", 2009), ("C182", 2007),
    ]  # fmt: skip


def test_the_table_is_the_same_in_every_language():
    briefs = [page("country:haiti", language, CountryBriefPage) for language in LANGUAGES]

    assert len({repr(list(brief.ratifications.raw_data)) for brief in briefs}) == 1
    assert len({(brief.checked_on, brief.normlex_url) for brief in briefs}) == 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("lesson", "country"),
    [
        ("course:missions/module:1/lesson:1", "haiti"),
        ("course:missions/module:1/lesson:1", "burkina-faso"),
        ("course:ilo/module:4/lesson:1", "mexico"),
        ("course:ilo/module:4/lesson:2", "haiti"),
        ("course:ilo/module:4/lesson:2", "niger"),
    ],
)
def test_a_lesson_links_to_the_brief_in_its_own_language(client, language, lesson, country):
    brief = page(f"country:{country}", language)
    html = client.get(page(lesson, language).url).content.decode()

    assert brief.alias_of_id is None
    assert f'href="{brief.url}"' in html
    assert client.get(brief.url).status_code == 200


def test_the_pre_departure_course_has_three_modules_each_closed_by_its_quiz():
    course = page("course:missions", "fr", CoursePage)
    modules = ModulePage.objects.child_of(course).order_by("path")

    assert [module.title for module in modules] == ["Avant le départ", "Sur place", "Au retour"]
    steps = [[step.specific_class for step in module.get_children().order_by("path")] for module in modules]
    assert steps == [[LessonPage, LessonPage, QuizPage], [LessonPage, QuizPage], [LessonPage, QuizPage]]
    for quiz in QuizPage.objects.descendant_of(course).filter(locale__language_code="fr"):
        for question in quiz.questions:  # each explanation links a lesson of the quiz's module
            lesson = question.block.lesson_for(question.value, quiz.locale_id)
            assert lesson.get_parent().pk == quiz.get_parent().pk


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_course_and_its_toolkits_are_translated(client, language):
    for name in ["course:missions", "toolkit:send-off-meeting", "toolkit:return-meeting"]:
        translated = page(name, language)
        assert translated.alias_of_id is None
        assert client.get(translated.url).status_code == 200


@pytest.mark.parametrize("language", ["fr", "en", "es", "ht"])
def test_the_partner_countries_come_last_in_the_menu(language):
    home = Page.objects.get(depth=2, locale__language_code=language)
    sections = [page.specific_class.__name__ for page in home.get_children().live().in_menu()]
    assert sections[-1] == "CountryIndexPage"
    assert sections.count("CountryIndexPage") == 1
