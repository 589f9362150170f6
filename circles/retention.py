"""Forgetting an archived circle's people: `CIRCLE_RETENTION_DAYS` after a circle is archived, its members
and its posts are deleted; the circle, its meetings and the number of members it had
(`members_at_purge`) stay, for the reports' counts."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from circles.models import Circle, Post
from circles.rules import retention_days


def purge_archived_circles(days=None, now=None):
    """Purge every circle archived more than `days` (default CIRCLE_RETENTION_DAYS) ago and not purged
    yet; return how many."""
    days = retention_days() if days is None else days
    now = now or timezone.now()
    due = Circle.objects.filter(archived_at__lt=now - timedelta(days=days), purged_at__isnull=True)
    count = 0
    for circle in due:
        with transaction.atomic():
            members = circle.memberships.count()
            Post.objects.filter(meeting__circle=circle).delete()
            circle.memberships.all().delete()
            Circle.objects.filter(pk=circle.pk).update(purged_at=now, members_at_purge=members)
        count += 1
    return count
