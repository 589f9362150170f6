"""The missions demo's content files, without a database: the briefs' tables hold only checked rows with
their source and date; the pre-departure course has its three modules; every text is in the four
languages; its quiz keeps the demo quizzes' rules against surface cues
(quizzes/tests/test_demo_quiz_cues.py)."""

import datetime

import pytest

from missions.demo import files
from missions.instruments import INSTRUMENTS

LANGUAGES = ["fr", "en", "es", "ht"]
COUNTRIES = files.countries()
QUIZZES = [files.quiz(number) for number in range(1, files.MODULE_COUNT + 1)]
QUESTIONS = [question for quiz in QUIZZES for question in quiz["questions"]]
# What NORMLEX showed on 8 December 2026 (see the brief's sources); a row is added here when it is checked.
CHECKED_RATIFICATIONS = {
    "haiti": {
        "C029": 1958,
        "C087": 1979,
        "C098": 1957,
        "C100": 1958,
        "C111": 1976,
        "C138": 2009,
        "C182": 2007,
    },
    "mexico": {"C087": 1950, "C098": 2018, "C155": 1984},
    "colombia": {"C087": 1976},
    "niger": {"C087": 1961},
    "burkina-faso": {"C087": 1960},
    "cuba": {"C087": 1952},
}


def texts(value):
    if isinstance(value, dict) and "fr" in value and all(isinstance(text, str) for text in value.values()):
        yield value
        return
    if isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts(item)


def everything():
    yield COUNTRIES
    yield files.course()
    for number in range(1, files.MODULE_COUNT + 1):
        yield files.course_module(number)
    yield from QUIZZES
    for key in files.TOOLKIT_KEYS:
        yield files.toolkit(key)


def test_every_text_is_in_the_four_languages():
    missing = [text["fr"] for part in everything() for text in texts(part) if set(text) != set(LANGUAGES)]
    assert missing == []


@pytest.mark.parametrize("brief", COUNTRIES["briefs"], ids=lambda brief: brief["key"])
def test_a_briefs_table_holds_exactly_the_checked_ratifications(brief):
    rows = {row["code"]: row.get("year") for row in brief["ratifications"]}

    assert rows == CHECKED_RATIFICATIONS[brief["key"]]
    assert set(rows) <= set(INSTRUMENTS)


@pytest.mark.parametrize("brief", COUNTRIES["briefs"], ids=lambda brief: brief["key"])
def test_a_brief_names_its_normlex_page_its_date_and_its_sources(brief):
    assert brief["normlex"]["url"].startswith("https://normlex.ilo.org/")
    assert brief["normlex"]["checked_on"] == datetime.date(2026, 12, 8)
    assert brief["sources"]
    assert all(source["url"].startswith(("http://", "https://")) for source in brief["sources"])


def test_the_course_has_its_three_modules_and_their_lessons():
    titles = [files.course_module(number)["title"]["fr"] for number in range(1, files.MODULE_COUNT + 1)]
    lessons = [len(files.course_module(number)["lessons"]) for number in range(1, files.MODULE_COUNT + 1)]

    assert titles == ["Avant le départ", "Sur place", "Au retour"]
    assert lessons == [2, 1, 1]


def test_each_quiz_explanation_names_a_lesson_of_its_module():
    for number, quiz in enumerate(QUIZZES, start=1):
        titles = [lesson["title"]["fr"] for lesson in files.course_module(number)["lessons"]]
        for _kind, question in quiz["questions"]:
            assert any(f"« {title} »" in question["explanation"]["fr"] for title in titles), question[
                "prompt"
            ]["fr"]


def test_a_lesson_of_the_course_links_to_each_country_brief():
    lesson = files.course_module(1)["lessons"][0]
    links = "".join(str(value) for _kind, value in lesson["body"])

    for brief in COUNTRIES["briefs"]:
        assert f'href="demo:country:{brief["key"]}"' in links


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_quizzes_right_single_choice_is_never_the_longest(language):
    for kind, question in QUESTIONS:
        if kind == "single_choice":
            lengths = [(len(choice["text"][language]), choice["correct"]) for choice in question["choices"]]
            right = next(length for length, correct in lengths if correct)
            assert right < max(length for length, correct in lengths if not correct), question["prompt"][
                language
            ]


def test_the_quizzes_true_false_answers_are_balanced_and_select_all_is_not_all_but_one():
    answers = [question["answer"] for kind, question in QUESTIONS if kind == "true_false"]
    select_all = [question for kind, question in QUESTIONS if kind == "multiple_choice"]

    assert answers.count(True) == answers.count(False) >= 1
    for question in select_all:
        right = [choice["correct"] for choice in question["choices"]]
        assert right.count(True) >= 1 and right.count(False) != 1
    positions = {
        [choice["correct"] for choice in question["choices"]].index(True)
        for kind, question in QUESTIONS
        if kind == "single_choice"
    }
    assert len(positions) > 1
