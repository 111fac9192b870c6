"""The access-codes section of the staff figures page (mylife4me.figures), for code administrators.

Counted from what the purge keeps: dates, district, route and organisation, substance group and outcome.
"""

import datetime
import statistics
from collections import Counter
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from access_codes import pool
from access_codes.models import CodeRequest, Route, State, Substance
from mylife4me.figures.registry import Table

OPIATES_AND_CRACK = "Opiates and crack"
OTHERS = "Other substances"
NOT_GIVEN = "Not given"


def _bounds(start: datetime.date, end: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    zone = ZoneInfo(settings.TIME_ZONE)
    first = datetime.datetime.combine(start, datetime.time.min, zone)
    after = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, zone)
    return first, after


def substance_group(substance: str) -> str:
    if substance == Substance.OPIATES_CRACK:
        return OPIATES_AND_CRACK
    if not substance or substance == Substance.NOT_SAID:
        return NOT_GIVEN
    return OTHERS


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share 0.9 -> 90th)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))  # ceiling
    return ordered[int(rank) - 1]


def tables(start: datetime.date, end: datetime.date) -> list[Table]:
    first, after = _bounds(start, end)
    zone = ZoneInfo(settings.TIME_ZONE)
    requested = list(
        CodeRequest.objects.filter(created_at__gte=first, created_at__lt=after)
        .values_list("created_at", "decided_at", "state", "route", "organization__name", "substance")
        .order_by("created_at")
    )
    issued_in_range = list(
        CodeRequest.objects.filter(state=State.ISSUED, decided_at__gte=first, decided_at__lt=after)
        .values_list("decided_at", flat=True)
        .order_by("decided_at")
    )

    months = Counter(moment.astimezone(zone).strftime("%Y-%m") for moment in issued_in_range)
    per_month = Table(
        title="Codes issued per month",
        columns=["Month", "Codes issued"],
        rows=[[month, months[month]] for month in sorted(months)],
        chart="bar",
        description="Codes sent to people, by the month they were sent.",
        unit="codes",
    )

    routes: Counter = Counter()
    route_issued: Counter = Counter()
    groups: Counter = Counter()
    group_issued: Counter = Counter()
    waits: list[float] = []
    for created, decided, state, route, organization, substance in requested:
        who = (
            (Route.SELF.label, "")
            if route == Route.SELF
            else (Route.PARTNER.label, organization or "(removed)")
        )
        group = substance_group(substance)
        routes[who] += 1
        groups[group] += 1
        if state == State.ISSUED:
            route_issued[who] += 1
            group_issued[group] += 1
            waits.append((decided - created).total_seconds() / 3600)
    referral = Table(
        title="Self-referral and partner referral",
        columns=["Route", "Organisation", "Requests", "Codes issued"],
        rows=[
            [route, org, routes[(route, org)], route_issued[(route, org)]] for route, org in sorted(routes)
        ],
        description="Requests made in the period, by who asked: the person, or a partner on their behalf.",
        unit="requests",
    )
    substances = Table(
        title="Opiates and crack and other substances",
        columns=["Main substance", "Requests", "Codes issued"],
        rows=[
            [group, groups[group], group_issued[group]]
            for group in (OPIATES_AND_CRACK, OTHERS, NOT_GIVEN)
            if groups[group]
        ],
        chart="bar",
        description="The main substance people chose on the form (it is optional).",
        unit="requests",
    )
    timing = Table(
        title="Time from request to issue",
        columns=["Measure", "Hours"],
        rows=[
            ["Codes issued", len(waits)],
            ["Median", round(statistics.median(waits), 1) if waits else None],
            ["90th percentile", round(percentile(waits, 0.9), 1) if waits else None],
        ],
        description="Requests made in the period that have had a code: hours from asking to sending it.",
        unit="hours",
    )
    left = Table(
        title="Codes left in the pool",
        columns=["Batch", "Licence ends", "Codes left"],
        rows=[
            [
                summary.batch.name,
                summary.batch.licence_ends.isoformat(),
                0 if summary.expired else summary.left,
            ]
            for summary in pool.batch_summaries(timezone.localdate())
        ]
        + [["All batches", "", pool.remaining()]],
        description="Unused codes today. An ended licence counts as 0: its codes are never issued.",
        unit="codes",
    )
    return [per_month, referral, substances, timing, left]
