"""A question type has one home: its block in quizzes/blocks.py (and its template). The block counts its
answers in a live session and in the item analysis, draws its chart's bars and makes a sample answer;
nothing else in the project switches on the types' names."""

import ast
import copy
import json
import random
import textwrap
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.utils import translation

from quizzes.blocks import QuestionsBlock
from quizzes.live import rules
from tests.helpers import message, multiple_choice, ordering, short_answer, single_choice, true_false
from tests.import_graph import ROOT, project_modules

MAKERS = {
    "single_choice": single_choice,
    "multiple_choice": multiple_choice,
    "true_false": true_false,
    "short_answer": short_answer,
    "ordering": ordering,
}
TYPE_NAMES = set(QuestionsBlock().child_blocks)


@pytest.fixture(autouse=True)
def in_english():
    """The bars' and options' labels in the language that is active: English here."""
    with translation.override("en"):
        yield


# -- no switch on the types' names outside quizzes/blocks.py ----------------------------------------------


def scanned_files():
    """The production modules (tests and migrations aside), the benchmarks, the operations scripts and the
    tests' shared helpers: everything that must ask the block rather than name its type."""
    paths = set(project_modules().values())
    paths |= set((ROOT / "benchmarks").rglob("*.py")) | set((ROOT / "ops").rglob("*.py"))
    paths.add(ROOT / "tests" / "helpers.py")
    return sorted(paths - {ROOT / "quizzes" / "blocks.py"})


def switches_on(source, names):
    """[(line, code)] of the comparisons, `match` cases and dispatch tables of `source` that name one of
    `names` (directly, in a literal tuple, list or set, or through a constant bound to such a literal)."""
    tree = ast.parse(source)

    def is_name(node):
        return isinstance(node, ast.Constant) and node.value in names

    def only_names(node):
        return isinstance(node, ast.Tuple | ast.List | ast.Set) and node.elts and all(map(is_name, node.elts))

    constants = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and (is_name(node.value) or only_names(node.value))
        for target in node.targets
        if isinstance(target, ast.Name)
    }

    def names_a_type(node):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return any(map(names_a_type, node.elts))
        return is_name(node) or (isinstance(node, ast.Name) and node.id in constants)

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(map(names_a_type, [node.left, *node.comparators])):
            found.append(node)
        elif isinstance(node, ast.match_case) and any(
            isinstance(pattern, ast.MatchValue) and is_name(pattern.value)
            for pattern in ast.walk(node.pattern)
        ):
            found.append(node.pattern)
        elif isinstance(node, ast.Dict) and any(is_name(key) for key in node.keys if key is not None):
            found.append(node)
    return sorted((node.lineno, ast.get_source_segment(source, node)) for node in found)


def test_nothing_outside_the_blocks_switches_on_a_question_types_name():
    switches = {
        str(path.relative_to(ROOT)): found
        for path in scanned_files()
        if (found := switches_on(path.read_text(), TYPE_NAMES))
    }
    assert switches == {}


def test_the_scan_sees_a_switch_when_there_is_one():
    source = textwrap.dedent(
        """
        CHOICE_KINDS = ("single_choice", "multiple_choice")
        if block.name == "true_false": pass
        if kind in CHOICE_KINDS: pass
        if raw["type"] in ("short_answer", "ordering"): pass
        match kind:
            case "ordering": pass
        makers = {"single_choice": make_single}
        """
    )
    assert [line for line, _code in switches_on(source, TYPE_NAMES)] == [3, 4, 5, 7, 8]


def test_the_scan_leaves_data_that_names_a_type_alone():
    source = textwrap.dedent(
        """
        QUESTIONS = [("short_answer", {"prompt": "?"}), ("ordering", {"steps": []})]
        ordering = ["name"]
        if question.block.is_correct(question.value, response): pass
        if kind == "answer": pass
        """
    )
    assert switches_on(source, TYPE_NAMES) == []


# -- sample answers -----------------------------------------------------------------------------------------


def question_of(raw):
    """The StreamField child of one raw question block, as a quiz page has it."""
    return QuestionsBlock().to_python([copy.deepcopy(raw)])[0]


def posted(data):
    """`data` as a Django view gets it from the quiz page's form."""
    return QueryDict(urlencode(data, doseq=True))


def test_every_question_type_is_tested_here():
    assert set(MAKERS) == TYPE_NAMES


