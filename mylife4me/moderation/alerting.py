"""Alerts moderation sends through the outbox: crisis alerts, their escalation, long waits, writers' news."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from mylife4me.accounts.roles import Role
from mylife4me.alerts import AlertKind, notify, register_kind
from mylife4me.moderation.models import ModerationItem, OnCallShift

CRISIS = "moderation.crisis"
CRISIS_ESCALATED = "moderation.crisis_escalated"
WAITING = "moderation.waiting"


def register_alert_kinds() -> None:
    register_kind(
        AlertKind(
            name=CRISIS,
            label="Someone may be in crisis (moderators on call)",
            email_subject="Urgent: someone may be in crisis",
            email_template="moderation/alerts/crisis.txt",
            sms_template="MyLife4Me URGENT: someone may be in crisis. Open the review queue now: {{ url }}",
            channels=frozenset({"sms", "email"}),
            default_channels=frozenset({"sms", "email"}),
            urgent=True,
            roles=frozenset({Role.MODERATOR}),
        )
    )
    register_kind(
        AlertKind(
            name=CRISIS_ESCALATED,
            label="A crisis post nobody has dealt with yet (moderators)",
            email_subject="Urgent: a crisis post has waited {{ minutes }} minutes",
            email_template="moderation/alerts/crisis_escalated.txt",
            sms_template=(
                "MyLife4Me URGENT: a crisis post has waited {{ minutes }} minutes with nobody acting. "
                "Please open the review queue now: {{ url }}"
            ),
            channels=frozenset({"sms", "email"}),
            default_channels=frozenset({"sms", "email"}),
            urgent=True,
            roles=frozenset({Role.MODERATOR}),
        )
    )
    register_kind(
        AlertKind(
            name=WAITING,
            label="Posts waiting a long time for a moderator",
            email_subject="{{ count }} posts are waiting for a moderator",
            email_template="moderation/alerts/waiting.txt",
            sms_template="MyLife4Me: {{ count }} posts have waited over {{ minutes }} minutes. {{ url }}",
            channels=frozenset({"sms", "email"}),
            default_channels=frozenset({"email"}),
            urgent=False,
            roles=frozenset({Role.MODERATOR}),
        )
    )


def queue_url() -> str:
    return settings.SITE_URL + reverse("moderation:queue")


def on_call_now() -> list[OnCallShift]:
    now = timezone.now()
    return list(
        OnCallShift.objects.filter(starts_at__lte=now, ends_at__gt=now)
        .select_related("moderator")
        .order_by("position", "id")
    )


def all_moderators() -> list:
    return list(get_user_model().objects.filter(groups__name=str(Role.MODERATOR), is_active=True))


def first_on_call(shifts: list[OnCallShift]) -> list:
    """Whoever holds the lowest position on the rota now; every moderator when the rota is empty."""
    ordinary = [shift for shift in shifts if not shift.is_staff_lead]
    if not ordinary:
        return all_moderators()
    first = ordinary[0].position
    return [shift.moderator for shift in ordinary if shift.position == first]


def alert_on_call(item: ModerationItem) -> None:
    """An urgent SMS to the moderators on call. The post's words never go in the alert."""
    for moderator in first_on_call(on_call_now()):
        notify(moderator, CRISIS, {"url": queue_url()}, channels={"sms"})
    ModerationItem.objects.filter(pk=item.pk).update(alerted_at=timezone.now())


def escalate_overdue_crises() -> int:
    """Crisis items nobody has acted on within CRISIS_ESCALATION_MINUTES go to the next on the rota and the
    staff lead. Returns how many items were escalated."""
    minutes = settings.CRISIS_ESCALATION_MINUTES
    cutoff = timezone.now() - timedelta(minutes=minutes)
    escalated = 0
    with transaction.atomic():
        overdue = list(
            ModerationItem.objects.select_for_update(skip_locked=True).filter(
                state=ModerationItem.State.OPEN,
                crisis=True,
                escalated_at__isnull=True,
                alerted_at__lte=cutoff,
            )
        )
        if not overdue:
            return 0
        shifts = on_call_now()
        already = {moderator.pk for moderator in first_on_call(shifts)}
        recipients = {
            shift.moderator.pk: shift.moderator for shift in shifts if shift.moderator.pk not in already
        }
        for item in overdue:
            for moderator in recipients.values():
                notify(
                    moderator, CRISIS_ESCALATED, {"url": queue_url(), "minutes": minutes}, channels={"sms"}
                )
            item.escalated_at = timezone.now()
            item.save(update_fields=["escalated_at"])
            escalated += 1
    return escalated


def alert_long_waits() -> int:
    """Tells the moderators on call, once, about posts waiting over HELD_WAIT_ALERT_MINUTES."""
    minutes = settings.HELD_WAIT_ALERT_MINUTES
    cutoff = timezone.now() - timedelta(minutes=minutes)
    with transaction.atomic():
        waiting = ModerationItem.objects.filter(
            state=ModerationItem.State.OPEN, created_at__lte=cutoff, waiting_alerted_at__isnull=True
        )
        count = waiting.update(waiting_alerted_at=timezone.now())
        if count:
            for moderator in first_on_call(on_call_now()):
                notify(moderator, WAITING, {"url": queue_url(), "count": count, "minutes": minutes})
    return count


def tell_writer(author, kind: str, *, url: str, reason: str = "", edited: bool = False) -> None:
    """What happened to someone's post, without its text."""
    notify(author, kind, {"url": settings.SITE_URL + url, "reason": reason, "edited": edited})
