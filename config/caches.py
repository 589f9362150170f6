"""A cache that keeps working when Redis does not: the "shared" cache of production (sign-in lockout
counts, the counts of new anonymous learners per network).

FailoverCache sends every call to its primary cache (django-redis, with IGNORE_EXCEPTIONS off) and, when
the primary cannot be reached, to its fallback (the database cache): so while Redis is down, failed
sign-ins are still counted and a username still locks after 5 failures, in the database every app server
shares. Counts made in Redis before the outage are not seen during it (a lock set just before lasts less),
and counts made during it are not seen after; that is the whole cost. See docs/deployment.md.

Settings (CACHES entry):
    {"BACKEND": "config.caches.FailoverCache", "OPTIONS": {"PRIMARY": "redis_shared", "FALLBACK": "database"}}
"""

import logging
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

logger = logging.getLogger(__name__)
# After a failure, go straight to the fallback for this long before trying the primary again.
RETRY_PRIMARY_AFTER = 5.0


def unreachable_errors():
    """The exceptions that mean "the primary cache cannot be reached"."""
    errors = [ConnectionError, TimeoutError, OSError]
    try:
        from django_redis.exceptions import ConnectionInterrupted
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError
    except ImportError:  # pragma: no cover - django-redis is in requirements.txt
        return tuple(errors)
    return (*errors, ConnectionInterrupted, RedisConnectionError, RedisTimeoutError)


class FailoverCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)
        options = params.get("OPTIONS", {})
        self.primary_alias = options["PRIMARY"]
        self.fallback_alias = options["FALLBACK"]
        self.errors = unreachable_errors()
        self.primary_failed_at = None

    @property
    def primary(self):
        return caches[self.primary_alias]

    @property
    def fallback(self):
        return caches[self.fallback_alias]

    def call(self, method, *args, **kwargs):
        if (
            self.primary_failed_at is not None
            and time.monotonic() - self.primary_failed_at < RETRY_PRIMARY_AFTER
        ):
            return getattr(self.fallback, method)(*args, **kwargs)
        try:
            result = getattr(self.primary, method)(*args, **kwargs)
        except self.errors as error:
            if self.primary_failed_at is None:
                logger.warning(
                    "Cache %s unreachable (%s); using %s", self.primary_alias, error, self.fallback_alias
                )
            self.primary_failed_at = time.monotonic()
            return getattr(self.fallback, method)(*args, **kwargs)
        if self.primary_failed_at is not None:
            logger.warning("Cache %s reachable again", self.primary_alias)
            self.primary_failed_at = None
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("add", key, value, timeout=timeout, version=version)

    def get(self, key, default=None, version=None):
        return self.call("get", key, default=default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("set", key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("touch", key, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self.call("delete", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self.call("incr", key, delta=delta, version=version)

    def decr(self, key, delta=1, version=None):
        return self.call("decr", key, delta=delta, version=version)

    def has_key(self, key, version=None):
        return self.call("has_key", key, version=version)

    def get_many(self, keys, version=None):
        return self.call("get_many", keys, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("set_many", data, timeout=timeout, version=version)

    def delete_many(self, keys, version=None):
        return self.call("delete_many", keys, version=version)

    def clear(self):
        return self.call("clear")

    def close(self, **kwargs):
        pass  # the two caches are closed by Django themselves
