"""The "Recovery stories" section of the staff figures page."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth

from mylife4me.figures.registry import Section, Table
from stories.models import HelpedDay, Stage, Story

LONDON = ZoneInfo("Europe/London")


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(start, time.min, tzinfo=LONDON),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=LONDON),
    )


def tables(start: date, end: date) -> list[Table]:
    since, until = _bounds(start, end)
    per_month = (
        Story.objects.filter(published_at__gte=since, published_at__lt=until)
        .annotate(month=TruncMonth("published_at", tzinfo=LONDON))
        .values("month")
        .annotate(total=Count("id"))
        .order_by("month")
    )
    helped = HelpedDay.objects.filter(date__gte=start, date__lte=end)
    by_stage = dict(
        helped.values("story__stage").annotate(total=Sum("count")).values_list("story__stage", "total")
    )
    by_story = (
        helped.values("story__title", "story__stage")
        .annotate(total=Sum("count"))
        .order_by("-total", "story__title")[:50]
    )
    return [
        Table(
            title="Stories published each month",
            columns=["Month", "Stories published"],
            rows=[[row["month"].strftime("%B %Y"), row["total"]] for row in per_month],
            chart="bar",
            description="Stories a moderator published in each month, including any taken down since.",
            unit="stories",
        ),
        Table(
            title="“This helped me” by stage",
            columns=["Stage", "Readers it helped"],
            rows=[[label, by_stage.get(value, 0)] for value, label in Stage.choices],
            chart="bar",
            description="How many times readers said a story helped them. Counted once a day per reader; "
            "nothing about readers is kept.",
            unit="times",
        ),
        Table(
            title="“This helped me” by story (top 50)",
            columns=["Story", "Stage", "Readers it helped"],
            rows=[[row["story__title"], Stage(row["story__stage"]).label, row["total"]] for row in by_story],
        ),
    ]


SECTION = Section(name="stories", heading="Recovery stories", tables=tables, order=60)
