"""Bench data for recovery stories (`manage.py seed_bench`): 2,000 published stories at full scale, spread
over four years, every stage and the drugs they are about, some featured, with readers' "this helped me"
counts; and a few drafts and stories waiting for a moderator, which no reader sees. Written with
bulk_create, so it takes a few seconds.

The bodies reuse the demo stories' text (stories/demo.py: illustrative, made up, never a real person's).
"""

from collections.abc import Callable
from datetime import timedelta

from django.utils import timezone

from mylife4me.core.bench_seeding import Scale, bench_user_ids
from services_directory.models import Substance
from stories.demo import STORIES
from stories.models import Credit, HelpedDay, Stage, Story

FULL_STORIES = 2_000
UNSEEN_EVERY = 10  # one story in ten is a draft or waiting for a moderator
FEATURED_EVERY = 50
SPREAD_DAYS = 4 * 365
BATCH = 1000


def seed_stories(scale: Scale, say: Callable[[str], None]) -> None:
    rng = scale.rng
    published_count = scale.of(FULL_STORIES)
    total = published_count + published_count // (UNSEEN_EVERY - 1)
    users = bench_user_ids()
    substances = list(Substance.objects.values_list("pk", flat=True))
    stages, credits = list(Stage.values), list(Credit.values)
    bodies = [body for *_head, body in STORIES]
    now = timezone.now()
    stories = []
    for number in range(total):
        unseen = number % UNSEEN_EVERY == UNSEEN_EVERY - 1
        when = now - timedelta(minutes=(total - number) * SPREAD_DAYS * 24 * 60 // total)
        credit = credits[number % len(credits)]
        state = (
            (Story.State.DRAFT if number % 2 else Story.State.WAITING) if unseen else Story.State.PUBLISHED
        )
        stories.append(
            Story(
                author_id=rng.choice(users) if users else None,
                title=f"Bench story {number}: {STORIES[number % len(STORIES)][0].removeprefix('Demo: ')}",
                body=bodies[number % len(bodies)],
                stage=stages[number % len(stages)],
                credit=credit if users else Credit.ANONYMOUS,
                credit_name="Sam" if credit == Credit.FIRST_NAME else "",
                state=state,
                featured=not unseen and number % FEATURED_EVERY == 0,
                slug="" if unseen else f"bench-story-{number}",
                helped_count=0 if unseen else int(rng.paretovariate(1.5)) - 1,
                created_at=when,
                updated_at=when,
                submitted_at=when,
                published_at=None if unseen else when,
                announced_at=None if unseen else when,
            )
        )
    Story.objects.bulk_create(stories, batch_size=BATCH)
    Through = Story.substances.through
    links = [
        Through(story_id=story.pk, substance_id=substance)
        for story in stories
        for substance in rng.sample(substances, k=min(len(substances), rng.choice((0, 1, 1, 2))))
    ]
    Through.objects.bulk_create(links, batch_size=5000)
    HelpedDay.objects.bulk_create(
        (
            HelpedDay(
                story_id=story.pk, date=timezone.localdate(story.published_at), count=story.helped_count
            )
            for story in stories
            if story.helped_count
        ),
        batch_size=5000,
    )
    featured = sum(story.featured for story in stories)
    shown = sum(story.state == Story.State.PUBLISHED for story in stories)
    say(f"{shown} published stories ({featured} featured) and {total - shown} drafts or waiting")
