"""Module 5 of the demo course ("Utiliser les mécanismes") and its quiz are in the loaders and in the four
languages, with no French left in the translations (issue 23).

Plain data checks on the content files, no database: every text has its four languages; a translated
segment (a heading, a choice, a paragraph or list item of rich text) is never the French one, unless it is
a proper name, nor made of French function words; every rich text has the same sequence of blocks and
links in every language, as the loader needs.
"""

import re

import pytest

from learning.demo import build as learning_build
from learning.demo import files
from quizzes.demo import files as quiz_files

MODULE_5 = files.course_module(5)
QUIZ_5 = quiz_files.quiz(5)

LANGUAGES = ("fr", "en", "es", "ht")
TRANSLATIONS = ("en", "es", "ht")
SAME_IN_EVERY_LANGUAGE = {"C087", "NORMLEX"}  # codes and names that no language translates
# Words of French that the three other languages do not use (as whole words).
FRENCH_WORDS = {"des", "est", "avec", "dans", "pour", "qui", "sont", "leur", "aux", "vous", "nous", "être"}
BLOCK = re.compile(r"<(p|li)>(.*?)</\1>", re.S)
TAG = re.compile(r"<[^>]+>")


def texts(value, path="content"):
    """Every translatable text in `value`, as (path, {language: text}) pairs."""
    if isinstance(value, dict) and set(value) == set(LANGUAGES):
        if all(isinstance(text, str) for text in value.values()):
            yield path, value
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield from texts(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from texts(item, f"{path}[{index}]")


def segments(text):
    """The plain-text blocks of a rich text (its <p> and <li>), or the text itself if it has none."""
    blocks = [TAG.sub("", body).strip() for _tag, body in BLOCK.findall(text)]
    return blocks or [text.strip()]


def structure(text):
    return [tag for tag in re.findall(r"<(/?(?:p|ul|ol|li))>", text)], text.count("<a ")


CONTENT = {"module 5": MODULE_5, "quiz 5": QUIZ_5}
ALL_TEXTS = [(name, path, value) for name, content in CONTENT.items() for path, value in texts(content)]


def test_module_5_and_its_quiz_are_loaded_after_module_4():
    assert list(learning_build.MODULES) == [1, 2, 3, 4, 5]
    assert list(quiz_files.QUIZ_NUMBERS) == list(learning_build.MODULES)
    assert MODULE_5["title"]["fr"] == "Utiliser les mécanismes"
    assert QUIZ_5["title"]["fr"] == "Quiz : Utiliser les mécanismes"


def test_module_5_has_lessons_and_its_quiz_enough_questions():
    lessons = MODULE_5["lessons"]
    kinds = {kind for kind, _value in QUIZ_5["questions"]}

    assert 3 <= len(lessons) <= 4
    assert all(5 <= lesson["minutes"] <= 10 for lesson in lessons)
    assert 8 <= len(QUIZ_5["questions"]) <= 10
    assert kinds == {"single_choice", "multiple_choice", "true_false", "short_answer", "ordering"}


@pytest.mark.parametrize(("name", "path", "value"), ALL_TEXTS, ids=[f"{n}:{p}" for n, p, _v in ALL_TEXTS])
def test_every_text_of_module_5_and_its_quiz_is_translated_segment_by_segment(name, path, value):
    french = segments(value["fr"])
    for language in TRANSLATIONS:
        translated = segments(value[language])
        assert all(translated), (language, value[language])
        assert structure(value[language]) == structure(value["fr"]), language
        for source, segment in zip(french, translated, strict=True):
            assert segment != source or segment in SAME_IN_EVERY_LANGUAGE, (language, segment)
            words = set(re.findall(r"\w+", segment.lower()))
            assert len(words & FRENCH_WORDS) < 2, (language, segment)


def test_short_answers_have_as_many_accepted_answers_in_every_language():
    for kind, value in QUIZ_5["questions"]:
        if kind == "short_answer":
            counts = {language: len(value["accepted_answers"][language]) for language in LANGUAGES}
            assert len(set(counts.values())) == 1, counts


def test_the_glossary_cards_of_module_5_exist_in_the_four_languages():
    glossary = {item["key"]: item for item in files.snippets()["glossary"]}
    used = [
        value for lesson in MODULE_5["lessons"] for kind, value in lesson["body"]
        if kind == "glossary"
    ]  # fmt: skip

    assert {"national-contact-point", "informal-economy"} <= set(used)
    for key in used:
        for field in ("term", "definition"):
            assert all(glossary[key][field][language] for language in LANGUAGES), (key, field)
