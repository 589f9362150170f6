"""The demo quizzes test understanding, not test-taking tricks (issue 23): no surface cue gives the answer.

Read from the content files (`quizzes.demo.files`: YAML and PO), no database: the right single choice
is seldom the longest, in any language; true/false answers are balanced; a select-all question is not
passed by ticking every choice but one; French true/false statements carry no absolute give-away word;
the right choice's authored position varies.
"""

import re
from collections import Counter

import pytest

from quizzes.demo import files

DEMO_QUIZZES = files.quizzes()
LANGUAGES = ["fr", "en", "es", "ht"]

# Words that make a statement false more often than not: a learner who spots them needs no lesson.
ABSOLUTE_WORDS = re.compile(
    r"\b(seul|seule|seuls|seules|seulement|uniquement|exclusivement|toujours|jamais|aucun|aucune|rien|"
    r"tous|toutes|exactement|forcément|obligatoirement)\b|\bn'\w+ que\b|\bne \w+ que\b",
    re.IGNORECASE,
)


def questions(kind):
    return [
        value for quiz in DEMO_QUIZZES for question_kind, value in quiz["questions"] if question_kind == kind
    ]


def right_is_longest(question, language):
    """Whether the right choice is at least as long as every other choice, in `language`."""
    lengths = [(len(choice["text"][language]), choice["correct"]) for choice in question["choices"]]
    right = next(length for length, correct in lengths if correct)
    return right >= max(length for length, correct in lengths if not correct)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_right_single_choice_is_the_longest_in_at_most_a_third_of_the_questions(language):
    single = questions("single_choice")
    longest = [q["prompt"]["fr"] for q in single if right_is_longest(q, language)]

    assert len(single) >= 9
    assert len(longest) * 3 <= len(single), longest


def test_true_false_answers_are_balanced():
    answers = [q["answer"] for q in questions("true_false")]

    assert len(answers) >= 6
    assert 0.4 <= answers.count(True) / len(answers) <= 0.6, answers


def test_no_select_all_question_is_passed_by_ticking_every_choice_but_one():
    select_all = questions("multiple_choice")
    for question in select_all:
        right = [choice["correct"] for choice in question["choices"]]
        assert right.count(True) >= 1, question["prompt"]["fr"]
        assert right.count(False) != 1, question["prompt"]["fr"]
    assert len(select_all) >= 4


def test_french_true_false_statements_have_no_absolute_give_away_word():
    flagged = [q["prompt"]["fr"] for q in questions("true_false") if ABSOLUTE_WORDS.search(q["prompt"]["fr"])]

    assert flagged == []


def test_the_right_single_choices_authored_position_varies():
    """Shown unshuffled, no position wins: the right choice is sometimes first, in at least three different
    positions, and no position holds more than 40 % of the right answers."""
    positions = Counter(
        [choice["correct"] for choice in q["choices"]].index(True) for q in questions("single_choice")
    )
    total = sum(positions.values())

    assert positions[0] >= 1, positions
    assert len(positions) >= 3, positions
    assert max(positions.values()) * 5 <= total * 2, positions


def test_demo_quiz_choices_are_the_same_in_every_language():
    """The same choices, right answers and steps in fr, en, es and ht (what the cue counts rely on)."""
    for kind in ("single_choice", "multiple_choice"):
        for question in questions(kind):
            for choice in question["choices"]:
                assert set(choice["text"]) == set(LANGUAGES), choice["text"]["fr"]
                assert set(choice["feedback"]) == set(LANGUAGES), choice["text"]["fr"]
            if kind == "single_choice":
                assert [c["correct"] for c in question["choices"]].count(True) == 1, question["prompt"]["fr"]
