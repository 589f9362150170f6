"""Every translation of every demo quiz grades answers exactly as its French source does.

Answers are stored by question and choice ids (see `quizzes.blocks`), and an attempt started in one language
continues in another, so a translation must keep the same questions, the same choices and the same right
answers, in the same order. The demo is in the database for the whole module (`demo_db`,
tests/helpers.py) and rolled back at the end.
"""

import pytest
from wagtail.models import Locale

from learning.demo.build import demo_key
from learning.models import CoursePage
from quizzes.models import QuizPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_quizzes(demo_db):
    """The demo's French quizzes."""
    return list(QuizPage.objects.filter(locale__language_code="fr").order_by("path"))


def answer_key(quiz):
    """What grading depends on, question by question: its id and type, and for its kind of question the
    choice ids with the right ones, the true/false answer, the accepted answer ids or the step ids."""
    key = []
    for question in quiz.questions:
        value = question.value
        entry = {"id": question.id, "type": question.block_type}
        if question.block_type in ("single_choice", "multiple_choice"):
            choices = value["choices"].bound_blocks
            entry["choices"] = [choice.id for choice in choices]
            entry["correct"] = [choice.id for choice in choices if choice.value["correct"]]
        elif question.block_type == "true_false":
            entry["answer"] = bool(value["answer"])
        elif question.block_type == "short_answer":
            entry["accepted"] = [answer.id for answer in value["accepted_answers"].bound_blocks]
        elif question.block_type == "ordering":
            entry["steps"] = [step.id for step in value["steps"].bound_blocks]
        key.append(entry)
    return key


def test_the_demo_course_has_five_french_quizzes(demo_quizzes):
    course = CoursePage.objects.get(translation_key=demo_key("course:ilo"), locale__language_code="fr")
    quizzes = [quiz for quiz in demo_quizzes if quiz.path.startswith(course.path)]
    assert len(quizzes) == 5
    for quiz in quizzes:
        assert len(quiz.questions) >= 6, quiz.title


@pytest.mark.parametrize("language", ["en", "es", "ht"])
def test_every_translation_of_a_demo_quiz_keeps_its_questions_choices_and_right_answers(
    demo_quizzes, language
):
    translated = 0
    for source in demo_quizzes:
        translation = QuizPage.objects.get(
            translation_key=source.translation_key, locale__language_code=language
        )
        if translation.alias_of_id is None:
            translated += 1
        assert answer_key(translation) == answer_key(source), (language, source.title)

    # Not only aliases: at least one real translation in each language (module 1's quiz, and module 4's).
    assert translated >= 1, language


@pytest.mark.parametrize("language", ["en", "es", "ht"])
def test_translated_demo_quizzes_keep_the_number_of_accepted_short_answers(demo_quizzes, language):
    for source in demo_quizzes:
        translation = QuizPage.objects.get(
            translation_key=source.translation_key, locale__language_code=language
        )
        source_counts = [
            len(q.value["accepted_answers"]) for q in source.questions if q.block_type == "short_answer"
        ]
        translated_counts = [
            len(q.value["accepted_answers"]) for q in translation.questions if q.block_type == "short_answer"
        ]
        assert translated_counts == source_counts, (language, source.title)


@pytest.mark.parametrize("language", ["fr", "en", "es", "ht"])
def test_every_demo_explanation_links_a_lesson_of_its_module_in_the_language(demo_quizzes, language):
    for french in demo_quizzes:
        quiz = french.get_translation(Locale.objects.get(language_code=language)).specific
        module = quiz.get_parent()
        for question in quiz.questions:
            lesson = question.block.lesson_for(question.value, quiz.locale_id)
            assert lesson is not None, (quiz.title, question.value["prompt"])
            assert lesson.locale_id == quiz.locale_id
            assert lesson.get_parent().pk == module.pk


@pytest.mark.parametrize("language", ["fr", "en", "es", "ht"])
def test_every_demo_quiz_passes_the_checks_of_a_submission_and_closes_its_module(demo_quizzes, language):
    """Issue 21: each question can be got right (its type's own checks, as when an editor submits), the
    pass mark is from 1 to 100, and the quiz is its module's one quiz, after its lessons."""
    for french in demo_quizzes:
        quiz = french.get_translation(Locale.objects.get(language_code=language)).specific
        for question in quiz.questions:
            assert question.block.answer_errors(question.value) == {}, (language, question.value["prompt"])
            question.block.clean(question.value)
        assert 1 <= quiz.pass_mark <= 100
        steps = list(quiz.get_parent().get_children().order_by("path").specific())
        assert [type(step) is QuizPage for step in steps] == [False] * (len(steps) - 1) + [True], quiz.title
