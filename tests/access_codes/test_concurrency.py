"""Issuing at the same moment, on real PostgreSQL: threads with their own connections."""

import threading

import pytest
from django.db import connection

from access_codes import issuing, pool
from access_codes.models import AccessCode, CodeRequest
from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from tests.access_codes.helpers import make_batch, make_request
from tests.factories import make_staff
from tests.services import need

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_together(jobs) -> list:
    """Runs each job in its own thread (its own database connection), all released at once."""
    need(connection.vendor == "postgresql", "the concurrency tests need PostgreSQL (set DATABASE_URL)")
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)
    errors: list = []

    def run(index, job):
        from django.db import connections

        try:
            barrier.wait(timeout=30)
            results[index] = job()
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


def test_twenty_issuers_ten_codes_twenty_requests(settings):
    settings.ACCESS_CODES_LOW_POOL_THRESHOLD = 5
    admins = [make_staff(Role.CODE_ADMINISTRATOR, email=f"admin{n}@example.org") for n in range(2)]
    make_batch(10)
    requests = [make_request(name=f"P{number}") for number in range(20)]

    outcomes = run_together(
        [
            lambda r=request, n=index: issuing.issue(r.pk, admins[n % 2])
            for index, request in enumerate(requests)
        ]
    )

    issued = [o for o in outcomes if o.result == issuing.Result.ISSUED]
    empty = [o for o in outcomes if o.result == issuing.Result.POOL_EMPTY]
    assert len(issued) == 10 and len(empty) == 10
    assert len({o.code for o in issued}) == 10  # ten distinct codes
    assert AccessCode.objects.filter(issued_at__isnull=False).count() == 10
    assert AccessCode.objects.filter(request__isnull=False).values("request").distinct().count() == 10
    assert CodeRequest.objects.filter(state="issued").count() == 10
    waiting = CodeRequest.objects.filter(state="waiting")
    assert waiting.count() == 10 and not waiting.filter(pool_empty_at__isnull=True).exists()
    assert all(r.events.filter(action="pool empty").exists() for r in waiting)
    assert Notification.objects.filter(kind=issuing.CODE_KIND).count() == 10
    # The low-pool alert went out once (one per administrator), not once per issuer.
    assert Notification.objects.filter(kind=pool.LOW_POOL_KIND).count() == len(admins)
    assert pool.remaining() == 0


def test_two_administrators_issuing_the_same_request(settings):
    settings.ACCESS_CODES_LOW_POOL_THRESHOLD = 0
    first = make_staff(Role.CODE_ADMINISTRATOR, username="alpha")
    second = make_staff(Role.CODE_ADMINISTRATOR, username="beta")
    make_batch(10)
    request = make_request(name="Once")

    outcomes = run_together(
        [lambda: issuing.issue(request.pk, first), lambda: issuing.issue(request.pk, second)]
    )

    results = sorted(o.result for o in outcomes)
    assert results == sorted([issuing.Result.ISSUED, issuing.Result.ALREADY_DONE])
    winner = next(o for o in outcomes if o.result == issuing.Result.ISSUED)
    loser = next(o for o in outcomes if o.result == issuing.Result.ALREADY_DONE)
    request.refresh_from_db()
    assert request.decided_by.username == loser.by
    assert AccessCode.objects.filter(issued_at__isnull=False).count() == 1
    assert AccessCode.objects.get(request=request).code == winner.code
    assert Notification.objects.filter(kind=issuing.CODE_KIND).count() == 1
    assert request.events.filter(action="issued").count() == 1
