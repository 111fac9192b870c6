"""notify(): writes outbox rows in the caller's transaction and queues delivery once it commits."""

import logging
import uuid
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import connection, transaction
from django.utils import timezone

from mylife4me.alerts.kinds import AlertKind, get_kind
from mylife4me.alerts.models import AlertPreference, AlertSettings, Notification
from mylife4me.alerts.phone import normalise_uk_mobile
from mylife4me.alerts.preferences import channels_for, is_suppressed, quiet_hours_release
from mylife4me.alerts.rendering import render_email, render_sms

logger = logging.getLogger(__name__)


def _bare_target(address: str) -> tuple[str, str]:
    """(channel, normalised address) for an email address or a UK mobile number given as text."""
    text = address.strip()
    if "@" in text:
        try:
            validate_email(text)
        except ValidationError:
            raise ValueError("Not an email address") from None
        return "email", text
    return "sms", normalise_uk_mobile(text)


def _user_targets(
    user, kind: AlertKind, allowed: set[str]
) -> tuple[list[tuple[str, str]], AlertSettings | None]:
    if not user.is_active:
        return [], None
    choice = (
        AlertPreference.objects.filter(user=user, kind=kind.name).values_list("channel", flat=True).first()
    )
    alert_settings = AlertSettings.objects.filter(user=user).first()
    addresses = {"email": user.email or "", "sms": alert_settings.phone if alert_settings else ""}
    targets = [
        (channel, addresses[channel])
        for channel in sorted(channels_for(kind, choice) & allowed)
        if addresses[channel]
    ]
    return targets, alert_settings


def notify(recipient, kind_name: str, context: dict | None = None, channels: Iterable[str] | None = None):
    """One Notification per channel, written in the caller's transaction; see mylife4me.alerts."""
    kind = get_kind(kind_name)
    context = dict(context or {})
    allowed = set(kind.channels) if channels is None else set(kind.channels) & set(channels)
    user = None
    alert_settings = None
    if isinstance(recipient, str):
        channel, address = _bare_target(recipient)
        targets = [] if channel not in allowed or is_suppressed(address, kind.name) else [(channel, address)]
    elif isinstance(recipient, get_user_model()):
        user = recipient
        targets, alert_settings = _user_targets(user, kind, allowed)
    else:
        raise TypeError("notify() takes a User, an email address or a UK mobile number")
    if not targets:
        return []

    now = timezone.now()
    release_at = None if kind.urgent else quiet_hours_release(alert_settings, now)
    rows = []
    for channel, address in targets:
        row = Notification(
            id=uuid.uuid4(),
            kind=kind.name,
            channel=channel,
            state=Notification.State.HELD if release_at else Notification.State.PENDING,
            urgent=kind.urgent,
            recipient=user,
            address=address,
            release_at=release_at,
        )
        if channel == "email":
            row.subject, row.body = render_email(kind, context, row.id, has_account=user is not None)
        else:
            row.body = render_sms(kind, context, row.id)
        rows.append(row)
    Notification.objects.bulk_create(rows)
    queue_on_commit(row.id for row in rows if row.state == Notification.State.PENDING)
    return rows


def queue_on_commit(ids: Iterable[uuid.UUID]) -> None:
    """Hands each notification to the broker once the current transaction commits.

    robust=True: a broker that is down must not break the caller's request. The row stays pending and
    the re-queue task (tasks.requeue_stale) sends it later.
    """
    for notification_id in ids:
        # A named function, not functools.partial: Django logs a robust callback's failure by __qualname__.
        def queue(notification_id=notification_id) -> None:
            queue_delivery(notification_id)

        transaction.on_commit(queue, robust=True)


def queue_delivery(notification_id: uuid.UUID, countdown: float | None = None) -> None:
    from mylife4me.alerts.tasks import deliver

    # retry=False: fail at once when the broker is down instead of holding up the request.
    deliver.apply_async((str(notification_id),), countdown=countdown, retry=False)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Only bookkeeping for the re-queue task: if a crash loses it, the row is queued once more,
            # which delivery shrugs off. Not waiting for the disk makes notify() several times faster.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        Notification.objects.filter(pk=notification_id, queued_at__isnull=True).update(
            queued_at=timezone.now()
        )
