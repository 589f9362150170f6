"""The root conftest: it loads the shared helpers (tests/helpers.py) as a plugin, and holds the fixtures
that pytest-playwright reads from a conftest (Chromium's launch and context arguments)."""

import os
import shutil

import pytest

# tests.helpers imports the project's models: it is loaded here, once pytest-django has set Django up
# (a `-p tests.helpers` plugin is imported before that, and could not).
pytest_plugins = ["tests.helpers"]

CHROMIUM = "/usr/bin/chromium"

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


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
