"""Reading Moodle's GIFT format (quizzes.gift): each construct, what becomes which of our types, and what
is left out with its line and reason."""

import pytest
from django.utils import translation

from quizzes import gift


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def read(text, encoding="utf-8"):
    return gift.read(text.encode(encoding))


def only(text):
    """The one question `text` imports (and nothing skipped)."""
    reading = read(text)
    assert reading.skipped == []
    assert len(reading.questions) == 1
    return reading.questions[0]


def skipped(text):
    """The reasons of what `text` leaves out (and nothing imported)."""
    reading = read(text)
    assert reading.questions == []
    return [(item.line, item.reason) for item in reading.skipped]


def choices(question):
    return [
        (item["value"]["text"], item["value"]["correct"], item["value"]["feedback"])
        for item in question.value["choices"]
    ]


# -- the four types we have ---------------------------------------------------------------------------------


def test_one_right_answer_among_wrong_ones_is_a_single_choice_with_its_feedback():
    question = only("::Capital::What is the capital? {=Paris#Yes! ~Lyon#No ~Nice####It is Paris.}")

    assert (question.line, question.title, question.block_type) == (1, "Capital", "single_choice")
    assert question.value["prompt"] == "What is the capital?"
    assert choices(question) == [("Paris", True, "Yes!"), ("Lyon", False, "No"), ("Nice", False, "")]
    assert question.value["explanation"] == "<p>It is Paris.</p>"
    assert question.notes == []


def test_every_list_item_has_an_id_as_a_streamfield_stores_it():
    question = only("Q? {=a ~b}")

    assert all(item["type"] == "item" and len(item["id"]) == 36 for item in question.value["choices"])


def test_weighted_answers_without_equals_are_a_multiple_choice_whose_positive_ones_are_right():
    question = only("Colours? {~%50%red ~%50%blue ~%-100%cat ~%0%dog}")

    assert question.block_type == "multiple_choice"
    assert [(text, right) for text, right, _f in choices(question)] == [
        ("red", True),
        ("blue", True),
        ("cat", False),
        ("dog", False),
    ]


def test_thirds_that_round_to_100_make_a_multiple_choice():
    question = only("Q? {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}")

    assert [right for _t, right, _f in choices(question)] == [True, True, True, False]


@pytest.mark.parametrize(
    ("answers", "truth"),
    [("T", True), ("TRUE", True), ("true", True), ("F", False), ("FALSE", False)],
)
def test_true_or_false_in_every_spelling(answers, truth):
    question = only(f"The sun is a star. {{{answers}}}")

    assert (question.block_type, question.value["answer"]) == ("true_false", truth)
    assert question.value["prompt"] == "The sun is a star."


def test_true_or_false_per_answer_feedback_is_left_out_and_said_so():
    question = only("The sun is a star. {T#No, it is.#Right.####Stars shine.}")

    assert question.value["answer"] is True
    assert question.value["explanation"] == "<p>Stars shine.</p>"
    assert question.notes == [
        "Its feedback per answer is left out: a true or false question has only the explanation."
    ]


def test_only_equals_answers_are_a_short_answer_accepting_each():
    question = only("Two plus two? {=4 =four =%100%quatre}")

    assert question.block_type == "short_answer"
    assert [item["value"] for item in question.value["accepted_answers"]] == ["4", "four", "quatre"]


def test_a_question_without_general_feedback_is_imported_with_a_note_to_write_the_explanation():
    question = only("Two plus two? {=4}")

    assert question.value["explanation"] == ""
    assert question.notes == ["No general feedback: write the explanation before publishing."]


# -- the file's syntax --------------------------------------------------------------------------------------


def test_comments_blank_lines_and_line_numbers():
    text = "// a comment\n\n::A::First? {T}\n\n\n// another\n::B::\nSecond\non two lines? {=yes}\n"

    reading = read(text)

    assert [(q.line, q.title, q.value["prompt"]) for q in reading.questions] == [
        (3, "A", "First?"),
        (7, "B", "Second\non two lines?"),
    ]


def test_answers_over_several_lines():
    question = only("Capital?\n{\n  =Paris # Yes\n  ~Lyon\n  #### Paris.\n}")

    assert choices(question) == [("Paris", True, "Yes"), ("Lyon", False, "")]
    assert question.value["explanation"] == "<p>Paris.</p>"


def test_escaped_special_characters_are_text():
    question = only(r"Is 1\=1 \{really\} \#1\: yes\~no? {=a\=b#c\#d ~e\~f}")

    assert question.value["prompt"] == "Is 1=1 {really} #1: yes~no?"
    assert choices(question) == [("a=b", True, "c#d"), ("e~f", False, "")]


def test_an_escaped_colon_in_a_title():
    assert only(r"::Ratio 1\:2::Q? {T}").title == "Ratio 1:2"


def test_a_line_break_written_backslash_n():
    assert only(r"First line\nsecond line {T}").value["prompt"] == "First line\nsecond line"


