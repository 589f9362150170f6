"""One learner, four languages: an attempt started on the French quiz continues on its English translation
and on its aliases, because attempts follow the quiz's translation_key and answers its block ids."""

import copy

import pytest
from wagtail_localize.synctree import synchronize_tree

from learning.demo.translate import translate_like
from quizzes.models import Answer, QuizAttempt, QuizPage
from quizzes.tests.html import section
from tests.helpers import (
    CONFIRM_FINISH,
    HTMX,
    answer_data,
    answer_url,
    finish_url,
    parse,
    start_url,
    text_of,
    translate_into_english,
)

TRANSLATED = ("prompt", "explanation", "text", "feedback")


def in_english(text):
    """Our test texts read "single: prompt?"; their English is "single (en): prompt?"."""
    return text.replace(":", " (en):", 1)


def english_questions(raw):
    """The French questions' raw data with the same block and item ids and the texts "translated"."""
    questions = copy.deepcopy(list(raw))
    for block in questions:
        value = block["value"]
        for name in ("prompt", "explanation"):
            value[name] = in_english(value[name])
        for item in value.get("choices", []):
            item["value"] = {**item["value"], "text": in_english(item["value"]["text"])}
            item["value"]["feedback"] = in_english(item["value"]["feedback"])
        for item in value.get("steps", []):
            item["value"] = in_english(item["value"])
    return questions


def english_quiz(quiz):
    """An unsaved English copy of the French quiz, for `translate_like`."""
    return QuizPage(
        translation_key=quiz.translation_key,
        title="Quiz (en)",
        slug="quiz-en",
        intro="<p>Quiz introduction.</p>",
        pass_mark=quiz.pass_mark,
        questions=english_questions(quiz.questions.raw_data),
    )


@pytest.fixture
def english(locales, course_tree, quiz, django_capture_on_commit_callbacks):
    """The quiz translated into English (its course chain too), as an editor would with wagtail-localize."""
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    translate_into_english(chain, locales["en"], django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        translate_like(quiz, locales["en"], english_quiz(quiz))
    translated = quiz.get_translation(locales["en"]).specific
    assert translated.alias_of_id is None
    assert translated.live
    return translated


@pytest.fixture
def aliases(locales, quiz, django_capture_on_commit_callbacks):
    """The quiz as synchronised aliases in Spanish and Haitian Creole."""
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["es"])
        synchronize_tree(locales["fr"], locales["ht"])
    return {code: quiz.get_translation(locales[code]).specific for code in ("es", "ht")}


def ids(page):
    """Every question id and every choice/step/accepted-answer id of a quiz page, in order."""
    found = []
    for block in page.questions.raw_data:
        found.append(block["id"])
        for name in ("choices", "steps", "accepted_answers"):
            found += [item["id"] for item in block["value"].get(name, [])]
    return found


def test_the_translation_keeps_the_question_and_choice_ids(quiz, english):
    assert english.url.startswith("/en/")
    assert ids(english) == ids(quiz)
    assert english.questions.raw_data[0]["value"]["prompt"] == "single (en): prompt?"


def test_an_attempt_started_in_french_continues_on_the_english_page(client, quiz, english, questions):
    client.post(start_url(quiz))
    client.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)

    page = client.get(english.get_url())

    assert page.status_code == 200
    soup = parse(page)
    assert soup.select_one("form.start") is None
    answered = section(page, questions[0]["id"])
    assert answered.select_one("fieldset").has_attr("disabled")
    assert "single (en): feedback 1" in text_of(answered.select_one(".feedback"))
    assert "single (en): prompt?" in text_of(answered)
    for block in questions[1:]:
        assert section(page, block["id"]).select_one("button[type=submit]") is not None
    assert soup.select_one("#quiz-progress progress")["value"] == "1"


def test_answering_on_the_english_page_adds_to_the_french_attempt(client, quiz, english, questions):
    client.post(start_url(quiz))
    client.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)

    response = client.post(answer_url(english, questions[1]), answer_data(questions[1]), headers=HTMX)

    assert response.status_code == 200
    assert "multiple (en): explanation" in text_of(response)
    attempt = QuizAttempt.objects.get()
    assert attempt.quiz_key == quiz.translation_key
    assert sorted(attempt.answers.values_list("question_id", flat=True)) == sorted(
        [questions[0]["id"], questions[1]["id"]]
    )
    assert parse(response).select_one("#quiz-progress progress")["value"] == "2"


def test_starting_on_the_english_page_continues_the_french_attempt(client, quiz, english, questions):
    client.post(start_url(quiz))
    client.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)

    response = client.post(start_url(english))

    assert response["Location"].startswith(english.get_url())
    assert QuizAttempt.objects.count() == 1
    assert Answer.objects.count() == 1


def test_a_quiz_finished_in_english_shows_its_result_in_french(client, quiz, english, questions):
    client.post(start_url(quiz))
    for block in questions:
        client.post(answer_url(english, block), answer_data(block), headers=HTMX)

    client.post(finish_url(english), CONFIRM_FINISH)

    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (100, True)
    assert parse(client.get(quiz.get_url())).select_one("#results .score.passed") is not None


def test_a_second_answer_in_another_language_is_still_one_answer(client, quiz, english, questions):
    block = questions[0]
    client.post(start_url(quiz))
    client.post(answer_url(quiz, block), answer_data(block, right=False), headers=HTMX)

    same = client.post(answer_url(english, block), answer_data(block, right=False), headers=HTMX)
    different = client.post(answer_url(english, block), answer_data(block, right=True), headers=HTMX)

    assert same.status_code == 200
    assert different.status_code == 409
    assert Answer.objects.count() == 1


@pytest.mark.parametrize("code", ["es", "ht"])
def test_an_alias_continues_the_french_attempt(client, quiz, aliases, questions, code):
    alias = aliases[code]
    assert alias.alias_of_id == quiz.pk
    assert alias.url.startswith(f"/{code}/")
    client.post(start_url(quiz))
    client.post(answer_url(quiz, questions[0]), answer_data(questions[0]), headers=HTMX)

    page = client.get(alias.get_url())
    response = client.post(answer_url(alias, questions[1]), answer_data(questions[1]), headers=HTMX)

    assert section(page, questions[0]["id"]).select_one(".feedback") is not None
    assert section(page, questions[1]["id"]).select_one(".feedback") is None
    assert response.status_code == 200
    attempt = QuizAttempt.objects.get()
    assert attempt.answers.count() == 2


def test_an_alias_started_attempt_continues_on_the_other_alias(client, aliases, questions):
    client.post(start_url(aliases["es"]))
    client.post(answer_url(aliases["es"], questions[0]), answer_data(questions[0]), headers=HTMX)

    client.post(answer_url(aliases["ht"], questions[1]), answer_data(questions[1]), headers=HTMX)
    client.post(finish_url(aliases["ht"]), CONFIRM_FINISH)

    attempt = QuizAttempt.objects.get()
    assert attempt.answers.count() == 2
    assert attempt.score == 40
