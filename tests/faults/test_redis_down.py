"""Redis stopped under a running site: a PRIVATE redis-server (never the machine's shared one) behind a
gunicorn subprocess on the test database. Public pages still serve, writes still land, the health
command says what is down, and nothing is a 500. The alerts those writes made wait in the outbox; once
Redis is back a real Celery worker and beat's requeue task deliver each of them exactly once, and the
health command then exits 0 with every part up."""

import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

from tests.faults.private_services import mixed_load, private_redis, start_redis, stop
from tests.integration.conftest import Recording, Worker, _database_url, wait_for
from tests.services import need

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
ROOT = Path(__file__).resolve().parents[2]


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90, check=False)


def test_with_redis_stopped_the_site_still_serves_and_keeps_writes(tmp_path):
    need(connection.vendor == "postgresql", "the fault tests need PostgreSQL (set DATABASE_URL)")
    plan = mixed_load.seed(1)
    recording = Recording(f"ml4m-test-recording-{uuid.uuid4().hex[:8]}")
    with private_redis() as (redis_port, redis_process):
        redis_url = f"redis://127.0.0.1:{redis_port}/0"
        env = mixed_load.server_env(
            DATABASE_URL=_database_url(),
            DATABASE_CONN_MAX_AGE="0",
            SECRET_KEY=settings.SECRET_KEY,
            REDIS_URL=redis_url,
            CELERY_BROKER_URL=redis_url,
            MYLIFE4ME_REQUIRE_SERVICES="0",
            # Sends are recorded in the shared Redis, which stays up: only the private one goes down.
            ALERTS_RECORDING_REDIS_URL=settings.ALERTS_RECORDING_REDIS_URL,
            ALERTS_RECORDING_PREFIX=recording.prefix,
            # The beat task requeues at once, not after minutes.
            ALERTS_REQUEUE_AFTER_SECONDS="0",
            ALERTS_REQUEUE_QUEUED_AFTER_SECONDS="0",
        )
        port = mixed_load.free_port()
        server = mixed_load.start_gunicorn(env, port)
        base = f"http://127.0.0.1:{port}"
        try:
            assert requests.get(base + "/", timeout=10).status_code == 200
            stop(redis_process)
            for path in ["/", "/forum/", "/services/", "/drugs/", plan.thread_paths[0]]:
                response = requests.get(base + path, timeout=20)
                assert response.status_code == 200, (path, response.status_code)
            assert requests.get(base + "/healthz", timeout=20).status_code == 503
            session = requests.Session()
            session.headers.update(mixed_load.SAME_ORIGIN)
            login = session.post(
                base + "/account/login/",
                data={"login": plan.usernames[0], "password": mixed_load.PASSWORD},
                allow_redirects=False,
                timeout=20,
            )
            assert login.status_code == 302, login.status_code
            callback = session.post(
                f"{base}/services/{plan.service_slugs[0]}/call-back/",
                data={"name": "Sam", "phone": "07700 900123", "best_times": "any", "note": "redis-down"},
                allow_redirects=False,
                timeout=20,
            )
            assert callback.status_code in (200, 302), callback.status_code
            assert callback.status_code == 302, callback.status_code
            health = run([sys.executable, "manage.py", "health"], env)
            assert health.returncode != 0
            assert "DOWN" in health.stdout and "database" in health.stdout
            from mylife4me.alerts.models import Notification
            from services_directory.models import CallbackRequest

            assert CallbackRequest.objects.filter(note="redis-down").exists()
            waiting = list(Notification.objects.filter(state=Notification.State.PENDING))
            assert waiting, "the call-back's alerts should wait in the outbox for the broker"

            # Redis back (same port, empty: nothing survived), a worker, and beat's requeue task: every
            # waiting alert goes, once. Then every part is up and the health command says so (exit 0).
            redis_process = start_redis(redis_port)
            worker = Worker(env, concurrency=1, log_dir=Path(tempfile.mkdtemp(prefix="ml4m-worker-")))
            try:
                for task in ("alerts.requeue_stale", "core.beat_heartbeat"):
                    called = run([sys.executable, "-m", "celery", "-A", "mylife4me", "call", task], env)
                    assert called.returncode == 0, called.stderr
                wait_for(
                    lambda: all(recording.times_sent(n.pk) for n in waiting),
                    timeout=60,
                    what=f"the waiting alerts to go (worker log: {worker.log_path})",
                )
                wait_for(
                    lambda: not Notification.objects.filter(state__in=["pending", "sending"]).exists(),
                    what="the outbox to empty",
                )
                assert all(recording.times_sent(n.pk) == 1 for n in waiting)
                health = run([sys.executable, "manage.py", "health"], env)
                assert health.returncode == 0, health.stdout + health.stderr
                for part in ("database", "broker", "cache", "worker", "outbox", "beat"):
                    assert part in health.stdout
                assert "DOWN" not in health.stdout
            finally:
                worker.stop()
                stop(redis_process)
        finally:
            server.terminate()
            server.wait(15)
            recording.clear()
