"""What site search finds in the drugs A to Z and the advice pages (registered in apps.py)."""

import difflib

from mylife4me.core.search import SearchResult, text_search
from services_directory.models import AdvicePage, Substance

LIMIT = 20

SUBSTANCE_FIELDS = [
    ("name", "A"),
    ("other_names", "A"),
    ("summary", "B"),
    ("what_it_is", "C"),
    ("staying_safer", "D"),
]
ADVICE_FIELDS = [("title", "A"), ("summary", "B"), ("body", "C")]


def _substance_result(substance: Substance) -> SearchResult:
    names = substance.other_names_list
    return SearchResult(
        title=substance.name,
        url=substance.get_absolute_url(),
        summary=substance.summary,
        detail=f"Also called: {', '.join(names)}" if names else "",
    )


def search_substances(query: str) -> list[SearchResult]:
    substances = Substance.objects.only("name", "slug", "summary", "other_names").order_by("name")
    found = list(
        text_search(substances, query, weighted_fields=SUBSTANCE_FIELDS, name_fields=["name", "other_names"])
    )
    if not found:
        # Trigrams miss swapped letters ("herion"); a spelling check over the names catches them.
        found = _close_names(query)
    return [_substance_result(substance) for substance in found[:LIMIT]]


def _close_names(query: str) -> list[Substance]:
    """Names and street names close in spelling to the query, compared in Python (SQLite has no
    trigrams, and trigrams miss swapped letters). The A to Z holds tens of substances: one small query."""
    substances = list(Substance.objects.only("name", "slug", "summary", "other_names").order_by("name"))
    wanted = query.lower()
    close = []
    for substance in substances:
        names = [substance.name.lower(), *(name.lower() for name in substance.other_names_list)]
        if difflib.get_close_matches(wanted, names, n=1, cutoff=0.75):
            close.append(substance)
    return close


def search_advice(query: str) -> list[SearchResult]:
    pages = AdvicePage.objects.only("slug", "title", "summary").order_by("order", "title")
    return [
        SearchResult(title=page.title, url=page.get_absolute_url(), summary=page.summary)
        for page in text_search(
            pages, query, weighted_fields=ADVICE_FIELDS, name_fields=["title"], limit=LIMIT
        )
    ]
