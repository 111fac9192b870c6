"""City-scale data for `make bench`: each app registers how to seed its own tables.

`manage.py seed_bench --scale 1` runs every registered seeder in order. A seeder gets a `Scale` (use
`scale.of(full_size)` for every count, so `make bench-quick` gets a tenth of everything) and a
function that prints a line. Seeders write in bulk (bulk_create, or INSERT ... SELECT generate_series on
PostgreSQL) so the full set takes minutes. Apps register from their AppConfig.ready:

    from mylife4me.core.bench_seeding import register_bench_seeder
    register_bench_seeder("stories", bench_seed.seed_stories, order=40)
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password


@dataclass
class Scale:
    factor: float = 1.0
    postcodes_csv: Path | None = None
    seed: int = 4  # the same data every run
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def of(self, full_size: int) -> int:
        """This many at this scale (never fewer than one)."""
        return max(1, round(full_size * self.factor))


BenchSeeder = Callable[[Scale, Callable[[str], None]], None]


@dataclass(frozen=True)
class _Registered:
    name: str
    seeder: BenchSeeder
    order: int


_seeders: dict[str, _Registered] = {}


def register_bench_seeder(name: str, seeder: BenchSeeder, order: int = 50) -> None:
    _seeders[name] = _Registered(name, seeder, order)


def bench_seeders() -> list[tuple[str, BenchSeeder]]:
    return [(item.name, item.seeder) for item in sorted(_seeders.values(), key=lambda r: (r.order, r.name))]


BENCH_USER_PREFIX = "bench-person-"
FULL_USERS = 20_000


def seed_users(scale: Scale, say: Callable[[str], None]) -> None:
    """Pseudonymous accounts; one password hash shared by all (hashing 20,000 would take minutes)."""
    User = get_user_model()
    password = make_password("bench-only-Passw0rd!")
    count = scale.of(FULL_USERS)
    User.objects.bulk_create(
        (User(username=f"{BENCH_USER_PREFIX}{number:05d}", password=password) for number in range(count)),
        batch_size=5000,
        ignore_conflicts=True,
    )
    say(f"{count} people")


def bench_user_ids() -> list[int]:
    return list(
        get_user_model()
        .objects.filter(username__startswith=BENCH_USER_PREFIX)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
