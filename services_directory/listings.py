"""Provider self-service rules: saving with a record of who changed what, confirming listings, reminders.

Every change goes through django-simple-history with the person who made it (`_history_user`), so each
listing's history page shows who, when and what.
"""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from mylife4me.alerts import notify
from services_directory.models import Closure, Schedule, Service
from services_directory.models.service import LISTED_STATUSES

CONFIRM_EVERY_DAYS = 90
REMINDER_KIND = "services.confirm_listing"


def save_as(instance, user) -> None:
    instance._history_user = user
    instance.save()


def delete_as(instance, user) -> None:
    instance._history_user = user
    instance.delete()


def unique_slug(name: str, exclude_pk=None) -> str:
    base = slugify(name)[:180] or "service"
    slug, number = base, 1
    while Service.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def confirmation_due(service: Service, today: datetime.date | None = None) -> bool:
    today = today or timezone.localdate()
    return service.last_checked is None or (today - service.last_checked).days >= CONFIRM_EVERY_DAYS


def confirm_listing(service: Service, user, today: datetime.date | None = None) -> None:
    """The provider says "this listing is still correct"."""
    service.last_checked = today or timezone.localdate()
    service.confirmation_reminded_on = None
    save_as(service, user)


@transaction.atomic
def set_weekly_hours(
    service: Service, days: dict[int, Iterable[tuple[datetime.time, datetime.time]]], user
) -> None:
    """Replaces the weekly slots of the days given (0 = Monday) with these."""
    for slot in service.schedules.filter(weekday__in=list(days)):
        delete_as(slot, user)
    for weekday, slots in days.items():
        for opens, closes in slots:
            save_as(Schedule(service=service, weekday=weekday, opens_at=opens, closes_at=closes), user)


def add_closure(
    service: Service, starts_on: datetime.date, ends_on: datetime.date, reason: str, user
) -> Closure:
    closure = Closure(service=service, starts_on=starts_on, ends_on=ends_on, reason=reason)
    save_as(closure, user)
    return closure


def due_reminders(today: datetime.date) -> Iterable[Service]:
    cutoff = today - datetime.timedelta(days=CONFIRM_EVERY_DAYS)
    return (
        Service.objects.filter(status__in=LISTED_STATUSES, confirmation_reminded_on__isnull=True)
        .filter(Q(last_checked__lte=cutoff) | Q(last_checked__isnull=True))
        .select_related("organization")
        .prefetch_related("organization__memberships__user")
    )


def send_confirmation_reminders(today: datetime.date | None = None) -> int:
    """Emails each organisation's staff (through the alerts outbox) about every listing 90 days or more
    since it was last confirmed, once until it is confirmed again. Returns how many listings."""
    today = today or timezone.localdate()
    count = 0
    for service in due_reminders(today):
        with transaction.atomic():
            url = settings.SITE_URL + reverse("services_directory:provider_service", args=[service.pk])
            staff = [membership.user for membership in service.organization.memberships.all()]
            # With no staff accounts yet, the organisation's listed email address is reminded instead.
            recipients = staff or ([service.organization.email] if service.organization.email else [])
            for recipient in recipients:
                notify(
                    recipient,
                    REMINDER_KIND,
                    {"service": service.name, "organization": service.organization.name, "url": url},
                    channels={"email"},
                )
            Service.objects.filter(pk=service.pk).update(confirmation_reminded_on=today)
        count += 1
    return count
