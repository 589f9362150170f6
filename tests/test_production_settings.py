"""The production settings: they refuse to start without their secrets, and `check --deploy` reports
nothing with them. Each check runs a fresh interpreter in a clean environment."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import dj_database_url
import pytest

from config.settings.base import waiting_sqlite

PROJECT_ROOT = Path(__file__).resolve().parents[1]
REQUIRED = {
    "SECRET_KEY": "a-long-random-production-secret-for-the-test",
    "ALLOWED_HOSTS": "solidaire.example.org",
    "DATABASE_URL": "postgres://app:app@127.0.0.1:5432/app",
}


def run_in_production(arguments, timeout=60, **variables):
    """Run our interpreter with `arguments` and the production settings, in a clean environment holding
    only `variables` (and PATH)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        **variables,
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and a fixed command
        [sys.executable, *arguments],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_production(**variables):
    """Run django.setup() with the production settings and only `variables`."""
    return run_in_production(["-c", "import django; django.setup()"], **variables)


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


def test_check_deploy_with_the_production_settings_reports_nothing(tmp_path):
    variables = {
        "SECRET_KEY": secrets.token_urlsafe(45),  # 60 characters
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
    }
    assert len(variables["SECRET_KEY"]) == 60

    result = run_in_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], timeout=120, **variables
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr


def test_sqlite_waits_for_the_write_lock_and_postgresql_is_left_as_given():
    sqlite = waiting_sqlite(dj_database_url.parse("sqlite:///db.sqlite3"))
    postgresql = dj_database_url.parse("postgres://app:app@127.0.0.1:5432/app")

    assert sqlite["OPTIONS"] == {"transaction_mode": "IMMEDIATE", "timeout": 20}
    assert waiting_sqlite(dict(postgresql)) == postgresql


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


SETTINGS_SCRIPT = """
import json
import django
django.setup()
from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import storages
from wagtail.images.models import get_rendition_storage
print(json.dumps({
    "caches": {alias: entry["BACKEND"] for alias, entry in settings.CACHES.items()},
    "release_in_keys": settings.RELEASE in caches["default"].make_key("x"),
    "session_engine": settings.SESSION_ENGINE,
    "default_storage": type(storages["default"]).__name__,
    "kit_storage": type(storages["toolkit_kits"]).__name__ if "toolkit_kits" in settings.STORAGES else None,
    "rendition_location": getattr(get_rendition_storage(), "location", None),
    "private_url": storages["default"].url("documents/x.pdf"),
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "health_checks": settings.DATABASES["default"]["CONN_HEALTH_CHECKS"],
}))
"""
REDIS_AND_S3 = {
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "AWS_STORAGE_BUCKET_NAME": "solidaire-media",
    "AWS_S3_ENDPOINT_URL": "https://objects.example.org",
    "AWS_ACCESS_KEY_ID": "key",
    "AWS_SECRET_ACCESS_KEY": "secret",
    "AWS_S3_REGION_NAME": "us-east-1",
}


def production_settings(**variables):
    result = run_in_production(["-c", SETTINGS_SCRIPT], **REQUIRED, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_redis_or_a_bucket_production_keeps_everything_in_the_database():
    found = production_settings()

    assert found["caches"] == {  # every process of every server shares both (tests/test_deployments.py)
        "default": "django.core.cache.backends.db.DatabaseCache",
        "shared": "django.core.cache.backends.db.DatabaseCache",
    }
    assert found["release_in_keys"]
    assert found["session_engine"] == "django.contrib.sessions.backends.db"
    assert found["default_storage"] == "FileSystemStorage"
    assert found["health_checks"] is True


def test_with_redis_and_a_bucket_production_uses_them():
    found = production_settings(**REDIS_AND_S3)

    assert found["caches"] == {
        "default": "django_redis.cache.RedisCache",
        "shared": "config.caches.FailoverCache",
        "redis_shared": "django_redis.cache.RedisCache",
        "database": "django.core.cache.backends.db.DatabaseCache",
    }
    assert found["release_in_keys"]
    assert found["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert found["default_storage"] == found["kit_storage"] == "S3Storage"
    assert found["rendition_location"] == "renditions"
    # A private file's address is short-lived and signed, never a public bucket URL.
    assert found["private_url"].startswith("https://objects.example.org/solidaire-media/documents/x.pdf?")
    assert "X-Amz-Signature=" in found["private_url"] and "X-Amz-Expires=300" in found["private_url"]
    assert found["img_src"] == ["'self'", "data:", "https://objects.example.org"]


def test_renditions_at_a_custom_domain_are_not_signed_and_need_no_other_host():
    found = production_settings(**REDIS_AND_S3, AWS_S3_CUSTOM_DOMAIN="solidaire.example.org/media")

    assert found["img_src"] == ["'self'", "data:"]
    assert "solidaire.example.org/media" not in found["private_url"]  # private files stay signed


def test_check_deploy_with_redis_and_a_bucket_reports_nothing(tmp_path):
    variables = {
        **REDIS_AND_S3,
        "SECRET_KEY": secrets.token_urlsafe(45),
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
    }
    result = run_in_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], timeout=120, **variables
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr
