"""Open Referral UK API, read-only and public, at /api/openreferral/."""

import uuid
from collections.abc import Callable

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from mylife4me.core.page_cache import public_page
from mylife4me.core.search import clean_query, text_search
from services_directory import openreferral
from services_directory.finding import SERVICE_FIELDS
from services_directory.models import Organization, ServiceAtLocation, Taxonomy, TaxonomyTerm
from services_directory.models.service import LISTED_STATUSES
from services_directory.openapi import openapi_document
from services_directory.postcodes import METRES_PER_MILE, bounding_box, locate, miles_between


class BadRequest(ValueError):
    pass


def _json(data, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def api(view: Callable) -> Callable:
    """GET only, CORS open, bad parameters as a 400 with a message (never a 500)."""

    @require_GET
    def wrapped(request: HttpRequest, *args, **kwargs) -> JsonResponse:
        try:
            return _json(view(request, *args, **kwargs))
        except BadRequest as error:
            return _json({"error": str(error)}, status=400)
        except Http404:
            return _json({"error": "Not found"}, status=404)

    wrapped.__name__ = view.__name__
    return wrapped


def _int(request, name: str, default: int, low: int, high: int) -> int:
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number") from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return value


def _paging(request) -> tuple[int, int]:
    return _int(request, "page", 1, 1, 10**6), _int(
        request, "per_page", openreferral.DEFAULT_PER_PAGE, 1, openreferral.MAX_PER_PAGE
    )


def _uuid(raw: str, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a UUID") from None


def _filter_services(request, services: QuerySet, prefix: str = "") -> QuerySet:
    if term := request.GET.get("taxonomy_term_id"):
        services = services.filter(**{f"{prefix}taxonomy_terms__id": _uuid(term, "taxonomy_term_id")})
    try:
        after = openreferral.modified_after(request.GET.get("modified_after"))
    except ValueError as error:
        raise BadRequest(str(error)) from None
    if after:
        services = services.filter(**{f"{prefix}last_modified__gt": after})
    return services


@api
def root(request: HttpRequest) -> dict:
    return {
        "version": openreferral.VERSION,
        "profile": openreferral.PROFILE,
        "openapi_url": request.build_absolute_uri("openapi.json"),
    }


@api
def openapi(request: HttpRequest) -> dict:
    return openapi_document()


@public_page("services_directory", query=("page", "per_page", "search", "taxonomy_term_id", "modified_after"))
@api
def services(request: HttpRequest) -> dict:
    page, per_page = _paging(request)
    found = _filter_services(request, openreferral.api_services().filter(status__in=LISTED_STATUSES))
    if query := clean_query(request.GET.get("search")):
        ids = list(
            text_search(found, query, weighted_fields=SERVICE_FIELDS, limit=10_000).values_list(
                "id", flat=True
            )
        )
        found = found.filter(id__in=ids)
    return openreferral.page_of(found.distinct(), page, per_page, openreferral.service_json)


@public_page("services_directory")
@api
def service(request: HttpRequest, service_id) -> dict:
    return openreferral.service_json(get_object_or_404(openreferral.api_services(), pk=service_id))


def _service_at_location_json(link: ServiceAtLocation, metres: float | None) -> dict:
    data = {
        "id": str(link.id),
        "service": openreferral.service_json(link.service),
        "location": openreferral.location_json(link.location),
    }
    if metres is not None:
        data["distance"] = round(metres)
    return data


@public_page(
    "services_directory",
    query=("page", "per_page", "postcode", "proximity", "taxonomy_term_id", "modified_after"),
)
@api
def service_at_locations(request: HttpRequest) -> dict:
    page, per_page = _paging(request)
    links = ServiceAtLocation.objects.filter(service__status__in=LISTED_STATUSES).select_related(
        "location", "service__organization"
    )
    links = _filter_services(request, links, prefix="service__")
    services_by_id = {
        item.id: item for item in openreferral.api_services().filter(id__in=links.values("service_id"))
    }
    postcode = request.GET.get("postcode")
    if not postcode:
        items = [(link, None) for link in links.order_by("service__name", "id")]
    else:
        place = locate(postcode)
        if place is None:
            raise BadRequest("postcode is not a known UK postcode")
        proximity = _int(request, "proximity", 8000, 1, 200_000)
        miles = proximity / METRES_PER_MILE
        box = {
            f"location__{key}": value
            for key, value in bounding_box(place.latitude, place.longitude, miles).items()
        }
        items = []
        for link in links.filter(**box):
            metres = METRES_PER_MILE * miles_between(
                place.latitude, place.longitude, link.location.latitude, link.location.longitude
            )
            if metres <= proximity:
                items.append((link, metres))
        items.sort(key=lambda pair: pair[1])
    for link, _metres in items:
        link.service = services_by_id[link.service_id]
    return openreferral.page_of(items, page, per_page, lambda pair: _service_at_location_json(*pair))


@public_page("services_directory", query=("page", "per_page", "search"))
@api
def organizations(request: HttpRequest) -> dict:
    page, per_page = _paging(request)
    found = Organization.objects.order_by("name", "id")
    if query := clean_query(request.GET.get("search")):
        found = found.filter(name__icontains=query)
    return openreferral.page_of(found, page, per_page, openreferral.organization_json)


@public_page("services_directory", query=("page", "per_page"))
@api
def taxonomies(request: HttpRequest) -> dict:
    page, per_page = _paging(request)
    return openreferral.page_of(
        Taxonomy.objects.order_by("name", "id"), page, per_page, openreferral.taxonomy_json
    )


@public_page("services_directory", query=("page", "per_page", "taxonomy_id", "search"))
@api
def taxonomy_terms(request: HttpRequest) -> dict:
    page, per_page = _paging(request)
    found = TaxonomyTerm.objects.order_by("name", "id")
    if taxonomy := request.GET.get("taxonomy_id"):
        found = found.filter(taxonomy_id=_uuid(taxonomy, "taxonomy_id"))
    if query := clean_query(request.GET.get("search")):
        found = found.filter(name__icontains=query)
    return openreferral.page_of(found, page, per_page, openreferral.term_json)
