"""Call-back requests: taking them, telling the organisation, closing them, and purging contact details.

The text to the person never names what the service is for: someone else may see their phone.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from mylife4me.alerts import notify
from mylife4me.core.ratelimit import over_limit
from services_directory.models import CallbackRequest, CallbackState, Service

REQUEST_KIND = "services.callback_request"
CONFIRMATION_KIND = "services.callback_confirmation"
PURGE_AFTER_DAYS = 30
# Per client address (keyed hash): this many requests per hour.
RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 3600


def over_rate_limit(client: str) -> bool:
    """Counts one attempt for this client and says whether it is over the limit."""
    return over_limit(f"callback-rate:{client}", RATE_LIMIT, RATE_WINDOW_SECONDS)


@transaction.atomic
def request_callback(
    service: Service, *, name: str, phone: str, best_times: str, note: str
) -> CallbackRequest:
    """Saves the request, alerts each of the organisation's staff, and texts the person a confirmation."""
    callback = CallbackRequest.objects.create(
        service=service, name=name, phone=phone, best_times=best_times, note=note
    )
    url = settings.SITE_URL + reverse("services_directory:provider_home")
    staff = [membership.user for membership in service.organization.memberships.select_related("user")]
    # An organisation with no staff accounts yet still hears, at its listed email address.
    recipients = staff or ([service.organization.email] if service.organization.email else [])
    for recipient in recipients:
        notify(
            recipient,
            REQUEST_KIND,
            {"service": service.name, "url": url},
            channels={"email"} if isinstance(recipient, str) else None,
        )
    notify(phone, CONFIRMATION_KIND, {"name": name}, channels={"sms"})
    return callback


def close(callback: CallbackRequest, state: str, user) -> None:
    if state not in {CallbackState.CALLED, CallbackState.UNREACHABLE}:
        raise ValueError(state)
    callback.state = state
    callback.closed_at = timezone.now()
    callback.closed_by = user
    callback.save(update_fields=["state", "closed_at", "closed_by"])


def purge_closed(now: datetime.datetime | None = None) -> int:
    """Blanks the contact details of requests closed 30 days ago or more. Returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=PURGE_AFTER_DAYS)
    return CallbackRequest.objects.filter(closed_at__lte=cutoff, purged_at__isnull=True).update(
        name="", phone="", best_times="", note="", purged_at=now
    )
