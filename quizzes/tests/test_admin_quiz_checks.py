"""Issue 21, item 1: a quiz no learner can get right never reaches the committee. Each question type checks
itself when an editor submits or publishes (a single choice has exactly one right choice, a select-all at
least one, an ordering two steps, a short answer an accepted answer), the pass mark is from 1 to 100, and
the refusal shows on the question's field, in the editor's admin language, with what was typed kept.
Everything goes through the admin's own create and edit views, as an editor's browser posts them."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from quizzes.models import QuizPage
from tests.helpers import make_quiz, message, parse, single_choice

SUBMIT = {"action-submit": "Submit to Pedagogical committee review"}
NO_RIGHT_CHOICE = "Tick the right choice: a single-choice question has exactly one."
ONE_RIGHT_CHOICE = "A single-choice question has exactly one right choice: untick the others."
NO_RIGHT_ANSWERS = "Tick at least one right choice."
TWO_CHOICES = "Give at least two choices."
TWO_STEPS = "Give at least two steps to put in order."
ONE_ACCEPTED = "Give at least one accepted answer."
PASS_MARK = "The pass mark is a percentage from 1 to 100."


def listed(items):
    """A ListBlock's items as the admin form posts them."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(items)
    }
    return {**data, "count": str(len(items))}


def question(prompt, **fields):
    """The fields every question posts, with `fields` (the type's own) beside them."""
    return {
        "prompt": prompt,
        "explanation": rich_text("<p>Pourquoi.</p>"),
        "standard": "",
        "lesson": "",
        **fields,
    }


def choices(*flags):
    """Choice items, ticked right where the flag is true (an unticked box posts nothing)."""
    return listed(
        [
            {"text": f"Choix {n}", "feedback": "", **({"correct": "on"} if right else {})}
            for n, right in enumerate(flags)
        ]
    )


def single(*flags, prompt="Quelle convention protège la liberté syndicale ?"):
    return ("single_choice", question(prompt, choices=choices(*flags)))


def select_all(*flags, prompt="Cochez les droits fondamentaux."):
    return ("multiple_choice", question(prompt, choices=choices(*flags)))


def ordering(*steps, prompt="Remettez les étapes dans l'ordre."):
    return ("ordering", question(prompt, steps=listed(list(steps))))


def short(*accepted, prompt="Quel numéro porte la convention sur la liberté syndicale ?"):
    return ("short_answer", question(prompt, accepted_answers=listed(list(accepted))))


def true_or_false(prompt="La grève est un droit."):
    return ("true_false", question(prompt, answer="on"))


def quiz_form(questions, pass_mark=70, title="Quiz du module", slug="quiz-du-module"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": rich_text(""),
            "pass_mark": pass_mark,
            "shuffle_choices": "on",
            "questions": streamfield(questions),
            "comments": inline_formset([]),
        }
    )


@pytest.fixture
def module(course_tree):
    return course_tree["module"]


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client


def create_url(module):
    return reverse("wagtailadmin_pages:add", args=["quizzes", "quizpage", module.pk])


def submit_new(client, module, questions, **form):
    return client.post(create_url(module), {**quiz_form(questions, **form), **SUBMIT})


def field_messages(error):
    """The messages of one field of a question: above a list's items, or the field's own."""
    if hasattr(error, "non_block_errors"):
        return [text for item in error.non_block_errors.as_data() for text in item.messages]
    return error.messages


def question_errors(response):
    """{(question index, field): [messages]} of the re-rendered form's questions."""
    errors = response.context["form"].errors["questions"].as_data()[0]
    return {
        (index, field): field_messages(error)
        for index, question_error in errors.block_errors.items()
        for field, error in question_error.block_errors.items()
    }


def shown_questions(response):
    """(the questions as the re-rendered form shows them, the errors it shows on them): the arguments
    Wagtail's StreamField widget is drawn from."""
    stream = parse(response).select_one("[data-w-block-arguments-value]")
    values, errors = json.loads(stream["data-w-block-arguments-value"])
    return values, errors


def assert_refused(response, module):
    """The form comes back (200), and nothing was created or submitted."""
    assert response.status_code == 200
    assert not QuizPage.objects.child_of(module).exists()
    assert not Revision.objects.filter(content_type__model="quizpage").exists()


@pytest.mark.parametrize(
    ("questions", "field", "error"),
    [
        ([single(False, False, False)], "choices", NO_RIGHT_CHOICE),
        ([single(True, False, True)], "choices", ONE_RIGHT_CHOICE),
        ([single(True)], "choices", TWO_CHOICES),
        ([select_all(False, False, False)], "choices", NO_RIGHT_ANSWERS),
        ([ordering("Une seule étape")], "steps", TWO_STEPS),
        ([short()], "accepted_answers", ONE_ACCEPTED),
    ],
    ids=["single-none-right", "single-two-right", "single-one-choice", "all-none-right", "one-step", "none"],
)
def test_a_question_no_learner_can_get_right_is_refused_on_the_question(
    signed_in, module, questions, field, error
):
    response = submit_new(signed_in, module, [true_or_false(), *questions])

    assert_refused(response, module)
    assert question_errors(response) == {(1, field): [message(error)]}


