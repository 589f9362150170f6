"""Questions read from a GIFT file (quizzes.gift) checked as our blocks and appended to a quiz as a new
draft revision: never published, it goes through review like any edit.

- `importable(quiz)`: None if GIFT questions may be imported into `quiz`, else why not (an alias, or a
  translation that wagtail-localize writes from its source: import into the source and synchronise).
- `checked(reading)`: [(Imported, the block's value)] once every question is a valid block (its own
  `clean`, as publishing checks), a missing explanation aside (a GIFT question without general feedback:
  the draft may lack it, publishing asks for it); raises `InvalidImport` naming the questions that are
  not, so that none is imported.
- `append(quiz, checked, user)`: the new revision, the quiz's latest revision (its draft, if any) with the
  questions at the end.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail_localize.models import Translation

from quizzes.models import QuizPage


class InvalidImport(ValueError):
    """Some questions would not be valid blocks; `failures` lists (Imported, message)."""

    def __init__(self, failures):
        super().__init__(failures)
        self.failures = failures


def stream_block():
    return QuizPage._meta.get_field("questions").stream_block


def importable(quiz):
    if quiz.alias_of_id is not None:
        return _("This quiz is an alias of another page: import the questions into that page.")
    translated = Translation.objects.filter(
        source__object_id=quiz.translation_key, target_locale_id=quiz.locale_id
    ).exists()
    if translated:
        return _(
            "This quiz is a translation: import the questions into its source page, then synchronise "
            "the translations."
        )
    return None


def checked(reading):
    blocks = stream_block().child_blocks
    valid, failures = [], []
    for question in reading.questions:
        block = blocks[question.block_type]
        value = block.to_python(question.value)
        try:
            value = block.clean(value)
        except ValidationError as error:
            if not only_explanation_missing(error, question):
                failures.append((question, "; ".join(messages_of(error))))
        valid.append((question, value))
    if failures:
        raise InvalidImport(failures)
    return valid


def only_explanation_missing(error, question):
    """Whether the block's only error is its explanation, left empty by a GIFT question without general
    feedback: the draft may lack it, as Wagtail's "Save draft" lets it, and publishing asks for it."""
    errors = getattr(error, "block_errors", None) or {}
    return set(errors) == {"explanation"} and not question.value["explanation"]


def messages_of(error):
    """The messages of a block's error and of its children's."""
    if isinstance(error, str):
        return [error]
    if not hasattr(error, "block_errors"):
        return error.messages
    nested = error.block_errors or {}
    children = [*(nested.values() if isinstance(nested, dict) else nested), *error.non_block_errors]
    return [text for child in children if child is not None for text in messages_of(child)]


@transaction.atomic
def append(quiz, questions, user):
    """`questions` as `checked` returns them, after the quiz's questions in its latest revision."""
    quiz = QuizPage.objects.select_for_update().get(pk=quiz.pk)  # one import at a time per quiz
    draft = quiz.get_latest_revision_as_object()
    for question, value in questions:
        draft.questions.append((question.block_type, value))
    return draft.save_revision(user=user, log_action=True, clean=False)
