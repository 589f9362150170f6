"""Production refuses to start without its secrets, and the custom User is there from the first migration."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from accounts.models import User

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "SECRET_KEY": "a-long-random-production-secret-for-the-test",
    "ALLOWED_HOSTS": "solidaire.example.org",
    "DATABASE_URL": "postgres://app:app@127.0.0.1:5432/app",
}


def start_production(**variables):
    """Run django.setup() with the production settings in a clean environment holding only `variables`."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        **variables,
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and a fixed command
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("missing", list(REQUIRED))
def test_production_refuses_to_start_without_a_required_variable(missing):
    result = start_production(**{name: value for name, value in REQUIRED.items() if name != missing})

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr.strip().splitlines()[-1]


def test_production_refuses_a_blank_variable():
    result = start_production(**{**REQUIRED, "SECRET_KEY": "   "})

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_every_required_variable():
    result = start_production(**REQUIRED)

    assert result.returncode == 0, result.stderr


def test_user_model_is_the_accounts_user():
    assert settings.AUTH_USER_MODEL == "accounts.User"
    assert get_user_model() is User


def test_user_model_is_created_by_the_first_accounts_migration():
    migration = importlib.import_module("accounts.migrations.0001_initial").Migration

    created = [
        operation.name for operation in migration.operations if type(operation).__name__ == "CreateModel"
    ]
    assert "User" in created
    assert migration.initial


SERVER_ERROR_SCRIPT = """
import django
django.setup()
from django.core.handlers.exception import response_for_exception
from django.test import RequestFactory

request = RequestFactory().get(
    "/fr/une/page/?q=secret-query",
    REMOTE_ADDR="203.0.113.7",
    HTTP_USER_AGENT="SecretAgent/1.0",
    HTTP_HOST="solidaire.example.org",
)
response = response_for_exception(request, RuntimeError("boom"))
print(response.status_code)
"""


def test_production_logs_a_server_error_to_stderr_with_the_path_and_no_ip_or_user_agent(tmp_path):
    """Issue 14, item 14: production used to log nothing at all when a 500 happened."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        **REQUIRED,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", SERVER_ERROR_SCRIPT],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "500"
    assert "Internal Server Error: /fr/une/page/" in result.stderr
    assert "RuntimeError: boom" in result.stderr
    for private in ("203.0.113.7", "SecretAgent", "secret-query"):
        assert private not in result.stderr
