"""The custom User is the project's user model, there from the first migration."""

import importlib

from django.conf import settings
from django.contrib.auth import get_user_model

from accounts.models import User


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
