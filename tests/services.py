"""Services some tests need (Redis, an S3-compatible store), given by the environment: TEST_REDIS_URL,
TEST_S3_ENDPOINT_URL. Without them those tests skip, unless REQUIRE_SERVICES is set (CI: .ci/run starts
redis-server and moto_server), where a missing service fails the test instead, as REQUIRE_BROWSER does
for Chromium (conftest.py)."""

import os

import pytest


def service(variable):
    """The address in `variable`, or skip (fail under REQUIRE_SERVICES) the test that needs it."""
    address = os.environ.get(variable, "").strip()
    if not address:
        if os.environ.get("REQUIRE_SERVICES"):
            pytest.fail(f"{variable} is required (REQUIRE_SERVICES is set) but not set")
        pytest.skip(f"needs {variable} (see tests/services.py)")
    return address
