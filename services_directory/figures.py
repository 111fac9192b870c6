"""The directory's figures: listings overdue for checking (staff), and views and call-back requests of
a provider's own services (/provider/figures/)."""

import datetime
from collections import defaultdict

from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from mylife4me.figures.models import PageDay
from mylife4me.figures.registry import Section, Table, register_section
from mylife4me.figures.summaries import by_week, period_label, period_start, periods
from services_directory.listings import CONFIRM_EVERY_DAYS
from services_directory.models import CallbackRequest, CallbackState, Service
from services_directory.models.service import LISTED_STATUSES

OVERDUE_LIMIT = 200


def directory_tables(start: datetime.date, end: datetime.date) -> list[Table]:
    today = timezone.localdate()
    overdue = (
        Service.objects.filter(status__in=LISTED_STATUSES)
        .filter(
            Q(last_checked__isnull=True)
            | Q(last_checked__lte=today - datetime.timedelta(days=CONFIRM_EVERY_DAYS))
        )
        .select_related("organization")
        .order_by(F("last_checked").asc(nulls_first=True), "name")[:OVERDUE_LIMIT]
    )
    return [
        Table(
            title="Listings overdue for checking",
            columns=["Service", "Organisation", "Last checked", "Days since"],
            rows=[
                [
                    service.name,
                    service.organization.name,
                    f"{service.last_checked:%-d %b %Y}" if service.last_checked else "Never",
                    (today - service.last_checked).days if service.last_checked else None,
                ]
                for service in overdue
            ],
            description=(
                f"Listed services not confirmed by their provider for {CONFIRM_EVERY_DAYS} days or more, "
                "today (whatever the dates chosen), longest first."
            ),
        )
    ]


def service_path(service: Service) -> str:
    return f"/services/{service.slug}/"


def provider_tables(services: list[Service], start: datetime.date, end: datetime.date) -> list[Table]:
    """Page views and call-back requests for these services only (the caller chose them by membership)."""
    by_path = {service_path(service): service for service in services}
    views = dict(
        PageDay.objects.filter(date__range=(start, end), path__in=list(by_path))
        .values_list("path")
        .annotate(total=Sum("views"))
        .order_by()
    )
    callbacks = {
        row["service"]: row
        for row in CallbackRequest.objects.filter(service__in=services, created_at__date__range=(start, end))
        .values("service")
        .annotate(
            asked=Count("id"),
            called=Count("id", filter=Q(state=CallbackState.CALLED)),
            unreachable=Count("id", filter=Q(state=CallbackState.UNREACHABLE)),
            waiting=Count("id", filter=Q(state=CallbackState.OPEN)),
        )
        .order_by()
    }
    empty = {"asked": 0, "called": 0, "unreachable": 0, "waiting": 0}
    summary = Table(
        title="Your services",
        columns=["Service", "Page views", "Call-back requests", "Called", "Unable to reach", "Waiting"],
        rows=[
            [
                service.name,
                views.get(service_path(service), 0),
                *(
                    callbacks.get(service.pk, empty)[key]
                    for key in ("asked", "called", "unreachable", "waiting")
                ),
            ]
            for service in services
        ],
        chart="bar" if services else "",
        unit="count",
        description=(
            "Views of each service's page on this site, and call-back requests made in the dates chosen."
        ),
    )
    weekly = by_week(start, end)
    daily: dict[datetime.date, int] = defaultdict(int)
    for day, total in (
        PageDay.objects.filter(date__range=(start, end), path__in=list(by_path))
        .values_list("date")
        .annotate(total=Sum("views"))
        .order_by()
    ):
        daily[period_start(day, weekly)] += total
    over_time = Table(
        title="Views of your services' pages over time",
        columns=["Week" if weekly else "Day", "Page views"],
        rows=[[period_label(p, weekly), daily.get(p, 0)] for p in periods(start, end)],
        chart="line",
        unit="page views",
    )
    return [summary, over_time]


def register() -> None:
    register_section(
        Section(name="directory", heading="Support services directory", tables=directory_tables, order=50)
    )
