"""The figures this app counts itself: visits and searches that found nothing."""

import datetime
from collections import defaultdict

from django.db.models import Sum

from mylife4me.figures import rules
from mylife4me.figures.folding import SEARCH_RETENTION_DAYS
from mylife4me.figures.models import HourDay, PageDay, SearchMissDay, VisitorsDay
from mylife4me.figures.registry import Section, Table, register_section
from mylife4me.figures.summaries import (
    WEEKDAYS,
    by_week,
    hour_label,
    period_label,
    period_start,
    periods,
)

LIST_LENGTH = 20


def visit_tables(start: datetime.date, end: datetime.date) -> list[Table]:
    by_section = _visits_by_section(start, end)
    return [
        by_section,
        _visitors(start, end, by_section),
        *_visits_by_time(start, end),
        _pages(start, end, least=True),
        _pages(start, end, least=False),
    ]


def _visits_by_section(start: datetime.date, end: datetime.date) -> Table:
    weekly = by_week(start, end)
    totals: dict[tuple[datetime.date, str], int] = defaultdict(int)
    rows = (
        PageDay.objects.filter(date__range=(start, end))
        .values_list("date", "section")
        .annotate(views=Sum("views"))
        .order_by()
    )
    for day, section, views in rows:
        totals[(period_start(day, weekly), section)] += views
    used = {section for _, section in totals}
    sections = [section for section in rules.SECTION_NAMES if section in used]
    sections += sorted(used - set(sections))
    return Table(
        title="Page views by section, week by week" if weekly else "Page views by section, day by day",
        columns=["Week" if weekly else "Day", *(rules.section_name(s) for s in sections)],
        rows=[
            [period_label(period, weekly), *(totals.get((period, s), 0) for s in sections)]
            for period in periods(start, end)
        ],
        chart="line",
        unit="page views",
        description="Every time a public page was opened. Staff pages and robots are not counted.",
    )


def _visitors(start: datetime.date, end: datetime.date, by_section: Table) -> Table:
    """Total page views come from the by-section table (one query fewer); visitors from VisitorsDay."""
    weekly = by_week(start, end)
    views = {period: sum(row[1:]) for period, row in zip(periods(start, end), by_section.rows, strict=True)}
    visitors: dict[datetime.date, int] = defaultdict(int)
    for day, estimate in VisitorsDay.objects.filter(date__range=(start, end)).values_list(
        "date", "estimated_unique"
    ):
        visitors[period_start(day, weekly)] += estimate
    return Table(
        title="Page views and visitors",
        columns=["Week" if weekly else "Day", "Page views", "Visitors (estimate)"],
        rows=[[period_label(p, weekly), views.get(p, 0), visitors.get(p, 0)] for p in periods(start, end)],
        chart="line",
        unit="count",
        description=(
            "Visitors is an estimate of how many different people came each day, without cookies. "
            "Someone who comes back on another day is counted again"
            + (", so a week's figure adds up its days." if weekly else ".")
            + " Pages about treatment and Breaking Free Online are not in this estimate."
        ),
    )


def _visits_by_time(start: datetime.date, end: datetime.date) -> list[Table]:
    hours, weekdays = [0] * 24, [0] * 7
    for hour, weekday, views in (
        HourDay.objects.filter(date__range=(start, end))
        .values_list("hour", "weekday")
        .annotate(views=Sum("views"))
        .order_by()
    ):
        hours[hour] += views
        weekdays[weekday] += views
    return [
        Table(
            title="When people visit: hour of the day",
            columns=["Hour (UK time)", "Page views"],
            rows=[[hour_label(hour), hours[hour]] for hour in range(24)],
            chart="bar",
            unit="page views",
            description="All page views in the dates chosen, by the hour they started in.",
        ),
        Table(
            title="When people visit: day of the week",
            columns=["Day", "Page views"],
            rows=[[WEEKDAYS[day], weekdays[day]] for day in range(7)],
            chart="bar",
            unit="page views",
        ),
    ]


def _pages(start: datetime.date, end: datetime.date, *, least: bool) -> Table:
    rows = (
        PageDay.objects.filter(date__range=(start, end))
        .values("path")
        .annotate(views=Sum("views"))
        .order_by("views" if least else "-views", "path")
        .values_list("path", "views")[:LIST_LENGTH]
    )
    return Table(
        title="Pages read least" if least else "Pages read most",
        columns=["Page", "Section", "Page views"],
        rows=[[path, rules.section_name(rules.section_for(path)), views] for path, views in rows],
        description=(
            "Pages opened at least once in the dates chosen, fewest first. "
            "A page nobody opened is not listed."
            if least
            else "The pages opened most in the dates chosen."
        ),
    )


def search_tables(start: datetime.date, end: datetime.date) -> list[Table]:
    rows = (
        SearchMissDay.objects.filter(date__range=(start, end))
        .values("query")
        .annotate(times=Sum("count"))
        .order_by("-times", "query")
        .values_list("query", "times")[:50]
    )
    return [
        Table(
            title="Searches that found nothing",
            columns=["Search", "Times"],
            rows=[list(row) for row in rows],
            description=(
                "What people searched for when the site had no answer, so content can be written for it. "
                "Numbers, email addresses and postcodes are taken out. "
                f"Kept for {SEARCH_RETENTION_DAYS} days."
            ),
        )
    ]


def register() -> None:
    register_section(Section(name="visits", heading="Visits", tables=visit_tables, order=10))
    register_section(
        Section(name="searches", heading="Searches that found nothing", tables=search_tables, order=20)
    )
