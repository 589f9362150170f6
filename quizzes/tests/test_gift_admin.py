"""The admin's "Import questions (GIFT)" through real requests: upload, preview, confirm into a new draft
revision (never published); bad files and refusals change nothing; and a file with one question of each
of the four types, imported, published, then answered by a learner as the GIFT key says."""

import base64

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry, Revision
from wagtail.users.models import UserProfile

from learning.models import SESSION_KEY
from quizzes import admin_views, gift, gift_import
from quizzes.models import Answer, QuizPage
from tests.helpers import (
    answer_url,
    main_text,
    make_user_with_permissions,
    message,
    normalise,
    parse,
    start_url,
    text_of,
)

FOUR = """// One question of each of our four types
::Capital::What is the capital of Haiti? {
  =Port-au-Prince#Yes.
  ~Cap-Haïtien#No, it is in the north.
  ####Port-au-Prince has been the capital since 1770.
}

::Rights::Which are labour rights? {
  ~%50%Freedom of association
  ~%50%Equal pay
  ~%-100%Working without a contract
  ####Both are in the ILO's fundamental conventions.
}

::Forced::Forced labour is allowed. {F####Convention C029 forbids it.}

::Body::Which organisation adopted convention C087? {
  =ILO =International Labour Organization
  ####The ILO, in 1948.
}

::Essay::Tell us about your union. {}
"""


def upload_url(quiz):
    return reverse("quizzes_gift:upload", args=[quiz.pk])


def confirm_url(quiz):
    return reverse("quizzes_gift:confirm", args=[quiz.pk])


def gift_file(text=FOUR, name="bank.txt", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/plain")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editing(editor):
    return signed_in(editor)


def state(quiz):
    """What an import could change: the quiz's revisions, its live questions, its log."""
    quiz = QuizPage.objects.get(pk=quiz.pk)
    return (
        Revision.page_revisions.filter(object_id=str(quiz.pk)).count(),
        quiz.live_revision_id,
        [block.id for block in quiz.questions],
        PageLogEntry.objects.filter(page=quiz).count(),
    )


def preview(client, quiz, text=FOUR):
    response = client.post(upload_url(quiz), {"file": gift_file(text)})
    assert response.status_code == 200
    return response


def confirmed_data(response):
    return {"gift": parse(response).select_one("input[name=gift]")["value"]}


# -- the steps ----------------------------------------------------------------------------------------------


def test_the_upload_form_shows_with_an_example(editing, quiz):
    response = editing.get(upload_url(quiz))

    assert response.status_code == 200
    soup = parse(response)
    assert soup.select_one("form input[type=file][name=file]") is not None
    assert "::Capital::" in text_of(soup.select_one("pre"))


def test_the_preview_lists_what_will_be_imported_and_what_will_not_and_changes_nothing(editing, quiz):
    before = state(quiz)

    response = preview(editing, quiz)

    text = main_text(response)
    for prompt in ("What is the capital of Haiti?", "Which are labour rights?", "Forced labour is allowed."):
        assert prompt in text
    assert f"Port-au-Prince — {message('right answer')}" in text
    essay = message("An essay question: not one of our types.")
    assert f"{message('Line %(line)s', line=22)} · Essay {essay}" in text
    assert parse(response).select_one("form[action$='/confirm/'] button[type=submit]") is not None
    assert state(quiz) == before


def test_confirming_appends_the_questions_to_a_new_draft_and_publishes_nothing(editing, editor, quiz):
    live_before = [block.id for block in quiz.questions]
    revisions_before = state(quiz)[0]

    response = editing.post(confirm_url(quiz), confirmed_data(preview(editing, quiz)))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    quiz = QuizPage.objects.get(pk=quiz.pk)
    assert [block.id for block in quiz.questions] == live_before  # the live page has not changed
    assert quiz.has_unpublished_changes
    draft = quiz.get_latest_revision()
    assert state(quiz)[0] == revisions_before + 1
    assert draft.user == editor
    questions = list(draft.as_object().questions)
    assert [block.id for block in questions[: len(live_before)]] == live_before
    assert [block.value["prompt"] for block in questions[len(live_before) :]] == [
        "What is the capital of Haiti?",
        "Which are labour rights?",
        "Forced labour is allowed.",
        "Which organisation adopted convention C087?",
    ]
    assert PageLogEntry.objects.filter(page=quiz, action="wagtail.edit", revision=draft).exists()
    follow = editing.get(response["Location"])
    with translation.override("fr"):
        assert normalise(admin_views.imported_text(4, "Quiz")) in main_text(follow)


def test_an_import_goes_after_the_editors_unpublished_draft(editing, editor, quiz):
    draft = quiz.get_latest_revision_as_object()
    draft.title = "Quiz, draft title"
    draft.save_revision(user=editor)

    editing.post(confirm_url(quiz), confirmed_data(preview(editing, quiz, "Q? {T####Yes.}")))

    latest = QuizPage.objects.get(pk=quiz.pk).get_latest_revision().as_object()
    assert latest.title == "Quiz, draft title"
    assert list(latest.questions)[-1].value["prompt"] == "Q?"


def test_the_buttons_lead_to_the_import_for_an_editor(editing, quiz):
    edit_page = editing.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))
    listing = editing.get(reverse("wagtailadmin_explore", args=[quiz.get_parent().pk]))

    assert parse(edit_page).select_one(f"a[href='{upload_url(quiz)}']") is not None
    assert parse(listing).select_one(f"a[href='{upload_url(quiz)}']") is not None


