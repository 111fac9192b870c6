"""Bench data for the directory (`manage.py seed_bench`): every substance and advice page, the full
postcode table, and 300 services with places, hours, phones and categories, as a city would have."""

import datetime
from collections.abc import Callable

from django.utils import timezone

from mylife4me.core.bench_seeding import Scale
from services_directory import demo, demo_services
from services_directory.models import (
    Language,
    Location,
    Organization,
    Phone,
    Postcode,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from services_directory.postcodes import import_postcodes

FULL_SERVICES = 300
SERVICES_PER_ORGANIZATION = 6


def seed_directory(scale: Scale, say: Callable[[str], None]) -> None:
    demo.load_information(say)
    if scale.postcodes_csv is not None:
        say(f"{import_postcodes(scale.postcodes_csv)} postcodes")
    demo_services.load_services(say)
    extra = scale.of(FULL_SERVICES) - Service.objects.count()
    if extra > 0:
        _more_services(extra, scale)
    say(f"{Service.objects.count()} services in all")


def _more_services(count: int, scale: Scale) -> None:
    """Copies of the demo services, spread over real postcodes, written in bulk (numbered on from any
    made by an earlier run)."""
    start = Service.objects.filter(slug__startswith="bench-").count()
    start += -start % SERVICES_PER_ORGANIZATION  # a new run starts a new organisation
    rng = scale.rng
    terms = {term.code: term for term in TaxonomyTerm.objects.all()}
    postcodes = list(Postcode.objects.order_by("postcode").values_list("postcode", "latitude", "longitude"))
    today = timezone.localdate()
    organizations, locations, services, links = [], [], [], []
    schedules, phones, languages, term_links = [], [], [], []
    TermLink = Service.taxonomy_terms.through
    for number in range(start, start + count):
        template = demo_services.SERVICES[number % len(demo_services.SERVICES)]
        if number % SERVICES_PER_ORGANIZATION == 0:
            organization = Organization(
                name=f"Bench organisation {number // SERVICES_PER_ORGANIZATION + 1} (demo)",
                slug=f"bench-organisation-{number // SERVICES_PER_ORGANIZATION + 1}",
                description="Made-up data for the load benchmark.",
            )
            organizations.append(organization)
        if postcodes:
            postcode, latitude, longitude = rng.choice(postcodes)
        else:
            postcode = template["district"]
            latitude, longitude = demo_services._place(template["district"], number)
        location = Location(
            organization=organization,
            name=f"Bench place {number + 1}",
            address_1=f"{number + 1} Example Road",
            postcode=postcode,
            latitude=latitude,
            longitude=longitude,
        )
        service = Service(
            organization=organization,
            name=f"{template['name']} {number + 1} (demo)",
            slug=f"bench-{template['slug']}-{number + 1}",
            description=template["description"],
            eligibility_description=template["who"],
            how_to_get_referred=template["referral"],
            open_24_hours=template["hours"] == "24h",
            accepts_callbacks=template.get("callbacks", False),
            last_checked=today - datetime.timedelta(days=rng.randrange(0, 240)),
        )
        locations.append(location)
        services.append(service)
        links.append(ServiceAtLocation(service=service, location=location))
        term_links += [TermLink(service=service, taxonomyterm=terms[code]) for code in template["terms"]]
        for days, opens, closes in demo_services.HOURS[template["hours"]]:
            schedules += [
                Schedule(service=service, weekday=day, opens_at=opens, closes_at=closes) for day in days
            ]
        phones.append(
            Phone(service=service, number=f"0121 496 0{number % 1000:03d}", description="Main line")
        )
        languages.append(Language(service=service, name="English", code="en"))
    for model, rows in (
        (Organization, organizations),
        (Location, locations),
        (Service, services),
        (ServiceAtLocation, links),
        (TermLink, term_links),
        (Schedule, schedules),
        (Phone, phones),
        (Language, languages),
    ):
        model.objects.bulk_create(rows, batch_size=2000)
