"""`manage.py recover_kit_builds`: queue again the kit builds whose worker died (no news for
settings.KIT_BUILD_STALLED_SECONDS), or fail them past their last attempt. The worker does it by itself
every few seconds (pedagogy_tools' db_worker); this command is for a cron job or a worker's start."""

from django.core.management.base import BaseCommand

from pedagogy_tools.tasks import recover_stalled_kits


class Command(BaseCommand):
    help = "Queue again the kit builds whose worker died."

    def handle(self, *args, **options):
        self.stdout.write(f"Recovered {recover_stalled_kits()} stalled kit build(s).")
