"""Small, made-up directory data for tests."""

import datetime
import itertools

from django.utils import timezone

from services_directory.models import (
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from services_directory.taxonomy import ensure_terms

_numbers = itertools.count(1)


def make_organization(name: str | None = None) -> Organization:
    number = next(_numbers)
    name = name or f"Test Org {number}"
    return Organization.objects.create(name=name, slug=f"test-org-{number}")


def make_service(
    name: str | None = None,
    *,
    organization: Organization | None = None,
    categories: tuple[str, ...] = (),
    slots: tuple[tuple[int, datetime.time, datetime.time], ...] = (),
    position: tuple[float, float] | None = None,
    **fields,
) -> Service:
    number = next(_numbers)
    name = name or f"Test Service {number}"
    values = {
        "slug": f"test-service-{number}",
        "description": f"What {name} offers.",
        "eligibility_description": "Adults.",
        "how_to_get_referred": "Call us.",
        "last_checked": timezone.localdate(),
        **fields,
    }
    service = Service.objects.create(organization=organization or make_organization(), name=name, **values)
    if categories:
        ensure_terms()
        service.taxonomy_terms.set(TaxonomyTerm.objects.filter(code__in=categories))
    for weekday, opens, closes in slots:
        Schedule.objects.create(service=service, weekday=weekday, opens_at=opens, closes_at=closes)
    if position:
        location = Location.objects.create(
            organization=service.organization,
            name=f"{name} place",
            address_1="1 Test Street",
            latitude=position[0],
            longitude=position[1],
        )
        ServiceAtLocation.objects.create(service=service, location=location)
    Phone.objects.create(service=service, number="0121 496 0001", description="Main line")
    return service


def postcodes_csv(path, rows: list[tuple[str, float, float, str]]):
    """A small ONS-style postcode CSV, in the format of the West Midlands file."""
    lines = ["postcode,lat,long,local_authority", *(f"{p},{lat},{lon},{la}" for p, lat, lon, la in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
