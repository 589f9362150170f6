"""`manage.py load_demo_content`: the demo course in four languages and, in development, demo accounts."""

from django.conf import settings
from django.core.management.base import BaseCommand

from learning.demo.accounts import DEMO_ACCOUNTS, create_demo_accounts
from learning.demo.build import DemoBuilder


class Command(BaseCommand):
    help = "Load the demo course and its translations. Safe to run again: nothing is created twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts",
            action="store_true",
            help="Also create the demo accounts (always done when DEBUG is on). Never in production.",
        )

    def handle(self, *args, accounts=False, **options):
        created = DemoBuilder(log=self.stdout.write).build()
        self.stdout.write(f"Demo content: {created} object(s) created.")
        if settings.DEBUG or accounts:
            create_demo_accounts()
            self.stdout.write("Demo accounts (development only):")
            for account in DEMO_ACCOUNTS:
                self.stdout.write(
                    f"  {account['username']:<12} password {account['password']:<16} {account['role']}"
                )
