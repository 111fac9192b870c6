"""Real PostgreSQL, Redis and Celery worker processes, for tests of anything that runs in a worker.

Other apps can use these fixtures: `celery_worker` (one running worker), `start_worker` (start more, or
kill one), `broker_unreachable()` and `wait_for()`. The worker runs `celery -A mylife4me worker` in a
subprocess against the Django test database (test_<name>) and the broker in CELERY_BROKER_URL
(REDIS_URL), so each developer's own Redis database number keeps their runs apart. Use
`pytest.mark.django_db(transaction=True)` so that rows are committed where the worker can see them.
"""

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.db import connection

from mylife4me.celery import app as celery_app
from tests.services import need

ROOT = Path(__file__).resolve().parents[2]
WORKER_START_TIMEOUT = 30


def wait_for(predicate: Callable[[], object], timeout: float = 20, what: str = "the condition") -> object:
    """Polls until predicate() is truthy; fails the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"Timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    user = quote(db["USER"] or "", safe="")
    return f"postgres://{user}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def _redis_available() -> bool:
    try:
        return bool(redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_connect_timeout=1).ping())
    except (redis.RedisError, ValueError):
        return False


@pytest.fixture
def integration_services(transactional_db) -> None:
    """Skips (or fails in CI) unless PostgreSQL and a Redis broker are there; publishes to the broker."""
    need(connection.vendor == "postgresql", "the integration tests need PostgreSQL (set DATABASE_URL)")
    need(bool(settings.CELERY_BROKER_URL), "the integration tests need a Redis broker (set REDIS_URL)")
    need(_redis_available(), f"Redis at {settings.CELERY_BROKER_URL} does not answer")
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    yield
    celery_app.conf.task_always_eager = previous


class Worker:
    """A `celery worker` subprocess (its own process group, so that it can be killed with its children)."""

    def __init__(self, env: dict[str, str], concurrency: int, log_dir: Path) -> None:
        self.name = f"test-{uuid.uuid4().hex[:8]}@%h"
        self.log_path = log_dir / f"{self.name.split('@')[0]}.log"
        command = [
            sys.executable, "-m", "celery", "-A", "mylife4me", "worker",
            "--pool=prefork", f"--concurrency={concurrency}", "--loglevel=INFO",
            "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", self.name,
        ]  # fmt: skip
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        wait_for(self._ready, WORKER_START_TIMEOUT, f"the Celery worker to start (log: {self.log_path})")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def _ready(self) -> bool:
        if self.process.poll() is not None:
            pytest.fail(f"The Celery worker exited at start:\n{self.log()[-3000:]}")
        return " ready." in self.log()

    def pids(self) -> list[int]:
        """The main process and its pool children."""
        children = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True, check=False
        ).stdout.split()
        return [self.process.pid, *map(int, children)]

    def kill(self) -> None:
        """SIGKILL to the whole worker, as when a machine dies: no clean-up, no acknowledgement."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)
        self._log.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()


@pytest.fixture
def worker_env(integration_services) -> dict[str, str]:
    """The environment a worker subprocess needs to share this test's database and broker.

    Add to it (e.g. settings the worker should use) before starting workers.
    """
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": _database_url(),
            "DATABASE_CONN_MAX_AGE": "0",  # no connection left open when the test database is dropped
            "REDIS_URL": settings.REDIS_URL,
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            "SECRET_KEY": settings.SECRET_KEY,
            "SITE_URL": settings.SITE_URL,
            "MYLIFE4ME_REQUIRE_SERVICES": "0",
        }
    )
    return env


@pytest.fixture
def start_worker(worker_env) -> Iterator[Callable[..., Worker]]:
    """start_worker(concurrency=2) -> Worker; every worker is stopped when the test ends."""
    celery_app.control.purge()  # messages left by earlier runs would only be noise
    workers: list[Worker] = []
    log_dir = Path(tempfile.mkdtemp(prefix="ml4m-worker-"))

    def start(concurrency: int = 2) -> Worker:
        worker = Worker(worker_env, concurrency, log_dir)
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def celery_worker(start_worker) -> Worker:
    return start_worker()


def _reset_producer_pool() -> None:
    celery_app._pool = None
    with contextlib.suppress(AttributeError, KeyError):
        celery_app.__dict__["amqp"]._producer_pool = None


@contextlib.contextmanager
def broker_unreachable() -> Iterator[None]:
    """Within the block, this process (not the workers) cannot reach the broker."""
    previous = celery_app.conf.broker_url
    celery_app.conf.broker_url = "redis://127.0.0.1:9/0"  # nothing listens on the discard port
    _reset_producer_pool()
    try:
        yield
    finally:
        celery_app.conf.broker_url = previous
        _reset_producer_pool()


class Recording:
    """What workers sent through the recording alerts backend (kept in Redis)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.redis = redis.Redis.from_url(settings.ALERTS_RECORDING_REDIS_URL)

    def times_sent(self, reference) -> int:
        return int(self.redis.hget(f"{self.prefix}:sent", str(reference)) or 0)

    def references(self) -> dict[str, int]:
        return {k.decode(): int(v) for k, v in self.redis.hgetall(f"{self.prefix}:sent").items()}

    def block(self) -> None:
        """Sends wait (mid-send) until unblock()."""
        self.redis.set(f"{self.prefix}:block", 1)

    def unblock(self) -> None:
        self.redis.delete(f"{self.prefix}:block")

    def entered(self) -> list[str]:
        """References whose send started while blocked."""
        return [ref.decode() for ref in self.redis.lrange(f"{self.prefix}:entered", 0, -1)]

    def clear(self) -> None:
        for key in self.redis.scan_iter(f"{self.prefix}:*"):
            self.redis.delete(key)


@pytest.fixture
def recording(worker_env, settings) -> Iterator[Recording]:
    """Workers started after this (and this process) send email and SMS to a Redis recorder."""
    prefix = f"ml4m-test-recording-{uuid.uuid4().hex[:8]}"
    values = {
        "ALERTS_EMAIL_BACKEND": "recording",
        "SMS_BACKEND": "recording",
        "ALERTS_RECORDING_PREFIX": prefix,
    }
    worker_env.update(values)
    worker_env["ALERTS_RECORDING_REDIS_URL"] = settings.ALERTS_RECORDING_REDIS_URL
    for name, value in values.items():
        setattr(settings, name, value)
    record = Recording(prefix)
    yield record
    record.unblock()
    record.clear()
