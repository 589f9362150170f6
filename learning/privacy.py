"""What Solidaire keeps about a learner, for "download my data", and forgetting inactive visitors.

Apps that keep their own rows about a learner (quizzes) connect to `learner_data_requested`, and apps that
keep rows about an account (circles) to `account_data_requested`; each returns a dict of sections to add
to the export.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone

from learning.models import Learner

learner_data_requested = Signal()
"""Sent with `learner`; each receiver returns a dict {section name: JSON-serialisable rows}."""

account_data_requested = Signal()
"""Sent with `user` for every export, whether or not the account has a learner (rows kept about the
account itself, such as a study circle's posts); each receiver returns a dict as above."""


def account_data(user):
    """The sections the apps keep about `user`'s account, as JSON-serialisable data."""
    data = {}
    for _receiver, sections in account_data_requested.send(sender=type(user), user=user):
        data.update(sections or {})
    return data


def iso(moment):
    return moment.isoformat() if moment else None


def learner_data(learner):
    """Everything stored about `learner`, as JSON-serialisable data."""
    data = {
        "learner": {
            "id": learner.pk,
            "created_at": iso(learner.created_at),
            "last_active_at": iso(learner.last_active_at),
            "provisional": learner.provisional,
        },
        "lesson_completions": [
            {
                "lesson_key": str(row.lesson_key),
                "course_key": str(row.course_key),
                "completed_at": iso(row.completed_at),
                "language": row.language,
            }
            for row in learner.lesson_completions.order_by("completed_at")
        ],
        "certificates": [
            {
                "code": row.code,
                "course_key": str(row.course_key) if row.course_key else None,
                "issued_at": iso(row.issued_at),
                "status": row.status,
                "public_name": row.public_name,
            }
            for row in learner.certificates.order_by("issued_at")
        ],
    }
    for _receiver, sections in learner_data_requested.send(sender=Learner, learner=learner):
        data.update(sections or {})
    return data


def purge_inactive_anonymous_learners(days=None, now=None):
    """Delete anonymous learners (no account) inactive for `days` (default from settings), and provisional
    ones (made by one action, never used again: learning.models.learners) inactive for
    settings.ONE_ACTION_LEARNER_RETENTION_HOURS; return the count."""
    days = settings.ANONYMOUS_LEARNER_RETENTION_DAYS if days is None else days
    now = now or timezone.now()
    cutoff = now - timedelta(days=days)
    provisional_cutoff = now - timedelta(hours=settings.ONE_ACTION_LEARNER_RETENTION_HOURS)
    stale = Learner.objects.filter(user__isnull=True).filter(
        Q(last_active_at__lt=cutoff) | Q(provisional=True, last_active_at__lt=provisional_cutoff)
    )
    count = 0
    for learner in stale.iterator():
        learner.delete()
        count += 1
    return count
