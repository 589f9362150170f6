"""`manage.py purge_live_sessions [--days N]`: delete live sessions' nicknames and answers after a while.

Run it daily (cron or a scheduler), like purge_inactive_learners. The period defaults to
settings.LIVE_SESSION_RETENTION_DAYS (30); each session keeps its per-question counts. It also deletes
the counts of wrong join codes left from past minutes (quizzes.live.guessing), and ends the sessions nobody
touched for LIVE_SESSION_OPEN_HOURS (quizzes.live.rules.end_idle_sessions)."""

from django.core.management.base import BaseCommand, CommandError

from quizzes.live.guessing import forget_old_counts
from quizzes.live.rules import end_idle_sessions, purge_old_sessions
from quizzes.models import LiveSession


class Command(BaseCommand):
    help = "Delete the nicknames and answers of live sessions older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Retention period, in days.")

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        ended = end_idle_sessions(LiveSession.objects.all())
        count = purge_old_sessions(days=days)
        forget_old_counts()
        self.stdout.write(f"Ended {ended} live session(s) nobody touched for their expiry time.")
        self.stdout.write(f"Purged {count} live session(s): nicknames and answers deleted, counts kept.")
