"""Stories for tests."""

from datetime import timedelta

from django.utils import timezone

from services_directory.models import Substance
from stories.models import Stage, Story
from tests.factories import UserFactory

STORY_FORM = {
    "title": "The day I asked for help",
    "body": "I was scared, but I rang a service and they listened.",
    "stage": Stage.TREATMENT,
    "credit": "anonymous",
    "credit_name": "",
}


def make_substance(slug: str = "alcohol", name: str = "Alcohol") -> Substance:
    return Substance.objects.get_or_create(
        slug=slug,
        defaults={
            "name": name,
            "substance_type": "depressants",
            "summary": "x",
            "law_class": "age_restricted",
        },
    )[0]


_counter = iter(range(1, 10**9))


def make_story(
    *,
    state: str = Story.State.PUBLISHED,
    stage: str = Stage.EARLY,
    title: str | None = None,
    body: str = "Things got better, slowly.",
    author=None,
    substances=(),
    featured: bool = False,
    days_ago: int = 1,
) -> Story:
    number = next(_counter)
    when = timezone.now() - timedelta(days=days_ago)
    story = Story.objects.create(
        author=author if author is not None else UserFactory(),
        title=title or f"Story number {number}",
        body=body,
        stage=stage,
        state=state,
        featured=featured,
        slug=f"story-number-{number}" if state == Story.State.PUBLISHED else "",
        published_at=when if state == Story.State.PUBLISHED else None,
        announced_at=when if state == Story.State.PUBLISHED else None,
    )
    story.substances.set(substances)
    return story
