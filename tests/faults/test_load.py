"""A short mixed load with writes (benchmarks/mixed_load.py; `make load` runs the long one)."""

import os
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.integration.conftest import _database_url
from tests.services import need

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import mixed_load

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_mixed_load_loses_nothing_and_breaks_nothing(capsys):
    need(connection.vendor == "postgresql", "the load test needs PostgreSQL (set DATABASE_URL)")
    need(bool(settings.REDIS_URL), "the load test needs Redis (set REDIS_URL)")
    clients = 8
    plan = mixed_load.seed(clients)
    env = mixed_load.server_env(
        DATABASE_URL=_database_url(),
        DATABASE_CONN_MAX_AGE="0",
        SECRET_KEY=settings.SECRET_KEY,
        REDIS_URL=settings.REDIS_URL,
        CACHE_KEY_PREFIX=f"load-{uuid.uuid4().hex[:6]}",
        CELERY_BROKER_URL="",  # alerts are sent in the request by the recording backend: no queue left over
        ALERTS_RECORDING_PREFIX=f"load-{uuid.uuid4().hex[:6]}",
        MYLIFE4ME_REQUIRE_SERVICES="0",
    )
    port = mixed_load.free_port()
    server = mixed_load.start_gunicorn(env, port)
    try:
        tally = mixed_load.run_load(
            f"http://127.0.0.1:{port}", plan, float(os.environ.get("LOAD_SECONDS", 20)), clients
        )
    finally:
        server.terminate()
        server.wait(15)
    lost = mixed_load.lost_writes(tally)
    with capsys.disabled():
        print("\nmixed load:", mixed_load.report(tally, lost))
    assert tally.counts["error"] == 0, tally.errors
    assert not lost
    assert tally.counts["requests"] > 200
    assert len(tally.accepted_replies) > 5 and len(tally.accepted_callbacks) > 3
