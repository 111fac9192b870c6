"""Trust levels, silencing and suspension of a person."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from mylife4me.accounts.roles import Role, has_role
from mylife4me.moderation import log
from mylife4me.moderation.models import Standing


def standing_of(user) -> Standing:
    standing, _ = Standing.objects.get_or_create(user=user)
    return standing


def trust_level(user) -> int:
    """The person's level, moving them to level 1 once they have enough approved posts and time.

    Moderators are trusted from the start (unless another moderator has set their level by hand).
    """
    standing = standing_of(user)
    earned = has_role(user, Role.MODERATOR) or _earned_level_one(user, standing)
    if standing.trust_level == 0 and not standing.trust_level_fixed and earned:
        Standing.objects.filter(pk=standing.pk).update(trust_level=1)
        standing.trust_level = 1
    return standing.trust_level


def _earned_level_one(user, standing: Standing) -> bool:
    old_enough = user.date_joined <= timezone.now() - timedelta(days=settings.TRUST_LEVEL1_MIN_DAYS)
    return old_enough and standing.approved_count >= settings.TRUST_LEVEL1_APPROVED_POSTS


def needs_review(user) -> bool:
    """A level-0 person's first posts (FORUM_HELD_POSTS of them) wait for a moderator."""
    standing = standing_of(user)
    return trust_level(user) == 0 and standing.approved_count < settings.FORUM_HELD_POSTS


def count_approval(user) -> None:
    Standing.objects.get_or_create(user=user)
    Standing.objects.filter(user=user).update(approved_count=F("approved_count") + 1)


def agree_to_rules(user) -> None:
    Standing.objects.update_or_create(user=user, defaults={"agreed_rules_at": timezone.now()})


def has_agreed_to_rules(user) -> bool:
    return standing_of(user).agreed_rules_at is not None


def set_trust_level(moderator, person, level: int, reason: str = "") -> None:
    Standing.objects.update_or_create(user=person, defaults={"trust_level": level, "trust_level_fixed": True})
    log.record(moderator, f"set trust level {level}", person=person, reason=reason)


def silence(moderator, person, hours: int, reason: str = "") -> None:
    until = timezone.now() + timedelta(hours=hours)
    Standing.objects.update_or_create(user=person, defaults={"silenced_until": until})
    log.record(
        moderator, f"silenced for {hours} hour{'s' if hours != 1 else ''}", person=person, reason=reason
    )


def unsilence(moderator, person, reason: str = "") -> None:
    Standing.objects.update_or_create(user=person, defaults={"silenced_until": None})
    log.record(moderator, "ended silence", person=person, reason=reason)


@transaction.atomic
def suspend(moderator, person, days: int, reason: str = "") -> None:
    """A suspended person cannot sign in: Django refuses inactive accounts, ending any session at once.
    `restore_expired_suspensions` (a beat task) lets them back in when the time is up."""
    until = timezone.now() + timedelta(days=days)
    Standing.objects.update_or_create(user=person, defaults={"suspended_until": until})
    type(person).objects.filter(pk=person.pk).update(is_active=False)
    log.record(moderator, f"suspended for {days} day{'s' if days != 1 else ''}", person=person, reason=reason)


@transaction.atomic
def unsuspend(moderator, person, reason: str = "") -> None:
    Standing.objects.update_or_create(user=person, defaults={"suspended_until": None})
    type(person).objects.filter(pk=person.pk).update(is_active=True)
    log.record(moderator, "ended suspension", person=person, reason=reason)


@transaction.atomic
def restore_expired_suspensions() -> int:
    """Reactivates people whose suspension has run out. Returns how many."""
    expired = Standing.objects.select_for_update(of=("self",)).filter(suspended_until__lte=timezone.now())
    count = 0
    for standing in expired.select_related("user"):
        type(standing.user).objects.filter(pk=standing.user_id).update(is_active=True)
        standing.suspended_until = None
        standing.save(update_fields=["suspended_until"])
        log.record(None, "suspension ended", person=standing.user, reason="The time set ran out.")
        count += 1
    return count


def is_silenced(user) -> bool:
    return standing_of(user).is_silenced()
