"""The state of each part the site depends on, for /healthz and the health command."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection


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
