"""Delivering one notification, and the sweeps that make sure none is lost or sent twice.

A notification moves pending -> sending -> sent or failed. The move to "sending" is committed before
the provider is called, under a row lock taken with SKIP LOCKED, so two workers given the same
notification cannot both send it.
"""

import datetime as dt
import logging
import random
import smtplib
import socket
import uuid
from collections import defaultdict
from dataclasses import dataclass

import requests
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from notifications_python_client.errors import APIError, TokenError

from mylife4me.alerts.backends import backend_for
from mylife4me.alerts.kinds import DIGEST_KIND
from mylife4me.alerts.models import Notification
from mylife4me.alerts.phone import NOT_A_UK_MOBILE
from mylife4me.alerts.rendering import render_digest

logger = logging.getLogger(__name__)
State = Notification.State


@dataclass(frozen=True)
class Outcome:
    transient: bool
    reason: str


def classify_error(error: BaseException) -> Outcome:
    """Whether a failed send is worth trying again (transient) or never will work (permanent)."""
    if isinstance(error, APIError):  # GOV.UK Notify, including its HTTPError and HTTP503Error
        status = error.status_code
        transient = status == 429 or status >= 500
        return Outcome(transient, f"GOV.UK Notify {status}: {error.message}"[:500])
    if isinstance(error, TokenError):
        return Outcome(False, "GOV.UK Notify refused the API key")
    if isinstance(error, requests.Timeout | requests.ConnectionError):
        return Outcome(True, f"Could not reach the provider: {type(error).__name__}")
    if isinstance(error, requests.HTTPError) and error.response is not None:
        status = error.response.status_code
        return Outcome(status == 429 or status >= 500, f"HTTP {status}")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return Outcome(False, "The mail server refused the address")
    if isinstance(error, smtplib.SMTPResponseException):
        return Outcome(400 <= error.smtp_code < 500, f"Mail server said {error.smtp_code}")
    if isinstance(error, smtplib.SMTPServerDisconnected | TimeoutError | socket.timeout | ConnectionError):
        return Outcome(True, f"Could not reach the provider: {type(error).__name__}")
    if isinstance(error, ValueError) and str(error) == NOT_A_UK_MOBILE:
        return Outcome(False, "Not a UK mobile number")
    # Anything else is a fault of ours: trying again would only repeat it.
    return Outcome(False, f"{type(error).__name__}: {error}"[:500])


def retry_delay(attempt: int) -> float:
    """Exponential backoff with full jitter, in seconds, for the retry after `attempt` attempts."""
    ceiling = min(settings.ALERTS_RETRY_MAX_SECONDS, settings.ALERTS_RETRY_BASE_SECONDS * 2 ** (attempt - 1))
    return random.uniform(ceiling / 2, ceiling)


def _claim(notification_id: uuid.UUID) -> Notification | None:
    """Moves a pending notification to sending and commits; None if it is not ours to send."""
    with transaction.atomic():
        row = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(pk=notification_id, state=State.PENDING)
            .first()
        )
        if row is None:
            return None
        row.state = State.SENDING
        row.sending_started_at = timezone.now()
        row.attempts += 1
        row.save(update_fields=["state", "sending_started_at", "attempts"])
    return row


def _finish(row: Notification, state: str, error: str = "", **fields) -> None:
    row.state = state
    row.last_error = error
    for name, value in fields.items():
        setattr(row, name, value)
    with transaction.atomic():
        row.save(update_fields=["state", "last_error", *fields])
        if row.kind == DIGEST_KIND and state in (State.SENT, State.FAILED):
            # Alerts gathered into a digest share its fate.
            Notification.objects.filter(digest=row).update(state=state, sent_at=row.sent_at, last_error=error)


def deliver(notification_id: uuid.UUID | str) -> str:
    """Sends one notification if it is pending. Returns what happened: skipped, sent, retry or failed."""
    from mylife4me.alerts.outbox import queue_delivery

    row = _claim(uuid.UUID(str(notification_id)))
    if row is None:
        return "skipped"
    try:
        backend_for(row.channel).send(row)
    except Exception as error:
        outcome = classify_error(error)
        if outcome.transient and row.attempts < settings.ALERTS_MAX_ATTEMPTS:
            delay = retry_delay(row.attempts)
            _finish(
                row, State.PENDING, outcome.reason, queued_at=timezone.now() + dt.timedelta(seconds=delay)
            )
            logger.warning("Alert %s: %s; trying again in %.0fs", row.pk, outcome.reason, delay)
            try:
                queue_delivery(row.pk, countdown=delay)
            except Exception:  # the broker is down too: let the re-queue task pick it up soon
                logger.warning("Could not queue alert %s again; the re-queue task will", row.pk)
                Notification.objects.filter(pk=row.pk, state=State.PENDING).update(queued_at=None)
            return "retry"
        logger.warning("Alert %s failed: %s", row.pk, outcome.reason)
        _finish(row, State.FAILED, outcome.reason)
        return "failed"
    _finish(row, State.SENT, sent_at=timezone.now())
    return "sent"


