"""Move quiz attempts along when an anonymous learner signs in (see learning.merging)."""

from django.dispatch import receiver

from learning.merging import learner_merging
from learning.privacy import iso, learner_data_requested
from quizzes.attempts import finish_attempt
from quizzes.models import QuizAttempt, QuizPage


@receiver(learner_merging)
def move_attempts(sender, source, target, **kwargs):
    """Attempts follow the learner. Where both have an open attempt on a quiz, the anonymous one is
    finished and scored (it still counts if it passed) so that the account keeps one open attempt."""
    target_open = set(
        QuizAttempt.objects.filter(learner=target, finished_at__isnull=True).values_list(
            "quiz_key", flat=True
        )
    )
    clashing = QuizAttempt.objects.filter(learner=source, finished_at__isnull=True, quiz_key__in=target_open)
    for attempt in clashing:
        finish_attempt(attempt, QuizPage.objects.filter(translation_key=attempt.quiz_key).first())
    QuizAttempt.objects.filter(learner=source).update(learner=target)


@receiver(learner_data_requested)
def export_attempts(sender, learner, **kwargs):
    """The learner's quiz attempts and every answer, for "download my data"."""
    attempts = QuizAttempt.objects.filter(learner=learner).prefetch_related("answers").order_by("started_at")
    return {
        "quiz_attempts": [
            {
                "quiz_key": str(attempt.quiz_key),
                "started_at": iso(attempt.started_at),
                "finished_at": iso(attempt.finished_at),
                "score": attempt.score,
                "passed": attempt.passed,
                "language": attempt.language,
                "answers": [
                    {
                        "question_id": answer.question_id,
                        "response": answer.response,
                        "is_correct": answer.is_correct,
                        "answered_at": iso(answer.answered_at),
                        "language": answer.language,
                    }
                    for answer in attempt.answers.all()
                ],
            }
            for attempt in attempts
        ]
    }
