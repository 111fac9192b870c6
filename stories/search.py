"""What site search finds among published stories (registered in apps.py)."""

from mylife4me.core.search import SearchResult, text_search
from stories.models import Stage, Story

FIELDS = [("title", "A"), ("body", "C")]


def search_stories(query: str) -> list[SearchResult]:
    stories = (
        Story.objects.filter(state=Story.State.PUBLISHED)
        .only("title", "slug", "stage")
        .order_by("-featured", "-published_at")
    )
    return [
        SearchResult(title=story.title, url=story.get_absolute_url(), summary=Stage(story.stage).label)
        for story in text_search(stories, query, weighted_fields=FIELDS, name_fields=["title"])
    ]
