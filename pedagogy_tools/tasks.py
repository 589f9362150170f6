"""Background work (django-tasks): building a kit. settings.TASKS decides where it runs: in the request
with the immediate backend (development, tests), by `manage.py db_worker` with the database backend."""

from django_tasks import task

from pedagogy_tools.kit_building import run_build


@task()
def build_kit(kit_id):
    """Build the kit `kit_id` (see pedagogy_tools.kit_building.run_build); return what became of it."""
    return run_build(kit_id)
