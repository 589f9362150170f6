"""`manage.py purge_circles [--days N]`: delete the members and posts of circles archived long ago.

Run it daily (cron or a scheduler), like purge_live_sessions. The period defaults to
settings.CIRCLE_RETENTION_DAYS (180); each circle keeps its meetings and its number of members."""

from django.core.management.base import BaseCommand, CommandError

from circles.retention import purge_archived_circles


class Command(BaseCommand):
    help = "Delete the members and posts of study circles archived longer than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Retention period, in days.")

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        count = purge_archived_circles(days=days)
        self.stdout.write(f"Purged {count} study circle(s): members and posts deleted, counts kept.")
