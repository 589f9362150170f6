"""`manage.py load_demo_content`: the demo course in four languages and, in development, demo accounts.

Each app that has demo content names its builder in `settings.DEMO_CONTENT_BUILDERS` (in order), so this
command runs them all without the learning app importing the apps built on it."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from learning.demo.accounts import DEMO_ACCOUNTS, create_demo_accounts


class Command(BaseCommand):
    help = "Load the demo course and its translations. Safe to run again: nothing is created twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts",
            action="store_true",
            help="Also create the demo accounts (always done when DEBUG is on). Never in production.",
        )

    def handle(self, *args, accounts=False, **options):
        created = sum(import_string(path)(log=self.stdout.write) for path in settings.DEMO_CONTENT_BUILDERS)
        self.stdout.write(f"Demo content: {created} object(s) created.")
        if settings.DEBUG or accounts:
            create_demo_accounts()
            self.stdout.write("Demo accounts (development only):")
            for account in DEMO_ACCOUNTS:
                self.stdout.write(
                    f"  {account['username']:<12} password {account['password']:<16} {account['role']}"
                )
