"""PostgreSQL restarted while the site is under load: a PRIVATE PostgreSQL (a copy of the test database
in a cluster of our own, never the machine's shared server) behind a gunicorn subprocess that keeps its
connections (DATABASE_CONN_MAX_AGE=60, as in production).

While the database is down every request gets an answer within the timeout: a page or the site's own
"Sorry, there is a problem" page, never a traceback. Once it is back the site recovers by itself (no
gunicorn restart): every later request succeeds, including writes, because CONN_HEALTH_CHECKS throws away
the connections the restart broke before they are used."""

import threading
import time
from collections import Counter

import pytest
import requests
from django.conf import settings
from django.db import connection

from tests.faults.private_services import private_postgres, private_redis
from tests.integration.conftest import _database_url
from tests.services import need

from .private_services import mixed_load

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
TIMEOUT = 20  # seconds: no request may hang longer than this
SORRY = "Sorry, there is a problem with the service"


class Hammer:
    """Threads that GET pages (and sign in, so the session and user tables are read) until stopped."""

    def __init__(self, base: str, paths: list[str], clients: int = 4) -> None:
        self.base, self.paths = base, paths
        self.statuses: Counter = Counter()
        self.pages: Counter = Counter()  # the same, without /healthz
        self.problems: list[str] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._loop, args=(n,), daemon=True) for n in range(clients)]

    def __enter__(self) -> "Hammer":
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(TIMEOUT + 5)

    def _loop(self, number: int) -> None:
        session = requests.Session()
        session.headers.update({**mixed_load.SAME_ORIGIN, "X-Forwarded-For": f"198.18.9.{number + 1}"})
        turn = 0
        while not self.stopping.is_set():
            path = self.paths[turn % len(self.paths)].replace("{n}", f"{number}-{turn}")
            turn += 1
            started = time.monotonic()
            try:
                response = session.get(self.base + path, timeout=TIMEOUT)
            except requests.RequestException as exc:
                took = time.monotonic() - started
                with self.lock:
                    self.problems.append(f"GET {path}: {type(exc).__name__} after {took:.1f}s")
                continue
            body = response.text
            with self.lock:
                self.statuses[response.status_code] += 1
                if path != "/healthz":
                    self.pages[response.status_code] += 1
                if path == "/healthz":  # JSON for monitors: 503 with the part that is down
                    if response.status_code not in (200, 503) or "Traceback" in body:
                        self.problems.append(f"GET {path}: {response.status_code} {body[:100]}")
                elif response.status_code >= 500 and (SORRY not in body or "Traceback" in body):
                    self.problems.append(f"GET {path}: {response.status_code} without the site's error page")
                elif "Traceback" in body or "OperationalError" in body:
                    self.problems.append(f"GET {path}: {response.status_code} shows a traceback")
            time.sleep(0.02)


def test_postgres_restarted_under_load_fails_cleanly_and_recovers_without_a_site_restart(capsys):
    need(connection.vendor == "postgresql", "the fault tests need PostgreSQL (set DATABASE_URL)")
    plan = mixed_load.seed(1)
    paths = ["/", "/forum/", plan.thread_paths[0], "/services/", "/drugs/", "/search/?q=alcohol"]
    paths += ["/search/?q=help+{n}", "/healthz"]  # a new query each time: never from a cache
    with private_postgres(_database_url()) as database, private_redis() as (redis_port, _redis):
        env = mixed_load.server_env(
            DATABASE_URL=database.url,
            DATABASE_CONN_MAX_AGE="60",
            SECRET_KEY=settings.SECRET_KEY,
            REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
            MYLIFE4ME_REQUIRE_SERVICES="0",
        )
        port = mixed_load.free_port()
        server = mixed_load.start_gunicorn(env, port)
        base = f"http://127.0.0.1:{port}"
        try:
            with Hammer(base, paths) as before:
                time.sleep(1)
            assert not before.problems and set(before.statuses) == {200}, (before.statuses, before.problems)

            with Hammer(base, paths) as during:
                time.sleep(0.5)
                database.stop()
                time.sleep(3)
                database.start()
                time.sleep(0.5)
            assert not during.problems, "\n".join(during.problems[:20])
            # The outage was seen by pages, not just by /healthz (cached pages may still serve).
            assert any(status >= 500 for status in during.pages), during.pages

            # Back: the same gunicorn, its old connections broken by the restart, serves every request.
            with Hammer(base, paths) as after:
                time.sleep(2)
            assert not after.problems and set(after.statuses) == {200}, (after.statuses, after.problems)
            session = requests.Session()
            session.headers.update(mixed_load.SAME_ORIGIN)
            login = session.post(
                base + "/account/login/",
                data={"login": plan.usernames[0], "password": mixed_load.PASSWORD},
                allow_redirects=False,
                timeout=TIMEOUT,
            )
            assert login.status_code == 302, login.status_code
            reply = session.post(
                base + plan.thread_paths[0] + "reply/",
                data={"body": "Back after the database restart."},
                allow_redirects=False,
                timeout=TIMEOUT,
            )
            assert reply.status_code == 302, reply.status_code
        finally:
            server.terminate()
            server.wait(15)
        with capsys.disabled():
            print(f"\npostgres restart: before {dict(before.statuses)}, during {dict(during.statuses)}, "
                  f"after {dict(after.statuses)}")  # fmt: skip
