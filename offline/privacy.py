"""Forgetting what phones sent: after settings.OFFLINE_ACTION_RETENTION_DAYS a recorded action (its key,
what was sent, the outcome) and a former learner id are deleted. The answers and completions they made
stay with the learner (learning.privacy and quizzes keep those by their own rules); a phone that sends
such an old key again has it carried out again, under the rules of the forms (one completion per lesson,
one answer per question)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from offline.models import FormerLearner, OfflineAction


def purge_offline_actions(days=None, now=None):
    """Delete recorded actions and former learner ids older than `days`; return how many rows."""
    days = settings.OFFLINE_ACTION_RETENTION_DAYS if days is None else days
    cutoff = (now or timezone.now()) - timedelta(days=days)
    actions, _ = OfflineAction.objects.filter(received_at__lt=cutoff).delete()
    formers, _ = FormerLearner.objects.filter(merged_at__lt=cutoff).delete()
    return actions + formers
