"""Fixtures for the learning tests: the small course tree in four locales, as the demo and editors make it."""

import pytest
from wagtail.models import Page
from wagtail_localize.synctree import synchronize_tree

from conftest import publish_child
from learning.demo.translate import translate_like
from learning.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage

ENGLISH = {
    "Solidaire": "Solidarity",
    "accueil": "home",
    "Cours": "Courses",
    "cours": "courses",
    "Un cours": "A course",
    "un-cours": "a-course",
    "Résumé.": "Summary.",
    "<ul><li>Un</li></ul>": "<ul><li>One</li></ul>",
    "Module 1": "Module one",
    "module-1": "module-one",
    "À propos": "About us",
    "a-propos": "about-us",
    "<p>Nous.</p>": "<p>Us.</p>",
    "Une section": "A section",
    "<p>À retenir.</p>": "<p>Remember this.</p>",
    **{f"Leçon {n}": f"Lesson {n}" for n in range(1, 4)},
    **{f"lecon-{n}": f"lesson-{n}" for n in range(1, 4)},
    **{f"<p>Texte {n}.</p>": f"<p>Text {n}.</p>" for n in range(1, 4)},
}


def english(text):
    """The English of one of the fixtures' French strings (blank stays blank)."""
    return ENGLISH[text] if text else text


def english_body(page):
    """The page's StreamField data with the same block ids and the texts in English."""
    return [{**block, "value": english(block["value"])} for block in page.body.raw_data]


def english_example(page):
    """An unsaved English copy of one of the fixtures' French pages, for `translate_like`."""
    page = page.specific
    model = type(page)
    fields = {"title": english(page.title), "slug": english(page.slug)}
    if model in (HomePage, CourseIndexPage, ModulePage):
        fields["intro"] = english(page.intro)
    elif model is CoursePage:
        fields.update(summary=english(page.summary), objectives=english(page.objectives))
    elif model is LessonPage:
        fields.update(summary=english(page.summary), body=english_body(page))
    elif model is StandardPage:
        fields.update(intro=english(page.intro), body=english(page.body))
    return model(translation_key=page.translation_key, **fields)


def translate_into_english(pages, locale, django_capture_on_commit_callbacks):
    """Make `pages` (French, parents first) real English translations; return them, freshly loaded."""
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(pages[0].locale, locale)
        for page in pages:
            translate_like(page, locale, english_example(Page.objects.get(pk=page.pk)))
    return [page.get_translation(locale).specific for page in pages]


@pytest.fixture
def about(home):
    return publish_child(home, StandardPage(title="À propos", slug="a-propos", body="<p>Nous.</p>"))


@pytest.fixture
def site_in_four_languages(locales, course_tree, about, django_capture_on_commit_callbacks):
    """Every page type in French; translated into English; Spanish and Haitian Creole as aliases.

    Returns {language code: {page name: page}} with the names home, index, course, module, lesson, about.
    """
    french = {
        "home": course_tree["home"],
        "index": course_tree["index"],
        "course": course_tree["course"],
        "module": course_tree["module"],
        "lesson": course_tree["lessons"][0],
        "about": about,
    }
    translate_into_english(list(french.values()), locales["en"], django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["es"])
        synchronize_tree(locales["fr"], locales["ht"])
    return {
        code: {name: page.get_translation(locales[code]).specific for name, page in french.items()}
        for code in locales
    }
