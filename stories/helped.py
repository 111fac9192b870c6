"""“This helped me”: readers say a story helped, without an account, a cookie or anything stored about them.

Each client (a keyed hash of its address, only ever in the cache) counts once per story a day and at most
RATE_LIMIT times an hour across all stories, so one client in a loop cannot inflate a count. The database
keeps only the story's total and a count per day (for the figures).
"""

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from mylife4me.core.ratelimit import over_limit
from stories.models import HelpedDay, Story

ONCE_PER_SECONDS = 24 * 3600
RATE_LIMIT = 20
RATE_WINDOW_SECONDS = 3600


def say_helped(story: Story, client: str) -> bool:
    """Counts one "this helped me" from this client; False when it was not counted (already, or too many)."""
    if over_limit(f"stories-helped-rate:{client}", RATE_LIMIT, RATE_WINDOW_SECONDS):
        return False
    if not cache.add(f"stories-helped:{client}:{story.pk}", 1, ONCE_PER_SECONDS):
        return False
    count_one(story)
    return True


@transaction.atomic
def count_one(story: Story) -> None:
    today = timezone.localdate()
    Story.objects.filter(pk=story.pk).update(helped_count=F("helped_count") + 1)
    if HelpedDay.objects.filter(story=story, date=today).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            HelpedDay.objects.create(story=story, date=today, count=1)
    except IntegrityError:  # another reader made today's row first
        HelpedDay.objects.filter(story=story, date=today).update(count=F("count") + 1)
