"""Background work (django-tasks): building a kit. settings.TASKS decides where it runs: in the request
with the immediate backend (development, tests), by `manage.py db_worker` with the database backend."""

import datetime

from django.utils import timezone
from django_tasks import task

from pedagogy_tools import kit_building


@task()
def build_kit(kit_id):
    """Build the kit `kit_id` (see pedagogy_tools.kit_building.run_build); return what became of it."""
    return kit_building.run_build(kit_id, queue_again=queue_again_if_possible())


def queue_again(kit_id, seconds):
    """Queue the build of `kit_id` to run in `seconds`."""
    if seconds:
        build_kit.using(run_after=timezone.now() + datetime.timedelta(seconds=seconds)).enqueue(kit_id)
    else:
        build_kit.enqueue(kit_id)


def queue_again_if_possible():
    """queue_again when the task queue can run a task later (the database queue can; the immediate one,
    which runs tasks in the request, cannot: there a failed build waits for someone to ask again)."""
    return queue_again if build_kit.get_backend().supports_defer else None


def recover_stalled_kits():
    """Queue again the kit builds whose worker died (pedagogy_tools.kit_building.recover_stalled_kits)."""
    return kit_building.recover_stalled_kits(queue_again_if_possible())