def requeue_stale(
    pending_after: float | None = None, queued_after: float | None = None, sending_after: float | None = None
) -> dict[str, int]:
    """Finds what a down broker or a dead worker left behind, so that nothing is lost or sent twice.

    - pending and never handed to the broker for `pending_after` seconds: queue again;
    - pending and handed over `queued_after` seconds ago (the message was lost): queue again;
    - sending for `sending_after` seconds (the worker died mid-send): ask the backend whether the
      reference was delivered. Yes: mark sent. No: back to pending and queue. Cannot know (SMTP):
      mark failed with the reason, for staff to resend by hand, rather than risk sending it twice.
    Queuing twice is harmless: delivery sends only a pending row, under a lock.
    """
    from mylife4me.alerts.outbox import queue_delivery

    now = timezone.now()
    pending_after = settings.ALERTS_REQUEUE_AFTER_SECONDS if pending_after is None else pending_after
    queued_after = settings.ALERTS_REQUEUE_QUEUED_AFTER_SECONDS if queued_after is None else queued_after
    sending_after = settings.ALERTS_SENDING_TIMEOUT_SECONDS if sending_after is None else sending_after
    counts = {"requeued": 0, "found_sent": 0, "unknown": 0}

    stuck = Notification.objects.filter(
        state=State.SENDING, sending_started_at__lte=now - dt.timedelta(seconds=sending_after)
    ).values_list("pk", "channel")
    for pk, channel in stuck:
        delivered = backend_for(channel).was_delivered(str(pk))
        with transaction.atomic():
            row = (
                Notification.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, state=State.SENDING)
                .first()
            )
            if row is None:
                continue
            if delivered:
                _finish(row, State.SENT, sent_at=now)
                counts["found_sent"] += 1
            elif delivered is False:
                _finish(row, State.PENDING, "The worker stopped while sending; sent again", queued_at=None)
            else:
                _finish(row, State.FAILED, "The worker stopped while sending; it may not have arrived")
                counts["unknown"] += 1

    lost = Notification.objects.filter(state=State.PENDING).filter(
        Q(queued_at__isnull=True, created_at__lte=now - dt.timedelta(seconds=pending_after))
        | Q(queued_at__lte=now - dt.timedelta(seconds=queued_after))
        | Q(queued_at__isnull=True, last_error__startswith="The worker stopped")
    )
    for pk in lost.values_list("pk", flat=True).iterator():
        try:
            queue_delivery(pk)
        except Exception:  # the broker is still down: the next run tries again
            logger.warning("Could not queue alert %s; will try again", pk)
            break
        Notification.objects.filter(pk=pk).update(queued_at=timezone.now())
        counts["requeued"] += 1
    return counts


def release_held(now: dt.datetime | None = None) -> int:
    """Sends what quiet hours held back: one digest per person and channel (or the alert itself if alone)."""
    from mylife4me.alerts.outbox import queue_on_commit

    now = now or timezone.now()
    released = 0
    with transaction.atomic():
        held = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(state=State.HELD, release_at__lte=now, digest__isnull=True)
            .order_by("created_at")
        )
        groups: dict[tuple, list[Notification]] = defaultdict(list)
        for row in held:
            groups[(row.recipient_id, row.channel, row.address)].append(row)
        to_queue = []
        for (recipient_id, channel, address), rows in groups.items():
            if len(rows) == 1:
                rows[0].state = State.PENDING
                rows[0].save(update_fields=["state"])
                to_queue.append(rows[0].pk)
            else:
                digest = Notification(
                    id=uuid.uuid4(),
                    kind=DIGEST_KIND,
                    channel=channel,
                    recipient_id=recipient_id,
                    address=address,
                )
                digest.subject, digest.body = render_digest(
                    channel,
                    [(row.pk, row.subject, row.body) for row in rows],
                    digest.id,
                    has_account=recipient_id is not None,
                )
                digest.save()
                Notification.objects.filter(pk__in=[row.pk for row in rows]).update(digest=digest)
                to_queue.append(digest.pk)
            released += len(rows)
        queue_on_commit(to_queue)
    return released


def purge_content(now: dt.datetime | None = None) -> int:
    """Blanks the body and address of finished notifications older than the retention period."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.ALERTS_RETENTION_DAYS)
    return Notification.objects.filter(
        state__in=[State.SENT, State.FAILED], created_at__lt=cutoff, content_purged=False
    ).update(subject="", body="", address="", content_purged=True)


def resend(notification_id: uuid.UUID) -> bool:
    """Staff resend of a failed notification (with its content still held): back to pending, queued."""
    from mylife4me.alerts.outbox import queue_on_commit

    with transaction.atomic():
        changed = Notification.objects.filter(
            pk=notification_id, state=State.FAILED, content_purged=False, digest__isnull=True
        ).update(state=State.PENDING, attempts=0, queued_at=None, last_error="")
        if changed:
            queue_on_commit([notification_id])
    return bool(changed)
