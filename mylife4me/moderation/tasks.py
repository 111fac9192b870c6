"""Periodic moderation jobs, run by celery beat (see CELERY_BEAT_SCHEDULE in settings)."""

from celery import shared_task

from mylife4me.moderation import alerting, standing


@shared_task
def escalate_overdue_crises() -> int:
    return alerting.escalate_overdue_crises()


@shared_task
def alert_long_waits() -> int:
    return alerting.alert_long_waits()


@shared_task
def restore_expired_suspensions() -> int:
    return standing.restore_expired_suspensions()
