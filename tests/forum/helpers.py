"""Forum data for tests: categories, threads with many posts, people at each trust level."""

from datetime import timedelta

from django.utils import timezone

from forum import counters
from forum.models import Category, Post, Thread
from mylife4me.moderation.models import Standing
from tests.factories import UserFactory


def make_category(slug: str = "alcohol", name: str = "Alcohol") -> Category:
    return Category.objects.get_or_create(
        slug=slug, defaults={"name": name, "description": "About alcohol."}
    )[0]


def make_person(level: int = 0, *, agreed: bool = True, **kwargs):
    user = UserFactory(**kwargs)
    Standing.objects.create(user=user, trust_level=level, agreed_rules_at=timezone.now() if agreed else None)
    return user


def make_thread(
    category: Category | None = None,
    *,
    replies: int = 0,
    title: str = "Feeling low tonight",
    author=None,
    body: str = "First post",
) -> Thread:
    category = category or make_category()
    author = author or make_person(1)
    start = timezone.now() - timedelta(days=30)
    thread = Thread.objects.create(
        category=category,
        title=title,
        slug="feeling-low-tonight",
        author=author,
        visible=True,
        created_at=start,
    )
    Post.objects.bulk_create(
        [Post(thread=thread, author=author, body=body, is_first=True, created_at=start)]
        + [
            Post(
                thread=thread,
                author=author,
                body=f"Reply number {n}",
                created_at=start + timedelta(seconds=n),
            )
            for n in range(1, replies + 1)
        ],
        batch_size=1000,
    )
    counters.refresh_thread(thread)
    return thread
