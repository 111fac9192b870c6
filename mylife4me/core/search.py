"""Site search: one box, many kinds of content.

mylife4me.core knows nothing of drugs, advice, services, stories or forum threads. Each domain app
registers a provider from its AppConfig.ready: `register_search_provider(name, heading, fn, order)`,
where fn(query) returns a list of SearchResult. `text_search()` gives every provider the same matching:
PostgreSQL full-text search with ranking plus trigram word similarity (so "ketamin" finds Ketamine),
and on SQLite a plain case-insensitive match of every word.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramWordSimilarity
from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.db.models.functions import Greatest, Lower

MAX_QUERY_LENGTH = 100
# Set on the response of a search that found nothing. Figures (mylife4me/figures/middleware.py) counts
# it and takes it off; a header rather than a signal because a cached search page never runs the view.
FOUND_NOTHING_HEADER = "X-Search-Found-Nothing"
# Trigram word similarity (0 to 1) above which a name counts as a match for a misspelling.
SIMILARITY_THRESHOLD = 0.45


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    summary: str = ""
    detail: str = ""  # a short extra line, such as "Also called: K, Ket"


@dataclass(frozen=True)
class SearchSection:
    name: str
    heading: str
    results: list[SearchResult]


SearchProvider = Callable[[str], list[SearchResult]]


@dataclass(frozen=True)
class _Provider:
    name: str
    heading: str
    search: SearchProvider
    order: int


_providers: dict[str, _Provider] = {}


def register_search_provider(name: str, heading: str, search: SearchProvider, order: int = 50) -> None:
    """heading is what the results page calls this kind of content, such as "Drugs and alcohol"."""
    _providers[name] = _Provider(name, heading, search, order)


def clean_query(raw: str | None) -> str:
    """What the person typed, made safe to search with: no control characters, single spaces, short."""
    text = re.sub(r"[\x00-\x1f\x7f]", " ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search(query: str) -> list[SearchSection]:
    """Sections with at least one result, in the providers' order. An empty query finds nothing."""
    query = clean_query(query)
    if not query:
        return []
    sections = []
    for provider in sorted(_providers.values(), key=lambda item: (item.order, item.name)):
        results = provider.search(query)
        if results:
            sections.append(SearchSection(provider.name, provider.heading, results))
    return sections


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def text_search(
    queryset: QuerySet,
    query: str,
    *,
    weighted_fields: Sequence[tuple[str, str]],
    name_fields: Sequence[str] = (),
    limit: int = 20,
) -> QuerySet:
    """The best matches for query in queryset, best first.

    weighted_fields: (field, weight "A" to "D") for full-text search on PostgreSQL; on SQLite every word
    of the query must appear in one of these fields. name_fields: short fields (names, street names)
    where a misspelling should still match, by trigram word similarity on PostgreSQL.
    """
    query = clean_query(query)
    if not query:
        return queryset.none()
    if uses_postgres():
        return _postgres_search(queryset, query, weighted_fields, name_fields)[:limit]
    words = query.split()
    fields = [field for field, _weight in weighted_fields]
    matches = [reduce(or_, (Q(**{f"{field}__icontains": word}) for field in fields)) for word in words]
    queryset = queryset.filter(*matches)
    if name_fields:
        # Names that contain the whole query come first.
        in_name = reduce(or_, (Q(**{f"{field}__icontains": query}) for field in name_fields))
        queryset = queryset.alias(
            in_name=Case(When(in_name, then=Value(1)), default=Value(0)),
        ).order_by("-in_name", *queryset.query.order_by)
    return queryset[:limit]


def _postgres_search(
    queryset: QuerySet,
    query: str,
    weighted_fields: Sequence[tuple[str, str]],
    name_fields: Sequence[str],
) -> QuerySet:
    vector = reduce(
        lambda left, right: left + right,
        (SearchVector(field, weight=weight, config="english") for field, weight in weighted_fields),
    )
    terms = SearchQuery(query, search_type="websearch", config="english")
    queryset = queryset.annotate(document=vector, rank=SearchRank(vector, terms))
    condition = Q(document=terms)
    similarity = Value(0.0, output_field=FloatField())
    if name_fields:
        scores = [TrigramWordSimilarity(Value(query.lower()), Lower(field)) for field in name_fields]
        similarity = Greatest(*scores) if len(scores) > 1 else scores[0]
        condition |= Q(similarity__gte=SIMILARITY_THRESHOLD)
    return (
        queryset.annotate(similarity=similarity)
        .filter(condition)
        .annotate(score=F("similarity") * 2 + F("rank"))
        .order_by("-score", *queryset.query.order_by)
    )
