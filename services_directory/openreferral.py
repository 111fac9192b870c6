"""The directory as Open Referral UK (HSDS 3.0) JSON, and loading another publisher's ORUK JSON.

`service_json()` is the one shape for a service, used by the API and read back by `import_services()`,
so the project's own output always imports (the round trip is tested).
"""

import datetime
import math
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils.dateparse import parse_datetime, parse_time

from services_directory.listings import unique_slug
from services_directory.models import (
    Contact,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
)
from services_directory.models.schedule import BYDAY

VERSION = "3.0"
PROFILE = "https://openreferraluk.org/profile/3.0"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
IMPORTED_TAXONOMY = "Imported terms"


def _iso(moment: datetime.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def organization_json(organization: Organization) -> dict:
    return {
        "id": str(organization.id),
        "name": organization.name,
        "description": organization.description,
        "email": organization.email or None,
        "website": organization.website or None,
    }


def taxonomy_json(taxonomy: Taxonomy) -> dict:
    return {
        "id": str(taxonomy.id),
        "name": taxonomy.name,
        "description": taxonomy.description,
        "uri": taxonomy.uri or None,
        "version": taxonomy.version or None,
    }


def term_json(term: TaxonomyTerm) -> dict:
    return {
        "id": str(term.id),
        "code": term.code,
        "name": term.name,
        "description": term.description,
        "parent_id": str(term.parent_id) if term.parent_id else None,
        "taxonomy_id": str(term.taxonomy_id),
        "language": term.language,
        "term_uri": term.term_uri or None,
    }


def location_json(location: Location) -> dict:
    return {
        "id": str(location.id),
        "location_type": "physical",
        "name": location.name,
        "description": location.description,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "addresses": [
            {
                "id": str(location.id),
                "address_1": location.address_1,
                "address_2": location.address_2 or None,
                "city": location.city,
                "postal_code": location.postcode,
                "country": "GB",
                "address_type": "physical",
            }
        ],
        "accessibility": [{"id": str(location.id), "description": location.accessibility}]
        if location.accessibility
        else [],
    }


def schedule_json(slot: Schedule) -> dict:
    return {
        "id": str(slot.id),
        "freq": "WEEKLY",
        "byday": BYDAY[slot.weekday],
        "opens_at": slot.opens_at.strftime("%H:%M"),
        "closes_at": slot.closes_at.strftime("%H:%M"),
        "description": slot.description or None,
    }


def service_json(service: Service) -> dict:
    """A fully nested service (use api_services() for the prefetching)."""
    return {
        "id": str(service.id),
        "organization": organization_json(service.organization),
        "name": service.name,
        "description": service.description,
        "url": service.url or None,
        "email": service.email or None,
        "status": service.status,
        "fees_description": service.fees_description or None,
        "eligibility_description": service.eligibility_description or None,
        "application_process": service.how_to_get_referred or None,
        "accessibility": service.accessibility or None,
        "assured_date": service.last_checked.isoformat() if service.last_checked else None,
        "last_modified": _iso(service.last_modified),
        "open_24_hours": service.open_24_hours,
        "phones": [
            {"id": str(phone.id), "number": phone.number, "description": phone.description or None}
            for phone in service.phones.all()
        ],
        "contacts": [
            {
                "id": str(contact.id),
                "name": contact.name,
                "title": contact.title or None,
                "email": contact.email or None,
            }
            for contact in service.contacts.all()
        ],
        "languages": [
            {"id": str(language.id), "name": language.name, "code": language.code or None}
            for language in service.languages.all()
        ],
        "schedules": [schedule_json(slot) for slot in service.schedules.all()],
        "service_at_locations": [
            {"id": str(link.id), "location": location_json(link.location)}
            for link in service.service_at_locations.all()
        ],
        "attributes": [
            {"id": f"{service.id}:{term.id}", "taxonomy_term": term_json(term)}
            for term in service.taxonomy_terms.all()
        ],
    }


def api_services() -> QuerySet:
    return (
        Service.objects.select_related("organization")
        .prefetch_related(
            "phones",
            "contacts",
            "languages",
            "schedules",
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.select_related("location").order_by("id"),
            ),
            Prefetch("taxonomy_terms", queryset=TaxonomyTerm.objects.order_by("code")),
        )
        .order_by("name", "id")
    )


def page_of(items: QuerySet | list, page: int, per_page: int, render) -> dict:
    """The ORUK paging envelope around one page of items."""
    total = items.count() if isinstance(items, QuerySet) else len(items)
    total_pages = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    contents = [render(item) for item in items[start : start + per_page]]
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


# Loading another publisher's JSON.


def _services_in(data) -> Iterable[dict]:
    if isinstance(data, dict) and "contents" in data:
        return data["contents"]
    if isinstance(data, dict):
        return [data]
    return data


