"""The forum's section of the staff figures page: when people post."""

import datetime

from django.db.models import Count
from django.db.models.functions import ExtractHour

from forum.models import Post
from mylife4me.figures.registry import Section, Table, register_section
from mylife4me.figures.summaries import hour_label


def forum_tables(start: datetime.date, end: datetime.date) -> list[Table]:
    posts, threads = [0] * 24, [0] * 24
    for hour, is_first, count in (
        Post.objects.filter(created_at__date__range=(start, end))
        .annotate(hour=ExtractHour("created_at"))  # in UK time (TIME_ZONE)
        .values_list("hour", "is_first")
        .annotate(count=Count("id"))
        .order_by()
    ):
        (threads if is_first else posts)[hour] += count
    return [
        Table(
            title="Forum posts by hour of the day",
            columns=["Hour (UK time)", "Replies", "New threads"],
            rows=[[hour_label(hour), posts[hour], threads[hour]] for hour in range(24)],
            chart="bar",
            unit="posts",
            description="Every post written in the dates chosen, whether or not it was published.",
        )
    ]


def register() -> None:
    register_section(Section(name="forum", heading="Forum", tables=forum_tables, order=30))
