"""Each question type renders itself: its block names one template, named after it, whose partials give
its answer fields on the quiz page, its right answer in the feedback, its printed form and its answer
key. The quiz page and the printed quiz only include them, so a new type needs nothing else."""

import copy
import re
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template.loader import get_template, render_to_string
from django.test import override_settings
from django.utils import translation
from wagtail import blocks

from quizzes.blocks import InvalidAnswer, QuestionBlock, QuestionsBlock
from quizzes.live import rules
from quizzes.models import QuizPage
from quizzes.presentation import question_views
from quizzes.tests.factories import choice_ids
from tests.helpers import (
    message,
    multiple_choice,
    ordering,
    right_choice_ids,
    short_answer,
    single_choice,
    step_ids,
    text_of,
    true_false,
    wrong_choice_ids,
)

KINDS = {
    "single_choice": single_choice,
    "multiple_choice": multiple_choice,
    "true_false": true_false,
    "short_answer": short_answer,
    "ordering": ordering,
}
PARTS = ["form_template", "right_answer_template", "print_template", "key_template"]


@pytest.fixture(autouse=True)
def in_french():
    """The templates render in the language that is active: French, as `message` gives it, whatever the
    tests before left active."""
    with translation.override("fr"):
        yield


def views(raw_questions, stream_block=None, answers=None, show_key=False, shuffle_choices=False):
    """The QuestionViews of raw question blocks, as the quiz page or the printed quiz gets them."""
    stream_block = stream_block or QuestionsBlock()
    quiz = SimpleNamespace(
        questions=stream_block.to_python(copy.deepcopy(raw_questions)),
        shuffle_choices=shuffle_choices,
        locale_id=None,
    )
    return question_views(quiz, None, answers or {}, show_key=show_key)


def view(raw, response=None, **kwargs):
    """The QuestionView of one raw question; answered (wrongly) with `response` unless it is None."""
    answer = SimpleNamespace(response=response, is_correct=False)
    return views([raw], answers={raw["id"]: answer} if response is not None else {}, **kwargs)[0]


def render(template_name, question, **context):
    return BeautifulSoup(render_to_string(template_name, {"question": question, **context}), "html.parser")


def ids(elements):
    return [element["id"] for element in elements]


def test_every_question_type_has_a_template_named_after_it_with_its_four_partials():
    for name, block in QuestionsBlock().child_blocks.items():
        assert block.question_template == f"quizzes/questions/{name}.html"
        for part in PARTS:
            assert get_template(getattr(block, part)) is not None, (name, part)


# -- the form on the quiz page -------------------------------------------------------------------------


def test_single_choice_form_offers_radio_buttons_and_marks_nothing_before_answering():
    raw = single_choice()
    question = view(raw)

    soup = render(question.block.form_template, question)

    inputs = soup.select("ul.choices input[type=radio][name=choice]")
    assert ids(inputs) == [f"choice-{id}" for id in choice_ids(raw)]
    assert [i["value"] for i in inputs] == choice_ids(raw)
    assert [label["for"] for label in soup.select("label")] == ids(inputs)
    assert soup.select(".right-answer, .mark, [checked], .hint") == []


def test_multiple_choice_form_offers_checkboxes_with_its_hint():
    raw = multiple_choice()
    question = view(raw)

    soup = render(question.block.form_template, question)

    inputs = soup.select("ul.choices input[type=checkbox][name=choice]")
    assert ids(inputs) == [f"choice-{id}" for id in choice_ids(raw)]
    assert text_of(soup.select_one("p.hint")) == message("Tick all that apply.")
    assert soup.select(".right-answer, .mark, [checked], input[type=radio]") == []


@pytest.mark.parametrize("kind", ["single_choice", "multiple_choice"])
def test_choice_form_marks_the_right_answers_and_checks_the_learners_once_answered(kind):
    raw = KINDS[kind]()
    question = view(raw, wrong_choice_ids(raw)[:1])

    soup = render(question.block.form_template, question)

    marked = [li.select_one("input")["value"] for li in soup.select("li.right-answer")]
    assert marked == right_choice_ids(raw)
    assert [text_of(mark) for mark in soup.select("li.right-answer .mark")] == [
        f"({message('right answer')})"
    ] * len(marked)
    assert [i["value"] for i in soup.select("input[checked]")] == wrong_choice_ids(raw)[:1]


def test_true_false_form_offers_true_and_false():
    raw = true_false()
    question = view(raw)

    soup = render(question.block.form_template, question)

    inputs = soup.select("input[type=radio][name=answer]")
    assert ids(inputs) == [f"q-{raw['id']}-true", f"q-{raw['id']}-false"]
    assert [i["value"] for i in inputs] == ["true", "false"]
    assert text_of(soup) == f"{message('True')} {message('False')}"
    assert soup.select("[checked]") == []
    answered = render(question.block.form_template, view(raw, True))
    assert ids(answered.select("input[checked]")) == [f"q-{raw['id']}-true"]


