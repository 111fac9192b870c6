from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mylife4me.core.demo import demo_loaders


class Command(BaseCommand):
    help = "Loads the demo staff accounts and each app's demo content. Safe to run again."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even with DEBUG off (demo accounts have printed passwords: never on a live site).",
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                "load_demo makes accounts with known passwords; it runs with DEBUG on, or --force."
            )
        for name, loader in demo_loaders():
            self.stdout.write(self.style.MIGRATE_HEADING(f"Demo: {name}"))
            with transaction.atomic():
                loader(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
