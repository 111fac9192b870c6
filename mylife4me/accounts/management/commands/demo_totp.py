from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mylife4me.accounts.demo import DEMO_ACCOUNTS
from mylife4me.accounts.totp import current_code, demo_secret


class Command(BaseCommand):
    help = "Prints the current two-factor code of a demo staff account (demo use only)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username", choices=[name for name, *_ in DEMO_ACCOUNTS])

    def handle(self, *args, username: str, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("demo_totp only runs with DEBUG on (make run).")
        self.stdout.write(current_code(demo_secret(username)))
