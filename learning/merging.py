"""Signing in keeps what a visitor did anonymously: their Learner is merged into the account's.

Apps that keep their own progress rows (quizzes) connect to `learner_merging` and move them.
"""

from django.db import transaction
from django.dispatch import Signal

from learning.models import SESSION_KEY, Learner

learner_merging = Signal()
"""Sent with `source` and `target` Learners before `source` is deleted; receivers move their rows."""


@transaction.atomic
def merge_learners(source, target):
    """Move `source`'s progress onto `target` and delete `source`. Rows `target` already has win."""
    if source.pk == target.pk:
        return target
    learner_merging.send(sender=Learner, source=source, target=target)
    done = set(target.lesson_completions.values_list("lesson_key", flat=True))
    source.lesson_completions.exclude(lesson_key__in=done).update(learner=target)
    certified = set(target.certificates.filter(status="valid").values_list("course_key", flat=True))
    source.certificates.exclude(status="valid", course_key__in=certified).update(learner=target)
    target.last_active_at = max(source.last_active_at, target.last_active_at)
    target.save(update_fields=["last_active_at"])
    source.delete()
    return target


def attach_session_learner(request, user):
    """On sign-in: merge the session's anonymous learner into the account's learner."""
    learner_id = request.session.pop(SESSION_KEY, None)
    anonymous = Learner.objects.filter(pk=learner_id, user__isnull=True).first() if learner_id else None
    if anonymous is None:
        return
    account_learner = Learner.objects.filter(user=user).first()
    if account_learner is None:
        anonymous.user = user
        anonymous.provisional = False
        anonymous.save(update_fields=["user", "provisional"])
    else:
        merge_learners(anonymous, account_learner)
    request._solidaire_learner = None