# -- bad files and refusals: a message, nothing changed ------------------------------------------------------


def test_a_file_that_is_not_utf8_is_refused_with_a_message(editing, quiz):
    before = state(quiz)

    response = editing.post(upload_url(quiz), {"file": gift_file("Été? {T}", encoding="latin-1")})

    assert response.status_code == 200
    assert message("The file is not text in UTF-8. Export it again from Moodle.") in main_text(response)
    assert parse(response).select_one("input[name=gift]") is None
    assert state(quiz) == before


def test_a_file_with_no_importable_question_says_so_and_lists_why(editing, quiz):
    before = state(quiz)

    response = editing.post(upload_url(quiz), {"file": gift_file("Essay? {}\n\nPi? {#3.14}")})

    text = main_text(response)
    assert message("No question in this file can be imported: see why below.") in text
    assert message("A numerical question: not one of our types.") in text
    assert parse(response).select_one("input[name=gift]") is None
    assert state(quiz) == before


def test_a_file_too_large_is_refused(editing, quiz):
    before = state(quiz)

    response = editing.post(upload_url(quiz), {"file": gift_file("Q? {T}\n\n" * 70000)})

    assert message("The file is larger than 512 KB: export fewer questions at a time.") in main_text(response)
    assert state(quiz) == before


@pytest.mark.parametrize(
    "sent", [{"gift": "not base64!"}, {"gift": base64.b64encode(b"Essay {}").decode()}, {}]
)
def test_a_confirmation_with_nothing_importable_imports_nothing(editing, quiz, sent):
    before = state(quiz)

    response = editing.post(confirm_url(quiz), sent)

    assert response.status_code == 302
    assert response["Location"] == upload_url(quiz)
    assert message("Nothing was imported.") in main_text(editing.get(response["Location"]))
    assert state(quiz) == before


def test_a_user_who_may_not_edit_the_quiz_is_refused_at_every_step(quiz):
    """Wagtail's admin answers a PermissionDenied with its dashboard and its "no permission" message."""
    reader = signed_in(make_user_with_permissions("lectrice", "wagtailadmin.access_admin"))
    before = state(quiz)
    data = {"gift": base64.b64encode(FOUR.encode()).decode()}

    for response in (
        reader.get(upload_url(quiz)),
        reader.post(upload_url(quiz), {"file": gift_file()}),
        reader.post(confirm_url(quiz), data),
    ):
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert state(quiz) == before
    edit_page = reader.get(reverse("wagtailadmin_explore", args=[quiz.get_parent().pk]))
    assert parse(edit_page).select_one(f"a[href='{upload_url(quiz)}']") is None


def test_an_anonymous_visitor_is_sent_to_the_admins_login(client, quiz):
    before = state(quiz)

    response = client.post(confirm_url(quiz), {"gift": base64.b64encode(FOUR.encode()).decode()})

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert state(quiz) == before


def test_a_quiz_locked_by_someone_else_takes_no_import(editing, committee_member, quiz):
    QuizPage.objects.filter(pk=quiz.pk).update(locked=True, locked_by=committee_member)
    before = state(quiz)

    response = editing.post(confirm_url(quiz), {"gift": base64.b64encode(FOUR.encode()).decode()})

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    assert state(quiz) == before