def test_html_is_reduced_to_its_text_and_nothing_runs():
    question = only(
        "[html]<p>Is <b>this</b> &amp; that<script>alert(1)</script> true?</p> "
        "{=<i>yes</i> ~no####<p>Because <img src=x onerror=alert(1)>it is.</p>}"
    )

    assert question.value["prompt"] == "Is this & that true?"
    assert choices(question)[0] == ("yes", True, "")
    assert question.value["explanation"] == "<p>Because it is.</p>"


def test_the_explanation_is_escaped_text_in_paragraphs():
    question = only(r"[plain]Q? {T####<b>bold</b> & co\n\nSecond paragraph}")

    assert question.value["explanation"] == "<p>&lt;b&gt;bold&lt;/b&gt; &amp; co</p><p>Second paragraph</p>"


def test_plain_and_markdown_keep_their_text_as_written():
    assert only("[plain]Is 3 <b> 2? {T}").value["prompt"] == "Is 3 <b> 2?"
    assert only("[markdown]Is **this** true? {T}").value["prompt"] == "Is **this** true?"


def test_moodles_default_format_lets_html_through_so_it_is_reduced_too():
    assert only("Is <b>this</b> true? {T}").value["prompt"] == "Is this true?"


@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_utf8_with_or_without_a_byte_order_mark(bom):
    assert only(f"{bom}Ça va, l'été? {{=Wi}}").value["prompt"] == "Ça va, l'été?"


def test_windows_line_ends():
    reading = read("A? {T}\r\n\r\nB? {F}\r\n")

    assert [(q.line, q.value["prompt"]) for q in reading.questions] == [(1, "A?"), (3, "B?")]


def test_a_file_that_is_not_utf8_is_refused_with_a_message():
    with pytest.raises(gift.UnreadableFile, match="not text in UTF-8"):
        read("Été? {T}", encoding="latin-1")


# -- what cannot be imported, with its line and reason ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Write about it. {}", "An essay question: not one of our types."),
        ("Essay with feedback. {####Think.}", "An essay question: not one of our types."),
        ("Pi? {#3.14:0.01}", "A numerical question: not one of our types."),
        ("::M:: Pair them. {=cat -> animal =rose -> flower}", "A matching question: not one of our types."),
        ("The {~cat =dog} barks.", "A missing-word question (text after the answers): not one of our types."),
        ("Just a description.", "A description with no answers: not a question."),
        ("$CATEGORY: $course$/Labour", "A Moodle category: our quizzes have none, the line is left out."),
        ("Open? {=a ~b", "The answers' braces are not closed: add the missing }."),
        ("::Only a title::{T}", "The question has no text."),
        ("Q? {=a ~}", "An answer has no text."),
        ("Q? {=a}", None),  # imported: a check of the test itself
    ],
)
def test_each_kind_we_do_not_have_is_listed_with_its_reason(text, reason):
    reading = read(f"// first line\n{text}")

    if reason is None:
        assert reading.skipped == [] and len(reading.questions) == 1
    else:
        assert reading.questions == []
        assert [(item.line, item.reason) for item in reading.skipped] == [(2, reason)]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Q? {=a ~%50%b ~c}", "Percentages other than 0 and 100: our choices are right or wrong."),
        ("Q? {=a ~%-50%b}", "Percentages other than 0 and 100: our choices are right or wrong."),
        ("Q? {=a =b ~c}", "Several answers marked = among ~ answers: our single choice has one."),
        (
            "Q? {~%50%a ~%30%b ~c}",
            "The positive percentages do not add up to 100: no set of answers gets the full mark.",
        ),
        (
            "Q? {~a ~b}",
            "The positive percentages do not add up to 100: no set of answers gets the full mark.",
        ),
        ("Q? {=%50%half =full}", "Answers with partial credit: our short answers are right or wrong."),
        ("Q? {~only}", "A choice question needs at least two answers."),
        ("Q? {maybe}", "Its answers are not written with = and ~."),
    ],
)
def test_weights_our_types_cannot_express_are_refused(text, reason):
    assert skipped(text) == [(1, reason)]


def test_control_characters_are_refused():
    assert skipped("Q\u202e? {T}") == [(1, "Invisible control characters in the text: remove them.")]


def test_a_skipped_question_is_named_by_its_title_or_its_opening_words():
    reading = read("::Pi:: {#3.14}\n\nWrite an essay about the history of labour rights in the Caribbean. {}")

    assert [item.title for item in reading.skipped] == [
        "Pi",
        "Write an essay about the history of labour rights in the Car",
    ]


def test_what_is_importable_is_imported_beside_what_is_not():
    reading = read("A? {T}\n\nB? {}\n\nC? {=c}")

    assert [q.value["prompt"] for q in reading.questions] == ["A?", "C?"]
    assert [item.line for item in reading.skipped] == [3]


def test_the_reasons_are_in_the_active_language():
    with translation.override("fr"):
        reasons = skipped("Essay. {}")

    assert reasons[0][1] != "An essay question: not one of our types."
