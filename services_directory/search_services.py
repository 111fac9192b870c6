"""What site search finds in the services directory (registered in apps.py)."""

from mylife4me.core.search import SearchResult, text_search
from services_directory.finding import SERVICE_FIELDS
from services_directory.models import Service
from services_directory.models.service import LISTED_STATUSES

LIMIT = 20


def search_services(query: str) -> list[SearchResult]:
    services = (
        Service.objects.filter(status__in=LISTED_STATUSES)
        .select_related("organization")
        .only("name", "slug", "description", "organization__name")
        .order_by("name")
    )
    return [
        SearchResult(
            title=service.name,
            url=service.get_absolute_url(),
            summary=service.description,
            detail=service.organization.name,
        )
        for service in text_search(
            services, query, weighted_fields=SERVICE_FIELDS, name_fields=["name"], limit=LIMIT
        )
    ]