def _term(data: dict) -> TaxonomyTerm:
    term = TaxonomyTerm.objects.filter(pk=data.get("id")).first() if data.get("id") else None
    if term is not None:
        return term
    code = (data.get("code") or data.get("name") or "term")[:100]
    taxonomy = (
        Taxonomy.objects.filter(pk=data.get("taxonomy_id")).first() if data.get("taxonomy_id") else None
    )
    if taxonomy is None:
        taxonomy, _ = Taxonomy.objects.get_or_create(name=IMPORTED_TAXONOMY)
    existing = TaxonomyTerm.objects.filter(taxonomy=taxonomy, code=code).first()
    if existing is not None:
        return existing
    return TaxonomyTerm.objects.create(
        id=data.get("id") or None,
        taxonomy=taxonomy,
        code=code,
        name=data.get("name") or code,
        description=data.get("description") or "",
    )


def _status(value: str | None) -> str:
    return value if value in ServiceStatus.values else ServiceStatus.ACTIVE


@transaction.atomic
def import_services(data) -> int:
    """Creates or updates services (and their organisation, places, phones, hours, languages, contacts and
    terms) from ORUK JSON: one service, a list, or a paged envelope. Ids are kept. Returns how many."""
    count = 0
    for item in _services_in(data):
        org_data = item.get("organization") or {
            "id": item.get("organization_id"),
            "name": "Unknown organisation",
        }
        organization = (
            Organization.objects.filter(pk=org_data.get("id")).first() if org_data.get("id") else None
        )
        if organization is None:
            organization = Organization(id=org_data.get("id") or None, slug=unique_slug(org_data["name"]))
        organization.name = org_data.get("name") or organization.name
        organization.description = org_data.get("description") or ""
        organization.email = org_data.get("email") or ""
        organization.website = org_data.get("website") or ""
        organization.save()

        service = Service.objects.filter(pk=item["id"]).first() or Service(
            id=item["id"], slug=unique_slug(item["name"])
        )
        service.organization = organization
        service.name = item["name"]
        service.description = item.get("description") or ""
        service.url = item.get("url") or ""
        service.email = item.get("email") or ""
        service.status = _status(item.get("status"))
        service.fees_description = item.get("fees_description") or ""
        service.eligibility_description = item.get("eligibility_description") or ""
        service.how_to_get_referred = item.get("application_process") or ""
        service.accessibility = item.get("accessibility") or ""
        service.open_24_hours = bool(item.get("open_24_hours"))
        assured = item.get("assured_date")
        service.last_checked = datetime.date.fromisoformat(assured[:10]) if assured else None
        service.save()

        service.phones.all().delete()
        for phone in item.get("phones") or []:
            Phone.objects.create(
                id=phone.get("id") or None,
                service=service,
                number=phone["number"],
                description=phone.get("description") or "",
            )
        service.contacts.all().delete()
        for contact in item.get("contacts") or []:
            Contact.objects.create(
                id=contact.get("id") or None,
                service=service,
                name=contact.get("name") or "",
                title=contact.get("title") or "",
                email=contact.get("email") or "",
            )
        service.languages.all().delete()
        for language in item.get("languages") or []:
            Language.objects.create(
                id=language.get("id") or None,
                service=service,
                name=language["name"],
                code=language.get("code") or "",
            )
        service.schedules.all().delete()
        for slot in item.get("schedules") or []:
            opens, closes = parse_time(slot.get("opens_at") or ""), parse_time(slot.get("closes_at") or "")
            days = [day for day in (slot.get("byday") or "").split(",") if day.strip() in BYDAY]
            if opens is None or closes is None:
                continue
            for day in days:
                Schedule.objects.create(
                    id=slot.get("id") if len(days) == 1 else None,
                    service=service,
                    weekday=BYDAY.index(day.strip()),
                    opens_at=opens,
                    closes_at=closes,
                    description=slot.get("description") or "",
                )
        service.service_at_locations.all().delete()
        for link in item.get("service_at_locations") or []:
            place = link.get("location") or {}
            address = (place.get("addresses") or [{}])[0]
            access = place.get("accessibility") or []
            location, _ = Location.objects.update_or_create(
                id=place.get("id"),
                defaults={
                    "organization": organization,
                    "name": place.get("name") or service.name,
                    "description": place.get("description") or "",
                    "latitude": place.get("latitude"),
                    "longitude": place.get("longitude"),
                    "address_1": address.get("address_1") or "",
                    "address_2": address.get("address_2") or "",
                    "city": address.get("city") or "",
                    "postcode": (address.get("postal_code") or "")[:8],
                    "accessibility": access[0].get("description", "") if access else "",
                },
            )
            ServiceAtLocation.objects.create(id=link.get("id") or None, service=service, location=location)
        service.taxonomy_terms.set(
            [
                _term(attribute["taxonomy_term"])
                for attribute in item.get("attributes") or []
                if attribute.get("taxonomy_term")
            ]
        )
        count += 1
    return count


def modified_after(raw: str | None) -> datetime.datetime | None:
    """Parses the modified_after parameter; ValueError if it is not an ISO 8601 date-time."""
    if not raw:
        return None
    moment = parse_datetime(raw)
    if moment is None:
        try:
            moment = datetime.datetime.combine(datetime.date.fromisoformat(raw), datetime.time(0))
        except ValueError:
            raise ValueError("modified_after must be an ISO 8601 date or date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment
