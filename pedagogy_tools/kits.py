"""A kit's life: asked for, built in the background, served, replaced by the next revision's.

- `current_kit(page)`: the KitBuild of the page's current revision in its locale, if any.
- `request_kit(page)`: make sure that kit exists or is on its way; queue a build (django-tasks) when there
  is none yet, or the last one failed or stalled.
- `run_build(kit_id)`: the task's body. Claims the row, writes the zip to a temporary file and renames it
  into place, marks the row ready, then deletes the kits of older revisions (and their files). A failed
  build leaves no file and says why; asking again retries it.

State changes are single conditional UPDATEs, so two requests or two workers never build one kit twice.
"""

import contextlib
import logging
import os
import tempfile
from functools import partial

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from pedagogy_tools.bundle.kit import KitBuilder
from pedagogy_tools.models import KitBuild, kit_storage

logger = logging.getLogger(__name__)
Status = KitBuild.Status
MAX_ERROR_LENGTH = 2000


class NotPublished(Exception):
    """The toolkit has no published revision yet, so it has no kit."""


def current_kit(page):
    revision_id = page.kit_revision_id()
    if revision_id is None:
        return None
    return KitBuild.objects.filter(revision_id=revision_id, locale_id=page.locale_id).first()


def request_kit(page):
    """The current kit of `page` and whether this call queued a build for it: (kit, queued)."""
    revision_id = page.kit_revision_id()
    if revision_id is None:
        raise NotPublished(page)
    kit, created = KitBuild.objects.get_or_create(
        revision_id=revision_id, locale_id=page.locale_id, defaults={"toolkit": page}
    )
    queued = created
    if not created and (kit.is_failed or kit.is_stalled):
        # Only one of several simultaneous retries wins this update, and only it queues a build.
        queued = bool(
            KitBuild.objects.filter(pk=kit.pk, status=kit.status, updated_at=kit.updated_at).update(
                status=Status.PENDING, progress=0, step="", error="", updated_at=timezone.now()
            )
        )
    if queued:
        enqueue_build(kit.pk)
        kit.refresh_from_db()
    return kit, queued


def enqueue_build(kit_id):
    """Queue the build once the row is committed, so that a worker (or the immediate backend) sees it."""
    from pedagogy_tools.tasks import build_kit

    transaction.on_commit(partial(build_kit.enqueue, kit_id))


def kit_file_name(kit):
    return f"toolkit-kits/{kit.toolkit_id}/{kit.revision_id}-{kit.locale.language_code}.zip"


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
