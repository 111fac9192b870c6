"""One seeded world for the whole tests/security package (building it runs every demo loader: the
slowest part of these tests). It is made inside a transaction that is rolled back when the package ends;
each test runs in a savepoint within it (pytest-django's `django_db`), so what one test changes never
reaches the next."""

import pytest
from django.db import transaction

from tests.security.world import World, build_world


@pytest.fixture(scope="package")
def _package_world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def world(_package_world, db) -> World:
    """The module's world, its objects read again from the database (a test may change them in memory)."""
    for item in [*_package_world.users.values(), *_package_world.objects.values()]:
        if item is not None and item.pk is not None:
            item.refresh_from_db()
    return _package_world