@pytest.mark.parametrize("correct", [True, False])
@pytest.mark.parametrize("kind", MAKERS)
def test_a_sample_answer_is_accepted_and_graded_as_asked(kind, correct):
    question = question_of(MAKERS[kind]())
    block, value = question.block, question.value

    data = block.sample_answer(value, correct=correct)

    for sent in (data, posted(data)):  # as a test client's dict, and as the form's fields
        assert block.is_correct(value, block.parse(value, sent)) is correct, (kind, sent)


@pytest.mark.parametrize("kind", MAKERS)
def test_wrong_sample_answers_chosen_at_random_are_valid_and_wrong(kind):
    question = question_of(MAKERS[kind]())
    block, value = question.block, question.value
    rng = random.Random(7)  # noqa: S311 - made-up answers, not security

    responses = set()
    for _ in range(30):
        response = block.parse(value, posted(block.sample_answer(value, correct=False, rng=rng)))
        assert block.is_correct(value, response) is False
        responses.add(repr(response))
    right = block.parse(value, posted(block.sample_answer(value, rng=rng)))
    assert block.is_correct(value, right) is True
    if kind in ("single_choice", "multiple_choice", "short_answer"):  # several wrong answers to choose from
        assert len(responses) > 1, kind


def test_the_sample_answers_are_the_form_fields_of_each_type():
    single, multiple = question_of(single_choice(correct=1)), question_of(multiple_choice(correct=(0, 2)))
    choices = [child.id for child in single.value["choices"].bound_blocks]
    ticks = [child.id for child in multiple.value["choices"].bound_blocks]
    assert single.block.sample_answer(single.value) == {"choice": choices[1]}
    assert single.block.sample_answer(single.value, correct=False) == {"choice": choices[0]}
    assert multiple.block.sample_answer(multiple.value) == {"choice": [ticks[0], ticks[2]]}
    assert multiple.block.sample_answer(multiple.value, correct=False) == {"choice": [ticks[1]]}

    statement = question_of(true_false(answer=False))
    assert statement.block.sample_answer(statement.value) == {"answer": "false"}
    assert statement.block.sample_answer(statement.value, correct=False) == {"answer": "true"}

    words = question_of(short_answer(accepted=("ete", "l'été")))
    assert words.block.sample_answer(words.value) == {"answer": "ete"}
    assert words.block.sample_answer(words.value, correct=False) == {"answer": "wrong answer"}

    steps = question_of(ordering(count=3))
    ids = [child.id for child in steps.value["steps"].bound_blocks]
    assert steps.block.sample_answer(steps.value) == {f"position-{id}": str(n) for n, id in enumerate(ids, 1)}
    assert steps.block.sample_answer(steps.value, correct=False) == {
        f"position-{ids[0]}": "3",
        f"position-{ids[1]}": "2",
        f"position-{ids[2]}": "1",
    }


def test_a_wrong_short_sample_answer_is_never_an_accepted_one():
    words = question_of(short_answer(accepted=("Wrong answer", "another ANSWER")))

    data = words.block.sample_answer(words.value, correct=False)

    assert data == {"answer": "I do not know"}


# -- a live session's counts and bars ----------------------------------------------------------------------


def bars_of(result):
    return [(bar.label, bar.count, bar.percent, bar.correct, bar.is_option) for bar in result.bars]


def live(raw, responses):
    """The live result of one question answered with `responses` ((response, is_correct) pairs)."""
    question = question_of(raw)
    counts = rules.count_responses(question, responses)
    answered = len(responses)
    return counts, rules.question_result(1, question, counts, answered, sum(c for _r, c in responses))


def test_a_single_choice_question_counts_and_draws_each_choice():
    raw = single_choice(name="s", correct=1, count=3)
    c0, c1, c2 = (item["id"] for item in raw["value"]["choices"])

    counts, result = live(raw, [([c1], True), ([c0], False), ([c0], False)])

    assert counts == {c0: 2, c1: 1, c2: 0}
    assert bars_of(result) == [
        ("s: choice 0", 2, 67, False, True),
        ("s: choice 1", 1, 33, True, True),
        ("s: choice 2", 0, 0, False, True),
    ]
    assert (result.top_wrong.label, result.top_wrong.count) == ("s: choice 0", 2)
    assert result.worth_discussing