def test_short_answer_form_offers_a_text_field_that_keeps_the_answer():
    raw = short_answer()
    question = view(raw)

    soup = render(question.block.form_template, question)

    field = soup.select_one(f"input#q-{raw['id']}-answer")
    assert (field["type"], field["name"], field["maxlength"], field["value"]) == ("text", "answer", "200", "")
    assert soup.select_one("label")["for"] == f"q-{raw['id']}-answer"
    assert "ete" not in text_of(soup) and "ete" not in [i.get("value") for i in soup.select("input")]
    answered = render(question.block.form_template, view(raw, "automne"))
    assert answered.select_one(f"#q-{raw['id']}-answer")["value"] == "automne"


def test_ordering_form_asks_a_position_for_each_step_and_keeps_the_answer():
    raw = ordering()
    question = view(raw)

    soup = render(question.block.form_template, question)

    selects = soup.select("ol.ordering select")
    assert sorted(ids(selects)) == sorted(f"position-{id}" for id in step_ids(raw))
    assert [s["name"] for s in selects] == ids(selects)
    assert ids(selects) != [f"position-{id}" for id in step_ids(raw)]  # shuffled
    for select in selects:
        assert [o["value"] for o in select.select("option")] == ["", "1", "2", "3", "4"]
    assert soup.select("[selected]") == []
    answer = list(reversed(step_ids(raw)))
    answered = render(question.block.form_template, view(raw, answer))
    for id in step_ids(raw):
        selected = answered.select_one(f"#position-{id} option[selected]")
        assert selected["value"] == str(answer.index(id) + 1)


# -- the right answer in the feedback, the printed quiz and the answer key -------------------------------


RIGHT_ANSWERS = {
    "single_choice": f"{message('The right answer:')} single: choice 1",
    "multiple_choice": f"{message('The right answer:')} multiple: choice 0 · multiple: choice 2",
    "true_false": f"{message('The right answer:')} {message('False')}",
    "short_answer": f"{message('The right answer:')} ete",
    "ordering": f"{message('The right order:')} ordering: step 0 ordering: step 1 ordering: step 2 "
    "ordering: step 3",
}


@pytest.mark.parametrize("kind", KINDS)
def test_right_answer_partial_gives_the_right_answer(kind):
    question = view(KINDS[kind](), show_key=True)

    assert text_of(render(question.block.right_answer_template, question)) == RIGHT_ANSWERS[kind]


PRINTED = {
    "single_choice": f"{message('Tick one answer.')} ☐single: choice 0 ☐single: choice 1 ☐single: choice 2 "
    "☐single: choice 3",
    "multiple_choice": f"{message('Tick all that apply.')} ☐multiple: choice 0 ☐multiple: choice 1 "
    "☐multiple: choice 2 ☐multiple: choice 3",
    "true_false": f"☐{message('True')} ☐{message('False')}",
    "short_answer": "",
}
KEYS = {
    "single_choice": f"☐single: choice 0 ☑single: choice 1 — {message('right answer')} ☐single: choice 2 "
    "☐single: choice 3",
    "multiple_choice": f"☑multiple: choice 0 — {message('right answer')} ☐multiple: choice 1 "
    f"☑multiple: choice 2 — {message('right answer')} ☐multiple: choice 3",
    "true_false": f"{message('The right answer:')} {message('False')}",
    "short_answer": f"{message('Accepted answers:')} ete · l'été",
    "ordering": f"{message('The right order:')} ordering: step 0 ordering: step 1 ordering: step 2 "
    "ordering: step 3",
}


def printed_text(soup):
    return " ".join(soup.get_text(" ").replace("☐ ", "☐").replace("☑ ", "☑").split())


@pytest.mark.parametrize("kind", KINDS)
def test_printed_form_gives_no_answer_away(kind):
    question = view(KINDS[kind]())

    soup = render(question.block.print_template, question)

    assert soup.select(".right, .answer") == []
    assert "☑" not in str(soup)
    if kind == "ordering":
        assert text_of(soup.select_one("p.how-to")) == message(
            "Number the steps in the right order (1 comes first)."
        )
        shown = [text_of(li) for li in soup.select("ul.options li")]
        assert len(soup.select("ul.options li .position-box")) == 4
        assert sorted(shown) == [f"ordering: step {i}" for i in range(4)] != shown
    else:
        assert printed_text(soup) == PRINTED[kind]
    if kind == "short_answer":
        assert soup.select("div.write-in")


@pytest.mark.parametrize("kind", KINDS)
def test_answer_key_marks_the_right_answers(kind):
    question = view(KINDS[kind](), show_key=True)

    soup = render(question.block.key_template, question)

    assert printed_text(soup) == KEYS[kind]
    assert soup.select(".right")


# -- the pages include the types' own templates ------------------------------------------------------------


def normalised(html):
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", str(html))).strip()


def test_the_quiz_page_shows_each_question_with_its_types_form(started, quiz, questions):
    response = started.get(quiz.get_url())
    soup = BeautifulSoup(response.content.decode(), "html.parser")

    for question in response.context["questions"]:
        fieldset = soup.select_one(f"#question-{question.id} fieldset")
        fieldset.legend.decompose()
        expected = render(question.block.form_template, question)
        assert normalised(fieldset.decode_contents()) == normalised(expected.decode()), question.block.name


