"""Every key of the default cache carries the release (config.release), so a deploy never reads what an
older release pickled."""

import shutil
import subprocess

from django.conf import settings
from django.core.cache import caches

from config.release import release


def git(folder, *arguments):
    command = [
        shutil.which("git"),
        "-C",
        str(folder),
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@e",
        *arguments,
    ]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def test_the_default_cache_keys_carry_the_release():
    assert settings.RELEASE in caches["default"].make_key("anything")


def test_the_deploys_release_wins(tmp_path):
    assert release(tmp_path, {"SOLIDAIRE_RELEASE": "2026.12.1"}) == "2026.12.1"


def test_a_checkout_is_released_as_its_commit(tmp_path):
    (tmp_path / "pyproject.toml").write_text('version = "0.1.0"\n')
    git(tmp_path, "init", "-q")
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "x")
    head = git(tmp_path, "rev-parse", "HEAD")

    assert release(tmp_path, {}) == head[:12]

    git(tmp_path, "pack-refs", "--all")
    assert release(tmp_path, {}) == head[:12], "packed refs are read too"


def test_a_copy_without_its_repository_is_released_as_its_version(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "1.4.2"\n')

    assert release(tmp_path, {}) == "v1.4.2"