def test_a_multiple_choice_question_counts_every_ticked_choice():
    raw = multiple_choice(name="m", correct=(0, 2), count=4)
    c0, c1, c2, c3 = (item["id"] for item in raw["value"]["choices"])

    counts, result = live(raw, [([c0, c2], True), ([c0], False), ([c1, "unknown"], False), ([c0, c2], True)])

    assert counts == {c0: 3, c1: 1, c2: 2, c3: 0}
    assert [(label, count, percent, correct) for label, count, percent, correct, _o in bars_of(result)] == [
        ("m: choice 0", 3, 75, True),
        ("m: choice 1", 1, 25, False),
        ("m: choice 2", 2, 50, True),
        ("m: choice 3", 0, 0, False),
    ]
    assert (result.top_wrong.label, result.top_wrong.count) == ("m: choice 1", 1)


def test_a_true_or_false_question_counts_true_and_false():
    counts, result = live(
        true_false(answer=False), [(True, False), (False, True), (False, True), (False, True)]
    )

    assert counts == {"true": 1, "false": 3}
    assert bars_of(result) == [
        (message("True", "en"), 1, 25, False, True),
        (message("False", "en"), 3, 75, True, True),
    ]
    assert (result.top_wrong.count, result.worth_discussing) == (1, False)


@pytest.mark.parametrize(
    ("raw", "responses"),
    [
        (short_answer(), [("ete", True), ("hiver", False), ("hiver", False)]),
        (ordering(), [(["a", "b"], True), (["b", "a"], False), (["b", "a"], False)]),
    ],
)
def test_answers_in_words_or_by_order_count_right_and_other_answers_and_no_option(raw, responses):
    counts, result = live(raw, responses)

    assert counts == {"right": 1, "wrong": 2}
    assert bars_of(result) == [
        (message("Right answer", "en"), 1, 33, True, False),
        (message("Other answer", "en"), 2, 67, False, False),
    ]
    assert result.top_wrong is None  # no free text is kept: the other answers are not one option
    assert result.worth_discussing


@pytest.mark.parametrize("kind", MAKERS)
def test_counts_kept_from_a_finished_session_draw_the_same_bars(kind):
    """The counts are stored as JSON once the session finishes; read back they draw the same chart, and
    nobody answering draws empty bars."""
    question = question_of(MAKERS[kind]())
    block, value = question.block, question.value
    responses = [
        (block.parse(value, posted(block.sample_answer(value, correct))), correct)
        for correct in (True, False)
    ]
    counts = block.count_responses(value, responses)

    assert block.chart_bars(value, json.loads(json.dumps(counts)), 2) == block.chart_bars(value, counts, 2)
    assert sum(bar.count for bar in block.chart_bars(value, counts, 2)) >= 2
    assert all(
        bar.count == bar.percent == 0 for bar in block.chart_bars(value, block.count_responses(value, []), 0)
    )


# -- the item analysis's options ----------------------------------------------------------------------------


def report(raw, responses):
    """(options as tuples, most chosen wrong) of one raw question in the item analysis."""
    block = QuestionsBlock().child_blocks[raw["type"]]
    options = block.report_options(raw["value"], responses)
    return [(o.id, o.label, o.correct, o.count) for o in options], block.most_chosen_wrong(options, responses)


def test_the_report_counts_each_choice_a_learner_ticked():
    raw = multiple_choice(name="m", correct=(0, 2), count=3)
    c0, c1, c2 = (item["id"] for item in raw["value"]["choices"])

    options, wrong = report(raw, {((c0, c2), True): 5, ((c1,), False): 3, ((c0, c1), False): 1})

    assert options == [
        (c0, "m: choice 0", True, 6),
        (c1, "m: choice 1", False, 4),
        (c2, "m: choice 2", True, 5),
    ]
    assert wrong == ("m: choice 1", 4)


def test_the_report_counts_true_and_false():
    options, wrong = report(true_false(answer=True), {(True, True): 2, (False, False): 7})

    assert options == [(True, message("True", "en"), True, 2), (False, message("False", "en"), False, 7)]
    assert wrong == (message("False", "en"), 7)


def test_the_report_gives_the_most_often_written_wrong_short_answer():
    options, wrong = report(
        short_answer(), {("ete", True): 9, ("Hiver", False): 2, ("hiver ", False): 2, ("automne", False): 3}
    )

    assert options == []
    assert wrong == ("hiver", 4)


def test_the_report_has_no_option_nor_wrong_answer_to_show_for_an_ordering():
    assert report(ordering(), {(("a", "b"), True): 3, (("b", "a"), False): 4}) == ([], (None, 0))


def test_nobody_answering_gives_no_wrong_choice():
    raw = single_choice()

    options, wrong = report(raw, {})

    assert [count for _id, _label, _correct, count in options] == [0, 0, 0, 0]
    assert wrong == (None, 0)
