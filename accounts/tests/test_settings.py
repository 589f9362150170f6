"""Production refuses to start without its secrets, and the custom User is there from the first migration."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from accounts.models import User
from config.settings.base import waiting_sqlite

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


def test_sqlite_waits_for_the_write_lock_and_postgresql_is_left_as_given():
    sqlite = waiting_sqlite(dj_database_url.parse("sqlite:///db.sqlite3"))
    postgresql = dj_database_url.parse("postgres://app:app@127.0.0.1:5432/app")

    assert sqlite["OPTIONS"] == {"transaction_mode": "IMMEDIATE", "timeout": 20}
    assert waiting_sqlite(dict(postgresql)) == postgresql
