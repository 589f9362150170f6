"""Move quiz attempts along when an anonymous learner signs in (see learning.merging); add the learner's
attempts and live participations to "download my data"; forget their live participations with them."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from learning.merging import learner_merging
from learning.models import Learner
from learning.privacy import iso, learner_data_requested
from quizzes.attempts import finish_attempt
from quizzes.live.rules import erase_learner
from quizzes.models import LiveParticipant, QuizAttempt, QuizPage


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


@receiver(learner_data_requested)
def export_live_participations(sender, learner, **kwargs):
    """The live sessions the learner joined counting toward their progress: nickname, team and answers, as
    kept until the session's purge (the answers also become a quiz attempt when the session ends)."""
    participants = (
        LiveParticipant.objects.filter(learner=learner)
        .select_related("session")
        .prefetch_related("answers")
        .order_by("created_at")
    )
    return {
        "live_participations": [
            {
                "quiz_key": str(participant.session.quiz_key),
                "nickname": participant.nickname,
                "team": participant.team,
                "joined_at": iso(participant.created_at),
                "answers": [
                    {
                        "question_id": answer.question_id,
                        "response": answer.response,
                        "is_correct": answer.is_correct,
                        "answered_at": iso(answer.answered_at),
                    }
                    for answer in participant.answers.order_by("answered_at")
                ],
            }
            for participant in participants
        ]
    }


@receiver(pre_delete, sender=Learner)
def erase_live_participations(sender, instance, **kwargs):
    """A learner is deleted (their account erased): their live participations lose what names them now,
    not at the session's purge (quizzes.live.rules.erase_learner)."""
    erase_learner(instance)