class NumericQuestionBlock(QuestionBlock):
    """A type the project does not have: what adding one takes (see the test below)."""

    answer = blocks.DecimalBlock()

    question_template = "quizzes/questions/numeric.html"

    def parse(self, value, data):
        try:
            return str(Decimal(data.get("answer", "")))
        except InvalidOperation:
            raise InvalidAnswer("Write a number.") from None

    def is_correct(self, value, response):
        return Decimal(response) == value["answer"]

    def correct_labels(self, value):
        return [str(value["answer"])]

    def sample_answer(self, value, correct=True, rng=None):
        return {"answer": str(value["answer"] if correct else value["answer"] + 1)}


class QuestionsWithNumericBlock(QuestionsBlock):
    numeric = NumericQuestionBlock()


NUMERIC_TEMPLATE = """{% load partials %}
{% partialdef form %}<input type="number" name="answer" id="q-{{ question.id }}-answer" \
value="{{ question.chosen|default_if_none:'' }}">{% endpartialdef %}
{% partialdef right-answer %}<p class="numeric-right">{{ question.correct_labels.0 }}</p>{% endpartialdef %}
{% partialdef print %}<div class="numeric-box"></div>{% endpartialdef %}
{% partialdef key %}<p class="numeric-key">{{ question.correct_labels.0 }}</p>{% endpartialdef %}
"""


@pytest.fixture
def numeric_template(tmp_path):
    """The numeric type's template, in a template directory of its own."""
    folder = tmp_path / "quizzes" / "questions"
    folder.mkdir(parents=True)
    (folder / "numeric.html").write_text(NUMERIC_TEMPLATE)
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    with override_settings(TEMPLATES=templates):
        yield


NUMERIC = {
    "type": "numeric",
    "id": "5b0e8f0e-2f4c-4c57-9d0a-1f6f1b1c7e01",
    "value": {"prompt": "Combien ?", "explanation": "<p>Parce que.</p>", "standard": None, "answer": "87"},
}


def numeric_views(**kwargs):
    return views([NUMERIC, single_choice()], stream_block=QuestionsWithNumericBlock(), **kwargs)


@pytest.mark.django_db
def test_a_new_question_type_needs_only_its_block_and_its_template(numeric_template):
    """Nothing in quizzes/presentation.py, the quiz page or the printed quiz knows the types: a numeric
    question, declared here as a block and a template, shows on the page, in its feedback, in print and
    in the answer key."""
    page = QuizPage(pk=1, title="Quiz", slug="quiz")  # unsaved: the form's plain action has no address
    context = {"page": page, "attempt": SimpleNamespace(is_open=True), "show_key": False}

    question = numeric_views()[0]
    soup = render("quizzes/quiz_page.html#question", question, **context)
    assert soup.select_one(f"#question-{NUMERIC['id']} fieldset input[type=number]")["value"] == ""
    assert soup.select(".feedback, .numeric-right") == []
    assert "87" not in str(soup)

    answered = numeric_views(answers={NUMERIC["id"]: SimpleNamespace(response="12", is_correct=False)})[0]
    soup = render("quizzes/quiz_page.html#question", answered, **context)
    assert soup.select_one(f"#q-{NUMERIC['id']}-answer")["value"] == "12"
    assert text_of(soup.select_one(".feedback .numeric-right")) == "87"

    pdf_context = {"quiz": page, "toolkit": page, "content_language": "fr"}
    printed = render_to_string(
        "pedagogy_tools/pdf/quiz.html", {**pdf_context, "questions": numeric_views(), "answer_key": False}
    )
    assert 'class="numeric-box"' in printed and "87" not in printed
    key = render_to_string(
        "pedagogy_tools/pdf/quiz.html",
        {**pdf_context, "questions": numeric_views(show_key=True), "answer_key": True},
    )
    assert '<p class="numeric-key">87</p>' in key
    assert "☑" in key  # the other question's key, next to it


def test_a_new_question_type_is_counted_live_and_in_the_report_by_its_block_alone():
    """The numeric type, with nothing but its block, makes sample answers, and its answers are counted in a
    live session (right and other answers: no option to pick) and in the item analysis."""
    question = QuestionsWithNumericBlock().to_python([copy.deepcopy(NUMERIC)])[0]
    block, value = question.block, question.value
    responses = [
        (block.parse(value, block.sample_answer(value, correct=correct)), correct)
        for correct in (True, False, False)
    ]
    assert [block.is_correct(value, response) for response, _correct in responses] == [True, False, False]

    result = rules.question_result(1, question, rules.count_responses(question, responses), 3, 1)

    assert [(bar.count, bar.percent, bar.correct) for bar in result.bars] == [(1, 33, True), (2, 67, False)]
    assert result.top_wrong is None
    assert block.report_options(NUMERIC["value"], {("88", False): 2}) == []
    assert block.most_chosen_wrong([], {("88", False): 2}) == (None, 0)
