"""Bench data for the forum (`manage.py seed_bench`): years of threads and posts, written by PostgreSQL
itself (INSERT ... SELECT generate_series), so half a million posts take seconds, not hours.

The long thread (slug LONG_THREAD_SLUG) has 5,000 replies at full scale: the benchmark reads its first
and last pages."""

from collections.abc import Callable

from django.db import connection

from forum import counters, demo
from forum.models import Post, Thread
from mylife4me.core.bench_seeding import Scale, bench_user_ids

FULL_THREADS = 50_000
FULL_POSTS = 500_000
FULL_LONG_THREAD_REPLIES = 5_000
LONG_THREAD_SLUG = "bench-long-thread"

PARAGRAPHS = [
    "Three months today without a drink. The mornings are the hardest, so I go for a walk before work.",
    "I was scared to ring the service but the woman on the phone was kind and did not judge me at all.",
    "What helped me was writing down what I was feeling when the cravings came. It passes, it really does.",
    "My brother uses and I never know what to say to him. Is it better to talk about it or leave it?",
    "The group on Tuesday evenings has been a lifeline. Nobody there makes you feel like you have failed.",
    "If you are reading this at 3 AM and struggling: you are not on your own. Text someone, or call 116 123.",
    "Had a slip at the weekend. Back on track now and I talked it through with my key worker on Monday.",
    "- keep water by the bed\n- tell one person how you are really doing\n- plan the evenings, they are long",
]


def seed_forum(scale: Scale, say: Callable[[str], None]) -> None:
    if connection.vendor != "postgresql":
        raise RuntimeError("The forum bench seeder needs PostgreSQL (it uses generate_series).")
    categories = [category.pk for category in demo.load_categories().values()]
    users = bench_user_ids()
    if not users:
        raise RuntimeError("Seed the people first: the forum seeder needs their accounts.")
    threads, posts = scale.of(FULL_THREADS), scale.of(FULL_POSTS)
    long_posts = scale.of(FULL_LONG_THREAD_REPLIES) + 1
    with connection.cursor() as cursor:
        _insert_threads(cursor, threads, categories, users)
        _insert_posts(cursor, max(posts - long_posts, threads - 1), long_posts, users)
        _refresh_thread_counts(cursor)
    for category in categories:
        counters.refresh_category(category)
    say(f"{Thread.objects.count()} threads and {Post.objects.count()} posts in {len(categories)} categories")


def _insert_threads(cursor, count: int, categories: list[int], users: list[int]) -> None:
    cursor.execute(
        """
        INSERT INTO forum_thread (category_id, title, slug, author_id, visible, locked, pinned,
                             reply_count, post_count, created_at, last_post_at)
        SELECT (%(categories)s::bigint[])[1 + g %% cardinality(%(categories)s::bigint[])],
               CASE WHEN g = 0 THEN 'What helped you get through the first month?'
                    ELSE 'Bench thread ' || g || ': getting through the evenings' END,
               CASE WHEN g = 0 THEN %(long_slug)s ELSE 'bench-thread-' || g END,
               (%(users)s::bigint[])[1 + (g::bigint * 7919) %% cardinality(%(users)s::bigint[])],
               true, false, false, 0, 0,
               now() - (%(count)s - g) * interval '45 minutes',
               now() - (%(count)s - g) * interval '45 minutes'
        FROM generate_series(0, %(count)s - 1) AS g
        """,
        {"categories": categories, "users": users, "count": count, "long_slug": LONG_THREAD_SLUG},
    )


def _insert_posts(cursor, spread: int, long_posts: int, users: list[int]) -> None:
    """`long_posts` in the long thread; `spread` posts dealt round the other threads, first posts first."""
    common = {"users": users, "paragraphs": PARAGRAPHS}
    cursor.execute(
        """
        INSERT INTO forum_post (thread_id, author_id, body, state, is_first, links_allowed, created_at)
        SELECT t.id, (%(users)s::bigint[])[1 + (n::bigint * 104729) %% cardinality(%(users)s::bigint[])],
               (%(paragraphs)s::text[])[1 + n %% 8] || E'\\n\\n'
               || (%(paragraphs)s::text[])[1 + (n * 3 + 1) %% 8],
               'visible', n = 0, false, t.created_at + n * interval '3 minutes'
        FROM forum_thread AS t, generate_series(0, %(long_posts)s - 1) AS n
        WHERE t.slug = %(long_slug)s
        """,
        {**common, "long_posts": long_posts, "long_slug": LONG_THREAD_SLUG},
    )
    cursor.execute(
        """
        WITH others AS (
            SELECT id, created_at, row_number() OVER (ORDER BY id) - 1 AS position
            FROM forum_thread WHERE slug LIKE 'bench-thread-%%'
        ), total AS (SELECT count(*) AS size FROM others)
        INSERT INTO forum_post (thread_id, author_id, body, state, is_first, links_allowed, created_at)
        SELECT o.id, (%(users)s::bigint[])[1 + (n::bigint * 104729) %% cardinality(%(users)s::bigint[])],
               (%(paragraphs)s::text[])[1 + n %% 8] || E'\\n\\n'
               || (%(paragraphs)s::text[])[1 + (n * 3 + 1) %% 8], 'visible', n < total.size, false,
               o.created_at + (n / total.size) * interval '7 minutes'
        FROM generate_series(0, %(spread)s - 1) AS n, total, others AS o
        WHERE o.position = n %% total.size
        """,
        {**common, "spread": spread},
    )


def _refresh_thread_counts(cursor) -> None:
    cursor.execute(
        """
        UPDATE forum_thread AS t
        SET post_count = s.visible, reply_count = greatest(s.visible - 1, 0), last_post_at = s.last
        FROM (SELECT thread_id, count(*) AS visible, max(created_at) AS last
              FROM forum_post WHERE state = 'visible' GROUP BY thread_id) AS s
        WHERE s.thread_id = t.id AND t.slug LIKE 'bench-%%'
        """
    )
