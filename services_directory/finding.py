"""Finding services: the public search at /services/ and the service page's details."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from mylife4me.core.search import text_search
from services_directory.models import Location, Service, ServiceStatus, TaxonomyTerm
from services_directory.models.service import LISTED_STATUSES
from services_directory.opening_hours import LONDON, clock, hours_of, is_open, open_status
from services_directory.postcodes import Place, miles_between

STALE_AFTER_DAYS = 180
MAX_MATCHES = 500  # more than the directory will hold; keeps a runaway query bounded
SERVICE_FIELDS = [
    ("name", "A"),
    ("organization__name", "B"),
    ("description", "C"),
    ("eligibility_description", "D"),
]


@dataclass
class Found:
    service: Service
    status: str
    open_now: bool
    location: Location | None = None  # the nearest, when a postcode was given
    miles: float | None = None
    terms: list[TaxonomyTerm] = field(default_factory=list)
    stale: bool = False


def listed_services() -> QuerySet:
    """Listed services with all a results list or a service page shows, in a fixed number of queries."""
    return (
        Service.objects.filter(status__in=LISTED_STATUSES)
        .select_related("organization")
        .prefetch_related(
            "schedules",
            "closures",
            "phones",
            "languages",
            Prefetch("taxonomy_terms", queryset=TaxonomyTerm.objects.order_by("name")),
            Prefetch("locations", queryset=Location.objects.order_by("name")),
        )
    )


def _nearest(service: Service, place: Place) -> tuple[Location | None, float | None]:
    best: tuple[Location | None, float | None] = (None, None)
    for location in service.locations.all():
        if location.latitude is None or location.longitude is None:
            continue
        miles = miles_between(place.latitude, place.longitude, location.latitude, location.longitude)
        if best[1] is None or miles < best[1]:
            best = (location, miles)
    return best


def describe(service: Service, at: datetime.datetime) -> tuple[str, bool]:
    if service.status == ServiceStatus.TEMPORARILY_CLOSED:
        return "Temporarily closed", False
    hours = hours_of(service)
    return open_status(hours, at), is_open(hours, at)


def find_services(
    *,
    query: str = "",
    category: str = "",
    place: Place | None = None,
    open_now: bool = False,
    at: datetime.datetime | None = None,
) -> list[Found]:
    """Listed services matching the words and category; nearest first when a place is given (services
    with no position last), else by name. With open_now, only those open at `at`."""
    at = at or timezone.now()
    today = at.astimezone(LONDON).date()
    services = listed_services()
    if category:
        services = services.filter(taxonomy_terms__code=category)
    if query:
        services = text_search(
            services, query, weighted_fields=SERVICE_FIELDS, name_fields=["name"], limit=MAX_MATCHES
        )
    else:
        services = services.order_by("name")[:MAX_MATCHES]
    found = []
    for service in services:
        status, now_open = describe(service, at)
        if open_now and not now_open:
            continue
        location, miles = _nearest(service, place) if place else (None, None)
        terms = list(service.taxonomy_terms.all())
        found.append(Found(service, status, now_open, location, miles, terms, is_stale(service, today)))
    if place:
        found.sort(key=lambda item: (item.miles is None, item.miles or 0.0))
    return found


def always_open_services(at: datetime.datetime | None = None) -> list[Found]:
    """Services open 24 hours, shown when a search finds nothing."""
    at = at or timezone.now()
    services = listed_services().filter(open_24_hours=True, status=ServiceStatus.ACTIVE).order_by("name")
    return [Found(service, *describe(service, at)) for service in services]


def is_stale(service: Service, today: datetime.date | None = None) -> bool:
    """Not confirmed by its provider for six months (or never)."""
    today = today or timezone.localdate()
    if service.last_checked is None:
        return True
    return (today - service.last_checked).days >= STALE_AFTER_DAYS


@dataclass
class DayHours:
    weekday: int
    name: str
    times: list[str]
    today: bool


def weekly_hours(service: Service, at: datetime.datetime | None = None) -> list[DayHours]:
    """The week's opening times, Monday first, for the service page table."""
    at = at or timezone.now()
    today = at.astimezone(LONDON).weekday()
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    days = []
    for weekday, name in enumerate(names):
        if service.open_24_hours:
            times = ["Open 24 hours"]
        else:
            times = []
            for slot in service.schedules.all():
                if slot.weekday != weekday:
                    continue
                ends = clock(slot.closes_at)
                if slot.closes_at <= slot.opens_at and slot.closes_at != datetime.time(0):
                    ends += " the next morning"
                times.append(f"{clock(slot.opens_at)} to {ends}")
            times = times or ["Closed"]
        days.append(DayHours(weekday, name, times, weekday == today))
    return days


def upcoming_closures(service: Service, today: datetime.date | None = None) -> list:
    today = today or timezone.localdate()
    return [closure for closure in service.closures.all() if closure.ends_on >= today]
