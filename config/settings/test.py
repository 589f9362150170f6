"""pytest: fast hashing, in-memory mail, static files served without a manifest."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="solidaire-test-media-"))  # one per process (xdist worker)
STATIC_ROOT = None  # static files come from the finders; nothing is collected in tests
WAGTAILADMIN_BASE_URL = "http://testserver"
DATABASE = DATABASES["default"]  # noqa: F405
if DATABASE["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not SQLite's shared in-memory database: its table locks fail at once instead of waiting,
    # so the concurrency tests could not show how the real (file) database behaves. One per test process
    # (runs in other checkouts must not share it; pytest-django adds each xdist worker's name to it too);
    # the test runner deletes it at the end.
    DATABASE["TEST"] = {"NAME": str(Path(tempfile.gettempdir()) / f"solidaire-test-{os.getpid()}.sqlite3")}
    # A throwaway database need not survive a power cut: no waiting for the disk on each commit.
    DATABASE.setdefault("OPTIONS", {})["init_command"] = "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY"
