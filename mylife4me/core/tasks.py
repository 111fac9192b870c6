"""Site-wide periodic tasks."""

from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

BEAT_HEARTBEAT_KEY = "health:beat-last-run"


@shared_task(name="core.beat_heartbeat", ignore_result=True)
def beat_heartbeat() -> None:
    """Run by beat every minute, so `manage.py health` can tell when beat last ran."""
    cache.set(BEAT_HEARTBEAT_KEY, timezone.now().isoformat(), 60 * 60 * 24)