def test_every_faulty_question_shows_its_own_error_and_what_was_typed_is_kept(signed_in, module):
    questions = [single(False, False, prompt="Première question ?"), ordering("Seule", prompt="Deuxième ?")]

    response = submit_new(signed_in, module, questions)

    assert_refused(response, module)
    assert question_errors(response) == {
        (0, "choices"): [message(NO_RIGHT_CHOICE)],
        (1, "steps"): [message(TWO_STEPS)],
    }
    values, errors = shown_questions(response)
    assert [value["value"]["prompt"] for value in values] == ["Première question ?", "Deuxième ?"]
    assert [item["value"]["text"] for item in values[0]["value"]["choices"]] == ["Choix 0", "Choix 1"]
    assert [item["value"] for item in values[1]["value"]["steps"]] == ["Seule"]
    assert errors == {
        "blockErrors": {
            "0": {"blockErrors": {"choices": {"messages": [message(NO_RIGHT_CHOICE)]}}},
            "1": {"blockErrors": {"steps": {"messages": [message(TWO_STEPS)]}}},
        }
    }
    assert parse(response).select_one("#id_title")["value"] == "Quiz du module"


@pytest.mark.parametrize("language", ["fr", "en", "es", "ht"])
def test_the_error_is_in_the_editors_admin_language(signed_in, module, editor, language):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()

    response = submit_new(signed_in, module, [single(False, False)])

    assert_refused(response, module)
    assert question_errors(response) == {(0, "choices"): [message(NO_RIGHT_CHOICE, language)]}
    assert message(NO_RIGHT_CHOICE, language) != NO_RIGHT_CHOICE or language == "en"


@pytest.mark.parametrize("pass_mark", [0, 101])
def test_a_pass_mark_outside_1_to_100_is_refused_on_the_field(signed_in, module, pass_mark):
    response = submit_new(signed_in, module, [single(True, False)], pass_mark=pass_mark)

    assert_refused(response, module)
    assert response.context["form"].errors["pass_mark"] == [message(PASS_MARK)]


@pytest.mark.parametrize("pass_mark", [1, 100])
def test_a_sound_quiz_is_submitted_to_the_committee(signed_in, module, pass_mark):
    questions = [
        single(False, True, False),
        select_all(True, False, True),
        true_or_false(),
        short("87", "C087"),
        ordering("Préparer", "Négocier", "Signer"),
    ]

    response = submit_new(signed_in, module, questions, pass_mark=pass_mark)

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    quiz = QuizPage.objects.child_of(module).get()
    assert quiz.workflow_in_progress
    submitted = quiz.get_latest_revision_as_object()
    assert [block.block_type for block in submitted.questions] == [
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "ordering",
    ]
    assert submitted.pass_mark == pass_mark


def test_a_published_quiz_edited_to_have_no_right_answer_is_refused_and_unchanged(signed_in, module):
    quiz = make_quiz(module, questions=[single_choice()])
    revisions = Revision.objects.filter(object_id=str(quiz.pk)).count()
    url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    form = quiz_form([single(False, False, False)], title=quiz.title, slug=quiz.slug)

    response = signed_in.post(url, {**form, **SUBMIT})

    assert response.status_code == 200
    assert question_errors(response) == {(0, "choices"): [message(NO_RIGHT_CHOICE)]}
    assert Revision.objects.filter(object_id=str(quiz.pk)).count() == revisions
    quiz.refresh_from_db()
    assert not quiz.workflow_in_progress
    assert [choice["correct"] for choice in quiz.questions[0].value["choices"]] == [False, True, False, False]


def test_a_draft_keeps_an_unfinished_question_until_it_is_submitted(signed_in, module):
    """As Wagtail does for required fields, "Save draft" (and the admin's autosave) keeps unfinished work:
    the check waits for the submission."""
    response = signed_in.post(create_url(module), quiz_form([single(False, False)]))

    assert response.status_code == 302
    quiz = QuizPage.objects.child_of(module).get()
    assert not quiz.live and not quiz.workflow_in_progress

    response = signed_in.post(
        reverse("wagtailadmin_pages:edit", args=[quiz.pk]), {**quiz_form([single(False, False)]), **SUBMIT}
    )

    assert response.status_code == 200
    assert question_errors(response) == {(0, "choices"): [message(NO_RIGHT_CHOICE)]}
    quiz.refresh_from_db()
    assert not quiz.workflow_in_progress
