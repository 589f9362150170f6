"""Questions read from a GIFT file (quizzes.gift) checked as our blocks and appended to a quiz as a new
draft revision: never published, it goes through review like any edit.

- `importable(quiz)`: None if GIFT questions may be imported into `quiz`, else why not (an alias, or a
  translation that wagtail-localize writes from its source: import into the source and synchronise).
- `checked(reading)`: [(Imported, the block's value)] once every question is valid as a draft is
  (Wagtail's `clean_deferred`, as "Save draft" checks: a missing explanation is asked for on publishing);
  raises `InvalidImport` naming the questions that are not, so that none is imported.
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
        try:
            valid.append((question, block.clean_deferred(block.to_python(question.value))))
        except ValidationError as error:
            failures.append((question, " ".join(error.messages)))
    if failures:
        raise InvalidImport(failures)
    return valid


@transaction.atomic
def append(quiz, questions, user):
    """`questions` as `checked` returns them, after the quiz's questions in its latest revision."""
    quiz = QuizPage.objects.select_for_update().get(pk=quiz.pk)  # one import at a time per quiz
    draft = quiz.get_latest_revision_as_object()
    for question, value in questions:
        draft.questions.append((question.block_type, value))
    return draft.save_revision(user=user, log_action=True, clean=False)