def test_an_alias_takes_no_import(editing, quiz):
    alias = quiz.create_alias(update_slug="quiz-alias")
    before = state(alias)

    response = editing.post(confirm_url(alias), {"gift": base64.b64encode(FOUR.encode()).decode()})

    assert response.status_code == 302
    assert state(alias) == before
    follow = editing.get(upload_url(alias), follow=True)
    refusal = message("This quiz is an alias of another page: import the questions into that page.")
    assert refusal in main_text(follow)


def test_the_pages_are_in_the_admins_language(editor, quiz):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ht"
    profile.save()

    response = signed_in(editor).post(upload_url(quiz), {"file": gift_file()})

    assert message("Import questions (GIFT)", "ht") in main_text(response)
    assert message("Import questions (GIFT)", "ht") != "Import questions (GIFT)"


# -- end to end: imported, published, answered ------------------------------------------------------------


def learner_answers(quiz, answers):
    """A new anonymous learner's {question prompt: is_correct} after answering with `answers`, a function
    from a question (a StreamField child of the published quiz) to its form data."""
    learner = Client()
    assert learner.post(start_url(quiz)).status_code == 302
    graded = {}
    for question in list(quiz.questions)[-4:]:
        response = learner.post(answer_url(quiz, question.id), answers(question))
        assert response.status_code == 302
        answer = Answer.objects.get(attempt__learner_id=learner.session[SESSION_KEY], question_id=question.id)
        graded[question.value["prompt"]] = answer.is_correct
    return graded


def choice_ids(question, *texts):
    return [child.id for child in question.value["choices"].bound_blocks if child.value["text"] in texts]


RIGHT = {
    "What is the capital of Haiti?": lambda q: {"choice": choice_ids(q, "Port-au-Prince")[0]},
    "Which are labour rights?": lambda q: {"choice": choice_ids(q, "Freedom of association", "Equal pay")},
    "Forced labour is allowed.": lambda q: {"answer": "false"},
    "Which organisation adopted convention C087?": lambda q: {"answer": "international labour organization"},
}
WRONG = {
    "What is the capital of Haiti?": lambda q: {"choice": choice_ids(q, "Cap-Haïtien")[0]},
    "Which are labour rights?": lambda q: {"choice": choice_ids(q, "Equal pay")},
    "Forced labour is allowed.": lambda q: {"answer": "true"},
    "Which organisation adopted convention C087?": lambda q: {"answer": "UNESCO"},
}


def test_a_gift_file_of_the_four_types_imported_published_and_answered_by_a_learner(editing, quiz):
    response = editing.post(confirm_url(quiz), confirmed_data(preview(editing, quiz)))
    assert response.status_code == 302
    QuizPage.objects.get(pk=quiz.pk).get_latest_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    assert [question.block_type for question in list(quiz.questions)[-4:]] == [
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
    ]

    right = learner_answers(quiz, lambda question: RIGHT[question.value["prompt"]](question))
    wrong = learner_answers(quiz, lambda question: WRONG[question.value["prompt"]](question))

    assert right == dict.fromkeys(RIGHT, True)
    assert wrong == dict.fromkeys(WRONG, False)


# -- nothing half-imported -----------------------------------------------------------------------------------


READ = gift.read


def one_choice_only(data):
    """A reading whose second question would not be a valid block (a single choice needs two choices)."""
    reading = READ(b"A? {T####Yes.}\n\nB? {=b ~c}")
    reading.questions[1].value["choices"] = reading.questions[1].value["choices"][:1]
    return reading


def test_checking_refuses_the_whole_reading_when_one_question_is_not_a_valid_block():
    with pytest.raises(gift_import.InvalidImport) as refusal:
        gift_import.checked(one_choice_only(b""))

    assert [question.line for question, _text in refusal.value.failures] == [3]
    assert message("Give at least two choices.") in refusal.value.failures[0][1]


def test_a_question_that_would_not_be_valid_stops_the_whole_import(editing, quiz, monkeypatch):
    monkeypatch.setattr(gift, "read", one_choice_only)
    before = state(quiz)

    preview_page = editing.post(upload_url(quiz), {"file": gift_file("A? {T}")})
    response = editing.post(confirm_url(quiz), {"gift": base64.b64encode(b"A? {T}").decode()})

    assert parse(preview_page).select_one("[role=alert]") is not None
    assert parse(preview_page).select_one("input[name=gift]") is None
    assert response["Location"] == upload_url(quiz)
    assert state(quiz) == before
