"""Building a kit (the body of pedagogy_tools.tasks.build_kit): claim the row, write the zip to a temporary
file and rename it into place (or send the finished file to the object store in one save), mark the row
ready, then delete the kits of older revisions (and their files). Only a ready row has a file, so nothing
half-written is ever served.

A failed build leaves no file and says why. With a task queue that can wait (the database queue of
production), it is queued again by itself after settings.KIT_BUILD_RETRY_SECONDS, up to
settings.KIT_BUILD_ATTEMPTS attempts in all; then it fails for good, and asking again
(pedagogy_tools.kit_requests) starts over. A build whose worker died (killed, out of memory, the machine
gone) stops reporting progress: recover_stalled_kits(), run by the worker itself every few seconds
(pedagogy_tools' db_worker command) and by `manage.py recover_kit_builds`, queues it again the same way
(pedagogy_tools.tasks gives both the way to queue a build).

State changes are single conditional UPDATEs, so two requests or two workers never build one kit twice.
"""

import contextlib
import datetime
import logging
import os
import tempfile
from functools import partial

from django.conf import settings
from django.core.files import File
from django.db.models import F
from django.utils import timezone

from pedagogy_tools.bundle.kit import KitBuilder
from pedagogy_tools.models import KitBuild, kit_storage

logger = logging.getLogger(__name__)
Status = KitBuild.Status
MAX_ERROR_LENGTH = 2000


def kit_file_name(kit):
    return f"toolkit-kits/{kit.toolkit_id}/{kit.revision_id}-{kit.locale.language_code}-{kit.start:%H%M}.zip"


def run_build(kit_id, queue_again=None):
    """Build the kit `kit_id` if it is waiting; return what became of it ("ready", "retrying", "failed",
    ...). `queue_again(kit_id, seconds)` queues its build to run again later (pedagogy_tools.tasks); without
    it (a queue that cannot wait), a failed build fails at once."""
    claimed = KitBuild.objects.filter(pk=kit_id, status=Status.PENDING).update(
        status=Status.BUILDING,
        progress=0,
        step="",
        attempts=F("attempts") + 1,
        updated_at=timezone.now(),
    )
    if not claimed:
        return "skipped"  # built, building elsewhere, or deleted
    kit = KitBuild.objects.select_related("toolkit", "revision", "locale").filter(pk=kit_id).first()
    if kit is None:
        return "discarded"
    storage = kit_storage()
    try:
        builder = KitBuilder(kit, report=partial(report_progress, kit_id))
        name, size = save_atomically(storage, kit_file_name(kit), builder.write)
    except Exception as error:
        logger.exception("Building kit %s failed (attempt %s)", kit_id, kit.attempts)
        return give_up_or_retry(kit, f"{type(error).__name__}: {error}", queue_again)
    finished = KitBuild.objects.filter(pk=kit_id, status=Status.BUILDING).update(
        status=Status.READY,
        progress=100,
        step="",
        error="",
        file=name,
        size=size,
        updated_at=timezone.now(),
        finished_at=timezone.now(),
    )
    if not finished:  # the row went (a newer revision's kit replaced it) or was reset while we built
        if not KitBuild.objects.filter(file=name).exists():
            storage.delete(name)
        return "discarded"
    delete_outdated_kits(kit)
    return "ready"


def give_up_or_retry(kit, error, queue_again):
    """After a failed attempt of `kit` (a row that was building): queue it again later with
    `queue_again` if it has attempts left; else mark it failed. Returns "retrying", "failed" or
    "skipped" (the row changed meanwhile)."""
    error = error[:MAX_ERROR_LENGTH]
    now = timezone.now()
    row = KitBuild.objects.filter(pk=kit.pk, status=Status.BUILDING, attempts=kit.attempts)
    if queue_again is not None and kit.attempts < settings.KIT_BUILD_ATTEMPTS:
        if not row.update(
            status=Status.PENDING, progress=0, step="", file="", size=None, error=error, updated_at=now
        ):
            return "skipped"
        queue_again(kit.pk, settings.KIT_BUILD_RETRY_SECONDS)
        return "retrying"
    changed = row.update(
        status=Status.FAILED, file="", size=None, error=error, updated_at=now, finished_at=now
    )
    return "failed" if changed else "skipped"


def recover_stalled_kits(queue_again=None):
    """Queue again with `queue_again(kit_id, 0)` (or fail, past the last attempt or without it) every kit
    pending or building with no news for settings.KIT_BUILD_STALLED_SECONDS: its worker died, or its task
    was lost. Returns how many kits it changed."""
    stalled = KitBuild.objects.filter(
        status__in=[Status.PENDING, Status.BUILDING],
        updated_at__lt=timezone.now() - datetime.timedelta(seconds=settings.KIT_BUILD_STALLED_SECONDS),
    )
    recovered = 0
    for kit in stalled:
        reason = f"The build stopped without finishing (its worker stopped) after {kit.attempts} attempt(s)."
        row = KitBuild.objects.filter(pk=kit.pk, status=kit.status, updated_at=kit.updated_at)
        now = timezone.now()
        if queue_again is not None and kit.attempts < settings.KIT_BUILD_ATTEMPTS:
            if row.update(status=Status.PENDING, progress=0, step="", error=reason, updated_at=now):
                queue_again(kit.pk, 0)
                recovered += 1
        elif row.update(status=Status.FAILED, error=reason, updated_at=now, finished_at=now):
            recovered += 1
    if recovered:
        logger.warning("Recovered %s stalled kit build(s)", recovered)
    return recovered


def report_progress(kit_id, step, percent):
    KitBuild.objects.filter(pk=kit_id, status=Status.BUILDING).update(
        step=step, progress=percent, updated_at=timezone.now()
    )


def delete_outdated_kits(kit):
    """Delete the kits of older revisions of the same toolkit in the same locale; their files go with
    them (pedagogy_tools.signals)."""
    KitBuild.objects.filter(
        toolkit_id=kit.toolkit_id, locale_id=kit.locale_id, revision_id__lt=kit.revision_id
    ).delete()


def save_atomically(storage, name, write):
    """Write a file with `write(fileobj)` and make it appear as `name` all at once; return (name, size).

    On a local file system the file is written beside its final place, then renamed over it, so no one
    ever sees half a file. Other storages (object stores) receive the finished file in one save.
    """
    try:
        final_path = storage.path(name)
    except NotImplementedError:
        final_path = None
    if final_path is not None:
        directory = os.path.dirname(final_path)
        os.makedirs(directory, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".building-", suffix=".part")
        try:
            with os.fdopen(descriptor, "w+b") as fileobj:
                write(fileobj)
                fileobj.flush()
                os.fsync(fileobj.fileno())
            os.replace(temporary, final_path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        return name, os.path.getsize(final_path)
    with tempfile.TemporaryFile() as fileobj:
        write(fileobj)
        size = fileobj.tell()
        fileobj.seek(0)
        if storage.exists(name):
            storage.delete(name)
        return storage.save(name, File(fileobj, name=os.path.basename(name))), size
