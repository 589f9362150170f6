"""`manage.py db_worker`: django-tasks-db's worker, plus the recovery of kit builds whose worker died.

django-tasks-db 0.13 never runs a task again: a task whose worker was killed stays RUNNING for good. So
this worker, besides running tasks, looks every KIT_RECOVERY_INTERVAL seconds (in a thread of its own)
for kit builds with no news for settings.KIT_BUILD_STALLED_SECONDS and queues them again
(pedagogy_tools.kit_building.recover_stalled_kits). Every option is django-tasks-db's.
"""

import logging
import threading

from django.db import close_old_connections, connection
from django_tasks_db.management.commands import db_worker

from pedagogy_tools.tasks import recover_stalled_kits

logger = logging.getLogger(__name__)
KIT_RECOVERY_INTERVAL = 5.0


def recover_forever(stop):
    while not stop.wait(KIT_RECOVERY_INTERVAL):
        try:
            close_old_connections()
            recover_stalled_kits()
        except Exception:  # the database restarting, say: try again next time
            logger.exception("Recovering stalled kit builds failed")
        finally:
            connection.close()


class Command(db_worker.Command):
    help = db_worker.Command.help + ", and queue again the kit builds whose worker died"

    def handle(self, *args, **options):
        stop = threading.Event()
        threading.Thread(target=recover_forever, args=(stop,), daemon=True, name="kit-recovery").start()
        try:
            return super().handle(*args, **options)
        finally:
            stop.set()
