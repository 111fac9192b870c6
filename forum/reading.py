"""What readers see: pages of threads and posts, found with a fixed number of queries at any size."""

from dataclasses import dataclass
from math import ceil

from django.conf import settings
from django.db.models import Q, QuerySet

from forum.models import Category, Post, Thread


@dataclass(frozen=True)
class Page:
    number: int
    count: int

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.count

    @property
    def previous(self) -> int:
        return self.number - 1

    @property
    def next(self) -> int:
        return self.number + 1


def page_number(raw: str | None, last: int) -> int:
    """Any input at all becomes a page that exists: junk is page 1, too big is the last page."""
    try:
        number = int(str(raw or "1").strip()[:9])
    except ValueError:
        number = 1
    return min(max(number, 1), max(last, 1))


def page_of(total: int, per_page: int, raw: str | None) -> tuple[Page, int]:
    count = max(ceil(total / per_page), 1)
    number = page_number(raw, count)
    return Page(number, count), (number - 1) * per_page


def threads_page(category: Category, raw_page: str | None) -> tuple[list[Thread], Page]:
    per_page = settings.FORUM_THREADS_PER_PAGE
    page, offset = page_of(category.thread_count, per_page, raw_page)
    threads = list(
        Thread.objects.filter(category=category, visible=True)
        .select_related("author")
        .order_by("-pinned", "-last_post_at", "-id")[offset : offset + per_page]
    )
    return threads, page


def posts_page(thread: Thread, raw_page: str | None) -> tuple[list[Post], Page]:
    """Offset pagination over the (thread, state, created_at, id) index; the count comes from the thread
    row, so even the last page of a 5,000-post thread is two queries."""
    per_page = settings.FORUM_POSTS_PER_PAGE
    page, offset = page_of(thread.post_count, per_page, raw_page)
    posts = list(
        visible_posts(thread)
        .select_related("author")
        .order_by("created_at", "id")[offset : offset + per_page]
    )
    return posts, page


def visible_posts(thread: Thread) -> QuerySet:
    return Post.objects.filter(thread=thread, state=Post.State.VISIBLE)


def page_for_post(post: Post) -> int:
    earlier = (
        visible_posts(post.thread)
        .filter(Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, id__lt=post.id))
        .count()
    )
    return earlier // settings.FORUM_POSTS_PER_PAGE + 1


def own_waiting_posts(user, thread: Thread) -> list[Post]:
    if not user.is_authenticated:
        return []
    return list(
        Post.objects.filter(thread=thread, author=user, state=Post.State.HELD).order_by("created_at", "id")
    )


def own_waiting_threads(user, category: Category) -> list[Thread]:
    if not user.is_authenticated:
        return []
    return list(
        Thread.objects.filter(
            category=category, author=user, visible=False, posts__is_first=True, posts__state=Post.State.HELD
        )
    )
