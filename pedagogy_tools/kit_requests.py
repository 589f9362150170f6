"""Asking for a kit: make sure the kit of a toolkit page's current revision, in its locale, for a workshop
starting at a given time, exists or is on its way, and queue its build (pedagogy_tools.tasks) when there
is none yet, or the last one failed or stalled. Only one of several simultaneous requests queues a build.
A kit is made for a quarter hour (pedagogy_tools.agenda.kit_start), so a toolkit has at most 96 kits a day
in each language, whatever is asked.
"""

from functools import partial

from django.db import transaction
from django.utils import timezone

from pedagogy_tools.agenda import kit_start
from pedagogy_tools.models import DEFAULT_START, KitBuild
from pedagogy_tools.tasks import build_kit

Status = KitBuild.Status


class NotPublished(Exception):
    """The toolkit has no published revision yet, so it has no kit."""


def request_kit(page, start=DEFAULT_START):
    """The current kit of `page` for a workshop starting at `start` (a time of day; the kit of its quarter
    hour), and whether this call queued a build for it: (kit, queued)."""
    revision_id = page.kit_revision_id()
    if revision_id is None:
        raise NotPublished(page)
    kit, created = KitBuild.objects.get_or_create(
        revision_id=revision_id, locale_id=page.locale_id, start=kit_start(start), defaults={"toolkit": page}
    )
    queued = created
    if not created and (kit.is_failed or kit.is_stalled):
        # Only one of several simultaneous retries wins this update, and only it queues a build.
        queued = bool(
            KitBuild.objects.filter(pk=kit.pk, status=kit.status, updated_at=kit.updated_at).update(
                status=Status.PENDING, progress=0, step="", error="", attempts=0, updated_at=timezone.now()
            )
        )
    if queued:
        enqueue_build(kit.pk)
        kit.refresh_from_db()
    return kit, queued


def enqueue_build(kit_id):
    """Queue the build once the row is committed, so that a worker (or the immediate backend) sees it."""
    transaction.on_commit(partial(build_kit.enqueue, kit_id))
