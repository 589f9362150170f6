"""A kit build that goes wrong is tried again (issue 12, part 11): by itself after a failure, with a queue
that can wait (here django-tasks' dummy backend, which keeps tasks without running them, as the database
queue does until a worker takes them); and when its worker died, by the recovery the worker runs. The
faults themselves (a killed worker, an unreachable store, a full disk) are in ops/faults/kit_build.py."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from pedagogy_tools import kit_building, tasks
from pedagogy_tools.models import KitBuild
from tests.helpers import message, text_of

Status = KitBuild.Status


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.KIT_BUILD_ATTEMPTS = 3
    settings.KIT_BUILD_RETRY_SECONDS = 15
    settings.KIT_BUILD_STALLED_SECONDS = 180
    from django_tasks import default_task_backend

    default_task_backend.clear()
    return default_task_backend


@pytest.fixture
def broken_storage(settings, tmp_path):
    """Kits stored under a path that is a file, not a folder: every write fails, as on a broken disk."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings.STORAGES = {
        **settings.STORAGES,
        "toolkit_kits": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(blocker)},
        },
    }
    return blocker


def make_kit(toolkit, **fields):
    return KitBuild.objects.create(
        toolkit=toolkit, revision=toolkit.live_revision, locale=toolkit.locale, **fields
    )


def test_a_failed_build_is_tried_again_by_itself_then_fails_with_a_clear_message(
    facilitator_client, toolkit, queue, broken_storage
):
    kit = make_kit(toolkit)

    assert tasks.build_kit.call(kit.pk) == "retrying"

    kit.refresh_from_db()
    assert (kit.status, kit.attempts, kit.file.name) == (Status.PENDING, 1, "")
    assert "NotADirectoryError" in kit.error or "FileExistsError" in kit.error
    retry = queue.results[-1]
    assert retry.args == [kit.pk]
    assert retry.task.run_after > timezone.now() + datetime.timedelta(seconds=10)
    status = facilitator_client.get(toolkit.url + "kit/")
    assert message(
        "The first try did not work. The kit is being made again by itself; you can stay on this page."
    ) in text_of(status)
    assert "NotADirectoryError" not in text_of(status)
    assert facilitator_client.get(toolkit.url + "kit/download/")["Location"] == toolkit.url + "kit/"

    assert tasks.build_kit.call(kit.pk) == "retrying"
    assert tasks.build_kit.call(kit.pk) == "failed"  # the third attempt was the last

    kit.refresh_from_db()
    assert (kit.status, kit.attempts, kit.file.name) == (Status.FAILED, 3, "")
    assert len(queue.results) == 2  # two retries queued, no more
    status = facilitator_client.get(toolkit.url + "kit/")
    assert message(
        "Sorry, the kit could not be made. Try again; if it fails again, tell the education team."
    ) in text_of(status)
    assert facilitator_client.get(toolkit.url + "kit/download/")["Location"] == toolkit.url + "kit/"


def test_asking_again_after_the_last_attempt_starts_over(
    facilitator_client, toolkit, queue, django_capture_on_commit_callbacks
):
    make_kit(toolkit, status=Status.FAILED, attempts=3, error="OSError: [Errno 28] No space left on device")

    with django_capture_on_commit_callbacks(execute=True):
        facilitator_client.post(toolkit.url + "kit/")

    kit = KitBuild.objects.get()
    assert (kit.status, kit.attempts, kit.error) == (Status.PENDING, 0, "")
    assert tasks.build_kit.call(kit.pk) == "ready"
    kit.refresh_from_db()
    assert (kit.status, kit.attempts) == (Status.READY, 1)


def test_without_a_queue_that_can_wait_a_failed_build_fails_at_once(toolkit, broken_storage):
    """The immediate backend (development, tests) runs the build in the request: no retry later."""
    kit = make_kit(toolkit)

    assert tasks.build_kit.call(kit.pk) == "failed"
    kit.refresh_from_db()
    assert (kit.status, kit.attempts) == (Status.FAILED, 1)


def test_a_build_whose_worker_died_is_queued_again_and_built(toolkit, queue):
    long_ago = timezone.now() - datetime.timedelta(minutes=5)
    kit = make_kit(toolkit, status=Status.BUILDING, progress=40, step="quiz", attempts=1, updated_at=long_ago)
    working = make_kit(
        toolkit, start=datetime.time(10, 0), status=Status.BUILDING, attempts=1, updated_at=timezone.now()
    )

    assert tasks.recover_stalled_kits() == 1

    kit.refresh_from_db()
    assert (kit.status, kit.progress) == (Status.PENDING, 0)
    assert "worker stopped" in kit.error
    assert [result.args for result in queue.results] == [[kit.pk]]
    working.refresh_from_db()
    assert working.status == Status.BUILDING  # a build that reports progress is left alone
    assert kit_building.run_build(kit.pk) == "ready"
    kit.refresh_from_db()
    assert (kit.status, kit.attempts, kit.error) == (Status.READY, 2, "")


def test_a_build_whose_worker_died_at_its_last_attempt_fails(facilitator_client, toolkit, queue):
    long_ago = timezone.now() - datetime.timedelta(minutes=5)
    kit = make_kit(toolkit, status=Status.BUILDING, attempts=3, updated_at=long_ago)

    call_command("recover_kit_builds")

    kit.refresh_from_db()
    assert kit.status == Status.FAILED
    assert queue.results == []
    assert message("Try again") in text_of(facilitator_client.get(toolkit.url + "kit/"))


def test_the_worker_command_is_django_tasks_db_s_with_the_recovery():
    from django.core.management import get_commands

    assert get_commands()["db_worker"] == "pedagogy_tools"
