"""The caches of production (config/settings/production.py) when Redis is down: the default cache misses,
the shared one (lockout counts, new anonymous learners) carries on in the database
(config.caches.FailoverCache). "Down" is a real closed port; a live Redis, when TEST_REDIS_URL gives one,
is used as the primary."""

import time

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from learning.new_visitors import new_learner_allowed
from tests.services import redis_url

CLOSED = "redis://127.0.0.1:9/0"  # the discard port: nothing listens there


def redis(location, ignore_exceptions):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": ignore_exceptions,
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.5,
            "CONNECTION_POOL_KWARGS": {"retry": None, "retry_on_error": []},
        },
    }


def use_caches(settings, primary):
    settings.CACHES = {
        "default": redis(primary, ignore_exceptions=True),
        "shared": {
            "BACKEND": "config.caches.FailoverCache",
            "OPTIONS": {"PRIMARY": "redis_shared", "FALLBACK": "database"},
        },
        "redis_shared": redis(primary, ignore_exceptions=False),
        "database": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "solidaire_cache"},
    }


@pytest.fixture
def redis_down(settings, db):
    use_caches(settings, CLOSED)
    yield
    caches["shared"].primary_failed_at = None


def test_the_default_cache_misses_quickly_when_redis_is_down(redis_down):
    started = time.monotonic()
    caches["default"].set("page", "body")

    assert caches["default"].get("page", "missed") == "missed"
    assert time.monotonic() - started < 1


def test_the_shared_cache_counts_in_the_database_when_redis_is_down(redis_down):
    shared = caches["shared"]

    assert shared.add("failures", 1, timeout=60)
    assert shared.incr("failures") == 2
    assert shared.get("failures") == 2
    assert caches["database"].get("failures") == 2  # the count is in the database every server shares
    assert shared.delete("failures")
    assert shared.get("failures") is None


def test_new_anonymous_learners_are_still_limited_when_redis_is_down(redis_down, settings):
    settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK = 2
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")

    assert [new_learner_allowed(request) for _ in range(3)] == [True, True, False]


def test_with_redis_up_the_shared_cache_counts_in_redis(settings, db):
    use_caches(settings, redis_url())
    shared = caches["shared"]
    shared.delete("failures")

    assert shared.add("failures", 1, timeout=60)
    assert shared.incr("failures") == 2
    assert caches["redis_shared"].get("failures") == 2
    assert caches["database"].get("failures") is None
    shared.delete("failures")
