"""Celery tasks: thin wrappers around mylife4me.alerts.delivery (the beat schedule is in settings)."""

from celery import shared_task

from mylife4me.alerts import delivery


@shared_task(name="alerts.deliver", ignore_result=True)
def deliver(notification_id: str) -> str:
    return delivery.deliver(notification_id)


@shared_task(name="alerts.requeue_stale", ignore_result=True)
def requeue_stale() -> dict[str, int]:
    return delivery.requeue_stale()


@shared_task(name="alerts.release_held", ignore_result=True)
def release_held() -> int:
    return delivery.release_held()


@shared_task(name="alerts.purge_content", ignore_result=True)
def purge_content() -> int:
    return delivery.purge_content()
