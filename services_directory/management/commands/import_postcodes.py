from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from services_directory.postcodes import import_postcodes


class Command(BaseCommand):
    help = "Loads UK postcodes from an ONS-style CSV (postcode,lat,long,local_authority). Safe to run again."

    def add_arguments(self, parser) -> None:
        parser.add_argument("csv", type=Path)

    def handle(self, *args, csv: Path, **options) -> None:
        if not csv.is_file():
            raise CommandError(f"No such file: {csv}")
        count = import_postcodes(csv)
        self.stdout.write(f"Loaded {count} postcodes.")
