"""The state of each part the site depends on, for /healthz and the health command."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone


@dataclass(frozen=True)
class PartHealth:
    name: str
    ok: bool
    detail: str


def check_database() -> PartHealth:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means the part is down; the reason is reported
        return PartHealth("database", False, type(exc).__name__)
    return PartHealth("database", True, connection.vendor)


def check_broker() -> PartHealth | None:
    """None when tasks run in-process (no broker configured)."""
    if not settings.CELERY_BROKER_URL:
        return None
    from kombu import Connection

    try:
        with Connection(settings.CELERY_BROKER_URL, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as exc:
        return PartHealth("broker", False, type(exc).__name__)
    return PartHealth("broker", True, settings.CELERY_BROKER_URL.split("://", 1)[0])


def check_cache() -> PartHealth:
    try:
        cache.set("healthz", "ok", 10)
        ok = cache.get("healthz") == "ok"
    except Exception as exc:
        return PartHealth("cache", False, type(exc).__name__)
    return PartHealth("cache", ok, "" if ok else "value not read back")


def check_all() -> list[PartHealth]:
    """Database and broker decide health; the cache is reported (the site degrades without it)."""
    parts = [check_database(), check_broker(), check_cache()]
    return [part for part in parts if part is not None]


def is_healthy(parts: list[PartHealth]) -> bool:
    return all(part.ok for part in parts if part.name in {"database", "broker"})


# The `manage.py health` command's deeper checks: is a worker there, is the outbox moving, did beat run.

OUTBOX_STUCK_MINUTES = 15
BEAT_LATE_MINUTES = 5


def check_worker() -> PartHealth | None:
    if not settings.CELERY_BROKER_URL:
        return None
    from mylife4me.celery import app

    try:
        replies = app.control.ping(timeout=2)
    except Exception as exc:
        return PartHealth("worker", False, type(exc).__name__)
    if not replies:
        return PartHealth("worker", False, "no worker answered")
    return PartHealth("worker", True, f"{len(replies)} answered")


def check_outbox(now: datetime.datetime | None = None) -> PartHealth:
    """Alerts waiting longer than they should: the worker or broker is not keeping up."""
    from mylife4me.alerts.models import Notification

    now = now or timezone.now()
    try:
        waiting = Notification.objects.filter(
            state__in=[Notification.State.PENDING, Notification.State.SENDING]
        )
        late = waiting.filter(created_at__lt=now - datetime.timedelta(minutes=OUTBOX_STUCK_MINUTES)).count()
        total = waiting.count()
    except Exception as exc:
        return PartHealth("outbox", False, type(exc).__name__)
    return PartHealth("outbox", late == 0, f"{total} waiting, {late} for over {OUTBOX_STUCK_MINUTES} minutes")


def check_beat(now: datetime.datetime | None = None) -> PartHealth | None:
    if not settings.CELERY_BROKER_URL:
        return None
    from mylife4me.core.tasks import BEAT_HEARTBEAT_KEY

    try:
        last = cache.get(BEAT_HEARTBEAT_KEY)
    except Exception as exc:
        return PartHealth("beat", False, type(exc).__name__)
    if not last:
        return PartHealth("beat", False, "no run recorded")
    age = (now or timezone.now()) - datetime.datetime.fromisoformat(last)
    return PartHealth("beat", age.total_seconds() < BEAT_LATE_MINUTES * 60, f"last ran {last}")


def check_everything() -> list[PartHealth]:
    """Every part, for the health command: any part down is a failure."""
    parts = [*check_all(), check_worker(), check_outbox(), check_beat()]
    return [part for part in parts if part is not None]
