import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mylife4me.core import page_cache
from mylife4me.core.bench_seeding import Scale, bench_seeders


class Command(BaseCommand):
    help = "Fills an empty database with city-scale data for `make bench` (bench mode only)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--scale", type=float, default=1.0, help="1 is the full city; 0.1 a tenth.")
        parser.add_argument("--postcodes", type=Path, help="An ONS-style postcode CSV to load in full.")
        parser.add_argument("--only", nargs="*", default=None, help="Run only these seeders (by name).")

    def handle(self, *args, scale: float, postcodes: Path | None, only: list[str] | None, **options) -> None:
        if not settings.BENCH_MODE:
            raise CommandError("seed_bench writes made-up data in bulk; it runs only with MYLIFE4ME_BENCH=1.")
        if postcodes is not None and not postcodes.is_file():
            raise CommandError(f"No such file: {postcodes}")
        if not 0 < scale <= 10:
            raise CommandError("--scale must be above 0 and at most 10.")
        size = Scale(factor=scale, postcodes_csv=postcodes)
        for name, seeder in bench_seeders():
            if only is not None and name not in only:
                continue
            started = time.monotonic()
            with transaction.atomic():
                seeder(size, lambda line, name=name: self.stdout.write(f"  {name}: {line}"))
            self.stdout.write(f"Seeded {name} in {time.monotonic() - started:.1f} s")
        page_cache.forget_all()
        self.stdout.write(self.style.SUCCESS(f"Bench data seeded at scale {scale}."))
