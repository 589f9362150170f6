"""Move quiz attempts along when an anonymous learner signs in (see learning.progress.merge_learners)."""

from django.dispatch import receiver

from learning.progress import learner_merging
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
