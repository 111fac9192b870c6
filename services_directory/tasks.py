"""Scheduled jobs of the services directory (see CELERY_BEAT_SCHEDULE in settings)."""

from celery import shared_task

from services_directory import callbacks, listings


@shared_task(name="services_directory.remind_to_confirm_listings")
def remind_to_confirm_listings() -> int:
    return listings.send_confirmation_reminders()


@shared_task(name="services_directory.purge_callbacks")
def purge_callbacks() -> int:
    return callbacks.purge_closed()
