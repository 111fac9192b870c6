"""A person's choices: which channel for each kind of alert, their SMS number and their quiet hours."""

import datetime as dt
import hashlib
import hmac
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction

from mylife4me.alerts.kinds import AlertKind, all_kinds
from mylife4me.alerts.models import AlertPreference, AlertSettings, Suppression
from mylife4me.alerts.phone import normalise_uk_mobile

LONDON = ZoneInfo("Europe/London")


def settings_for(user) -> AlertSettings:
    """The person's alert settings (unsaved defaults when they have none)."""
    found = AlertSettings.objects.filter(user=user).first()
    return found or AlertSettings(user=user)


def set_contact(user, phone: str | None) -> None:
    """Stores the person's SMS number in E.164 form; None or "" removes it. ValueError if not a UK mobile."""
    number = normalise_uk_mobile(phone) if phone else ""
    AlertSettings.objects.update_or_create(user=user, defaults={"phone": number})


def chosen_channels(user) -> dict[str, str]:
    """Kind name -> the channel the person chose ("email", "sms" or "off"), for kinds they have set."""
    return dict(AlertPreference.objects.filter(user=user).values_list("kind", "channel"))


def channels_for(kind: AlertKind, choice: str | None) -> set[str]:
    """The channels to use for a kind, given the person's choice (None: they have not chosen)."""
    if choice is None:
        return set(kind.default_channels)
    if choice == AlertPreference.OFF:
        return set()
    return {choice} & set(kind.channels)


def effective_choice(
    kind: AlertKind, choice: str | None, *, has_email: bool = True, has_phone: bool = True
) -> str:
    """What the preferences page shows as selected for a kind: a channel the person can really receive.

    A person with no email address (or no mobile number) gets nothing on that channel, so the page shows
    what will actually happen instead of a choice that saving would refuse.
    """
    channels = channels_for(kind, choice)
    if "email" in channels and has_email:
        return "email"
    if "sms" in channels and has_phone:
        return "sms"
    return AlertPreference.OFF


def set_choice(user, kind_name: str, channel: str) -> None:
    AlertPreference.objects.update_or_create(user=user, kind=kind_name, defaults={"channel": channel})


@transaction.atomic
def save_preferences(
    user,
    choices: dict[str, str],
    phone: str,
    quiet_start: dt.time | None,
    quiet_end: dt.time | None,
) -> None:
    """Saves what the preferences page sent: one choice per kind, the number and quiet hours."""
    known = {kind.name for kind in all_kinds(user)}
    for kind_name, channel in choices.items():
        if kind_name in known:
            set_choice(user, kind_name, channel)
    AlertSettings.objects.update_or_create(
        user=user, defaults={"phone": phone, "quiet_start": quiet_start, "quiet_end": quiet_end}
    )


def quiet_hours_release(alert_settings: AlertSettings | None, now: dt.datetime) -> dt.datetime | None:
    """When quiet hours are on at `now`, the moment they end (aware); otherwise None.

    Quiet hours are local times in Europe/London and may run past midnight (22:00 to 07:00).
    """
    if alert_settings is None or alert_settings.quiet_start is None or alert_settings.quiet_end is None:
        return None
    start, end = alert_settings.quiet_start, alert_settings.quiet_end
    if start == end:
        return None
    local = now.astimezone(LONDON)
    clock = local.time().replace(tzinfo=None)
    # Quiet hours that run past midnight (22:00 to 07:00) are the two ends of the day.
    inside = (start <= clock < end) if start < end else (clock >= start or clock < end)
    if not inside:
        return None
    end_day = local.date() if clock < end else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(end_day, end, tzinfo=LONDON)


def address_hash(address: str) -> str:
    """A keyed hash of an address, so a suppression list holds no readable address."""
    key = hashlib.sha256(("mylife4me.alerts.suppression" + settings.SECRET_KEY).encode()).digest()
    return hmac.new(key, address.strip().lower().encode(), hashlib.sha256).hexdigest()


def is_suppressed(address: str, kind_name: str) -> bool:
    return Suppression.objects.filter(address_hash=address_hash(address), kind=kind_name).exists()


def suppress(address: str, kind_name: str) -> None:
    Suppression.objects.get_or_create(address_hash=address_hash(address), kind=kind_name)


def unsubscribe(notification) -> list[str]:
    """Stops the kinds of alert a message was about, at once; returns their names.

    A person with an account has those kinds turned off; an address without one is added to the
    suppression list. Anything of those kinds still waiting to go to them is cancelled.
    """
    from mylife4me.alerts.models import Notification

    if notification.digested.exists():
        kinds = sorted(set(notification.digested.values_list("kind", flat=True)))
    else:
        kinds = [notification.kind]
    waiting = Notification.objects.filter(
        kind__in=kinds, state__in=[Notification.State.PENDING, Notification.State.HELD]
    )
    with transaction.atomic():
        if notification.recipient_id:
            for kind_name in kinds:
                set_choice(notification.recipient, kind_name, AlertPreference.OFF)
            waiting = waiting.filter(recipient_id=notification.recipient_id)
        elif notification.address:
            for kind_name in kinds:
                suppress(notification.address, kind_name)
            waiting = waiting.filter(recipient__isnull=True, address=notification.address)
        else:
            return []
        waiting.update(state=Notification.State.FAILED, last_error="Turned off by the person")
    return kinds


def forget_person(user) -> None:
    """On account deletion: nothing more goes to them, and their messages lose address and text now."""
    from mylife4me.alerts.models import Notification

    mine = Notification.objects.filter(recipient=user)
    mine.filter(state__in=[Notification.State.PENDING, Notification.State.HELD]).update(
        state=Notification.State.FAILED, last_error="Account deleted"
    )
    mine.update(address="", subject="", body="", content_purged=True)
