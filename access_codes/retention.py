"""Purging contact details a set time after a request is dealt with, keeping what the figures need."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from access_codes.issuing import PERSON_KINDS
from access_codes.models import AccessCode, CodeRequest
from mylife4me.alerts.models import Notification


def purge_after_days() -> int:
    return getattr(settings, "ACCESS_CODES_PURGE_AFTER_DAYS", 30)


def forget_addresses(addresses: set[str], sent_before: datetime.datetime) -> int:
    """Blanks this app's messages to these addresses in the alerts outbox, as account deletion does
    (mylife4me.alerts.preferences.forget_person): anything unsent is cancelled, then address and text go."""
    mine = Notification.objects.filter(
        kind__in=PERSON_KINDS, address__in=addresses - {""}, created_at__lte=sent_before
    )
    mine.filter(state__in=[Notification.State.PENDING, Notification.State.HELD]).update(
        state=Notification.State.FAILED, last_error="Contact details purged"
    )
    return mine.update(address="", subject="", body="", content_purged=True)


def purge_dealt_with(now: datetime.datetime | None = None) -> int:
    """Blanks name, email, phone and full postcode of requests decided `purge_after_days` ago or more,
    and their messages in the outbox; unlinks the issued code. Returns how many requests."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=purge_after_days())
    purged = 0
    due = CodeRequest.objects.filter(decided_at__lte=cutoff, purged_at__isnull=True).order_by("decided_at")
    for request_id in due.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            request = (
                CodeRequest.objects.select_for_update().filter(pk=request_id, purged_at__isnull=True).first()
            )
            if request is None:
                continue
            # Messages up to just after this request's decision (its own are written a moment after
            # decided_at); a later request from the same address keeps its own until its purge.
            sent_before = request.decided_at + datetime.timedelta(hours=1)
            forget_addresses({request.email, request.phone}, sent_before=sent_before)
            AccessCode.objects.filter(request=request).update(request=None)
            request.name = request.email = request.phone = request.postcode = request.decline_note = ""
            request.purged_at = now
            request.save(update_fields=["name", "email", "phone", "postcode", "decline_note", "purged_at"])
            purged += 1
    return purged
