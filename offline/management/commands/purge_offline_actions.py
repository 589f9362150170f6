"""`manage.py purge_offline_actions [--days N]`: forget what phones sent after a while.

Run it daily (cron or a scheduler). The period defaults to settings.OFFLINE_ACTION_RETENTION_DAYS."""

from django.core.management.base import BaseCommand, CommandError

from offline.privacy import purge_offline_actions


class Command(BaseCommand):
    help = "Delete the actions phones sent offline, and former learner ids, older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Retention period, in days.")

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        count = purge_offline_actions(days=days)
        self.stdout.write(f"Deleted {count} offline action(s) and former learner id(s).")
