"""Building a kit (the body of pedagogy_tools.tasks.build_kit): claim the row, write the zip to a temporary
file and rename it into place, mark the row ready, then delete the kits of older revisions (and their
files). A failed build leaves no file and says why; asking again (pedagogy_tools.kit_requests) retries it.

State changes are single conditional UPDATEs, so two requests or two workers never build one kit twice.
"""

import contextlib
import logging
import os
import tempfile
from functools import partial

from django.core.files import File
from django.utils import timezone

from pedagogy_tools.bundle.kit import KitBuilder
from pedagogy_tools.models import KitBuild, kit_storage

logger = logging.getLogger(__name__)
Status = KitBuild.Status
MAX_ERROR_LENGTH = 2000


def kit_file_name(kit):
    return f"toolkit-kits/{kit.toolkit_id}/{kit.revision_id}-{kit.locale.language_code}-{kit.start:%H%M}.zip"


def run_build(kit_id):
    """Build the kit `kit_id` if it is waiting; return what became of it ("ready", "failed", ...)."""
    claimed = KitBuild.objects.filter(pk=kit_id, status=Status.PENDING).update(
        status=Status.BUILDING, progress=0, step="", error="", updated_at=timezone.now()
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
        logger.exception("Building kit %s failed", kit_id)
        KitBuild.objects.filter(pk=kit_id).update(
            status=Status.FAILED,
            file="",
            size=None,
            error=f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH],
            updated_at=timezone.now(),
            finished_at=timezone.now(),
        )
        return "failed"
    finished = KitBuild.objects.filter(pk=kit_id, status=Status.BUILDING).update(
        status=Status.READY,
        progress=100,
        step="",
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
