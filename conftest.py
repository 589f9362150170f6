"""The root conftest: it loads the shared helpers (tests/helpers.py) as a plugin, holds the fixtures
that pytest-playwright reads from a conftest (Chromium's launch and context arguments), and checks that
the files can run on pytest-xdist workers whole (`make test`)."""

import os
import shutil
from collections import defaultdict

import pytest

# tests.helpers imports the project's models: it is loaded here, once pytest-django has set Django up
# (a `-p tests.helpers` plugin is imported before that, and could not).
pytest_plugins = ["tests.helpers"]

CHROMIUM = "/usr/bin/chromium"

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def uses_the_database(item):
    return item.get_closest_marker("django_db") is not None or "db" in item.fixturenames


def is_transactional(item):
    """As pytest-django tells a transactional test (flushed afterwards) from a rolled-back one."""
    marker = item.get_closest_marker("django_db")
    marked = marker is not None and bool(marker.kwargs.get("transaction", marker.args[:1] == (True,)))
    return marked or not {"transactional_db", "live_server"}.isdisjoint(item.fixturenames)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Refuse a test file that holds both database and transactional tests. pytest-django runs database
    tests first, before the transactional ones flush the rows the migrations made; pytest-xdist
    (`--dist loadfile --no-loadscope-reorder`) hands each worker whole files in that order, which keeps
    it only if no file mixes the two."""
    kinds = defaultdict(set)
    for item in items:
        if uses_the_database(item):
            kinds[item.path].add(is_transactional(item))
    mixed = sorted(str(path) for path, found in kinds.items() if len(found) > 1)
    if mixed:
        raise pytest.UsageError(f"database and transactional tests in one file: {', '.join(mixed)}")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's Chromium; skip browser tests without it, except in CI where it must be there."""
    if not shutil.which(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is required (REQUIRE_BROWSER is set) but missing")
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "fr-FR"}
