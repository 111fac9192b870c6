"""Telling subscribers about a newly published story: one alert per subscriber, exactly once per story."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from mylife4me.alerts import notify
from mylife4me.alerts.preferences import is_suppressed
from stories.alert_kinds import NEW_STORY
from stories.models import Stage, Story, Subscription


def announce_on_commit(story: Story) -> None:
    story_id = story.pk

    def queue() -> None:
        from stories.tasks import announce_story

        announce_story.apply_async((story_id,), retry=False)

    # robust: a broker that is down must not undo the approval; the beat task catches the story later.
    transaction.on_commit(queue, robust=True)


def announce(story_id: int) -> int:
    """Alerts everyone subscribed to the story's stage; returns how many were alerted.

    Marking the story announced and writing the alerts happen in one transaction, behind a conditional
    UPDATE, so a task that runs twice (a worker died, the beat task caught up) alerts nobody twice.
    """
    with transaction.atomic():
        claimed = Story.objects.filter(
            pk=story_id, state=Story.State.PUBLISHED, announced_at__isnull=True
        ).update(announced_at=timezone.now())
        if not claimed:
            return 0
        story = Story.objects.get(pk=story_id)
        context = {
            "url": settings.SITE_URL + story.get_absolute_url(),
            "title": story.title,
            "stage": Stage(story.stage).label,
        }
        alerted = 0
        people = (
            Subscription.objects.filter(stage=story.stage, user__isnull=False, user__is_active=True)
            .exclude(user_id=story.author_id)
            .select_related("user")
        )
        for subscription in people:
            alerted += bool(notify(subscription.user, NEW_STORY, context))
        addresses = Subscription.objects.filter(stage=story.stage, user__isnull=True).values_list(
            "address", flat=True
        )
        stopped = []
        for address in addresses:
            if is_suppressed(address, NEW_STORY):
                stopped.append(address)
                continue
            alerted += bool(notify(address, NEW_STORY, context))
        # Someone who used a stop link is taken off the list altogether.
        Subscription.objects.filter(address__in=stopped).delete()
    return alerted


def announce_missed() -> int:
    """Stories published in the last two days that were never announced (the broker was down)."""
    since = timezone.now() - timedelta(days=2)
    waiting = Story.objects.filter(
        state=Story.State.PUBLISHED, announced_at__isnull=True, published_at__gte=since
    ).values_list("pk", flat=True)
    return sum(announce(story_id) for story_id in list(waiting))
