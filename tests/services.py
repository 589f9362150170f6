"""Services some tests need (Redis, an S3-compatible store), given by the environment: TEST_REDIS_URL,
TEST_S3_ENDPOINT_URL. Without them those tests skip, unless REQUIRE_SERVICES is set (CI: .ci/run starts
redis-server and moto_server), where a missing service fails the test instead, as REQUIRE_BROWSER does
for Chromium (conftest.py).

Under pytest-xdist each worker gets a Redis database of its own (the URL's number plus the worker's:
gw0 → +0, gw1 → +1...), so that one worker's keys and flushes never meet another's. S3 tests make a
bucket of their own."""

import os
from urllib.parse import urlsplit, urlunsplit

import pytest

REDIS_DATABASES = 16  # redis-server's default number of databases


def service(variable):
    """The address in `variable`, or skip (fail under REQUIRE_SERVICES) the test that needs it."""
    address = os.environ.get(variable, "").strip()
    if not address:
        if os.environ.get("REQUIRE_SERVICES"):
            pytest.fail(f"{variable} is required (REQUIRE_SERVICES is set) but not set")
        pytest.skip(f"needs {variable} (see tests/services.py)")
    return address


def worker_number():
    """This pytest-xdist worker's number (gw3 → 3), 0 without xdist."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def redis_url():
    """TEST_REDIS_URL (skip or fail as `service` does) with this worker's own database number."""
    parts = urlsplit(service("TEST_REDIS_URL"))
    database = int(parts.path.strip("/") or 0) + worker_number()
    if database >= REDIS_DATABASES:
        pytest.fail(f"Redis database {database} for this worker: run fewer workers than {REDIS_DATABASES}")
    return urlunsplit(parts._replace(path=f"/{database}"))
