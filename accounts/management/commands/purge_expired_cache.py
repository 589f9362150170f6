"""`manage.py purge_expired_cache`: delete the expired rows of the database caches.

A database cache deletes an expired row only when someone reads its key again, or when the table is
full: the sign-in lockout counts (a hash of a username) would otherwise stay for good. Run it daily, with
purge_inactive_learners. Redis, if it replaces the database cache, expires keys by itself."""

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.management.base import BaseCommand
from django.db import connections, router
from django.utils import timezone


def purge_expired_rows(cache, table_name):
    """Delete the expired rows of a DatabaseCache (its table: the cache's LOCATION); return how many went."""
    connection = connections[router.db_for_write(cache.cache_model_class)]
    table = connection.ops.quote_name(table_name)
    now = timezone.now().replace(microsecond=0)  # as DatabaseCache stores expiry times
    if not settings.USE_TZ:
        now = timezone.make_naive(now)
    expires = connection.ops.quote_name("expires")
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE {expires} < %s",  # noqa: S608 - names from the settings
            [connection.ops.adapt_datetimefield_value(now)],
        )
        return cursor.rowcount


class Command(BaseCommand):
    help = "Delete the expired rows of the database caches (sign-in lockout counts)."

    def handle(self, *args, **options):
        count = sum(
            purge_expired_rows(caches[alias], settings.CACHES[alias]["LOCATION"])
            for alias in settings.CACHES
            if isinstance(caches[alias], DatabaseCache)
        )
        self.stdout.write(f"Deleted {count} expired cache row(s).")
