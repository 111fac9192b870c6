import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from services_directory.openreferral import import_services


class Command(BaseCommand):
    help = (
        "Loads services from Open Referral UK JSON (one service, a list, or a page from /services) saved "
        "in a file, for example another council's feed. Ids are kept: running it again updates the same rows."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("json_file", type=Path)

    def handle(self, *args, json_file: Path, **options) -> None:
        try:
            data = json.loads(json_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CommandError(f"No such file: {json_file}") from None
        except json.JSONDecodeError as error:
            raise CommandError(f"{json_file} is not JSON: {error}") from None
        try:
            count = import_services(data)
        except (KeyError, TypeError, ValueError) as error:
            raise CommandError(f"{json_file} is not Open Referral UK service JSON: {error!r}") from None
        self.stdout.write(f"Loaded {count} services.")
