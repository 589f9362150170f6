"""Starting, answering and finishing quiz attempts. Views call these; they hold the rules.

Rules: one open attempt per learner and quiz (a database constraint); one answer per question and attempt
(a database constraint, so a double click or a retried request records one row); a different second
answer to a question is refused; a finished attempt takes no more answers; the best attempt counts.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import Learner
from quizzes.blocks import InvalidAnswer
from quizzes.models import Answer, QuizAttempt


class AnswerRefused(Exception):
    """The answer cannot be recorded; `message` says why, `status` is the HTTP status to answer with."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def open_attempt(learner, quiz):
    """The learner's open attempt on `quiz` (in any language), or None."""
    if learner is None:
        return None
    return QuizAttempt.objects.filter(
        learner=learner, quiz_key=quiz.translation_key, finished_at__isnull=True
    ).first()


def start_attempt(learner, quiz, language=""):
    """Return the open attempt, or start one (in `language`, for the reports). Two concurrent starts
    make one attempt."""
    attempt = open_attempt(learner, quiz)
    if attempt is not None:
        return attempt
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                learner=learner, quiz_key=quiz.translation_key, language=language
            )
    except IntegrityError:
        return open_attempt(learner, quiz)


def find_question(quiz, question_id):
    """(number, question) for the question with this id, or (None, None). Reads the raw data to find
    it, so that only questions of the same type are converted (and their snippets fetched)."""
    for index, raw in enumerate(quiz.questions.raw_data):
        if raw.get("id") == question_id:
            return index + 1, quiz.questions[index]
    return None, None


def record_answer(attempt, question, data, language=""):
    """Parse and store an answer (read in `language`, for the reports); return all the attempt's answers
    by question id.

    Raises AnswerRefused (nothing stored) for a closed attempt (409), an invalid answer (422: the form is
    understood but incomplete, a status django-htmx's DEBUG error handler leaves to htmx), or a second answer
    that differs from the first. The same answer sent twice (a double click, a retried request, two
    concurrent requests) is stored once: the insert does nothing when the row exists
    (ON CONFLICT DO NOTHING on the one-answer-per-question constraint)."""
    if attempt is None or not attempt.is_open:
        raise AnswerRefused(_("This quiz attempt is closed. Start the quiz again to answer."), 409)
    try:
        response = question.block.parse(question.value, data)
    except InvalidAnswer as error:
        raise AnswerRefused(str(error), 422) from None
    is_correct = question.block.is_correct(question.value, response)
    Answer.objects.bulk_create(
        [
            Answer(
                attempt=attempt,
                question_id=question.id,
                response=response,
                is_correct=is_correct,
                language=language,
            )
        ],
        ignore_conflicts=True,
    )
    answers = {answer.question_id: answer for answer in attempt.answers.all()}
    if answers[question.id].response != response:
        raise AnswerRefused(_("You have already answered this question; your first answer stands."), 409)
    if len(answers) == 1:  # the first answer is a visitor's second action, after starting the quiz
        Learner.objects.keep(attempt.learner_id)
    return answers


def finish_attempt(attempt, quiz=None, question_count=None):
    """Close the attempt and score it: correct answers over all questions, in percent."""
    if not attempt.is_open:
        return attempt
    if question_count is None:
        question_count = len(quiz.questions) if quiz is not None else attempt.answers.count()
    correct = attempt.answers.filter(is_correct=True).count()
    attempt.score = round(100 * correct / question_count) if question_count else 0
    attempt.passed = quiz is not None and attempt.score >= quiz.pass_mark
    attempt.finished_at = timezone.now()
    attempt.save(update_fields=["score", "passed", "finished_at"])
    return attempt
