"""`manage.py purge_inactive_learners [--days N]`: forget anonymous visitors' progress after a while.

Run it every hour (cron or a scheduler). The period defaults to settings.ANONYMOUS_LEARNER_RETENTION_DAYS;
a learner made by one action and not used since goes after settings.ONE_ACTION_LEARNER_RETENTION_HOURS."""

from django.core.management.base import BaseCommand, CommandError

from learning.privacy import purge_inactive_anonymous_learners


class Command(BaseCommand):
    help = (
        "Delete the progress of anonymous learners inactive for longer than the retention period, "
        "and of those made by one action only after a day."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Inactivity period, in days.")

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        count = purge_inactive_anonymous_learners(days=days)
        self.stdout.write(f"Deleted {count} inactive anonymous learner(s).")
