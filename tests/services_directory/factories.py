"""Small, made-up information content for tests (the real demo words are in demo_content/)."""

import datetime
import itertools

from services_directory.models import AdvicePage, Substance, TaxonomyTerm
from services_directory.substance_page import SECTIONS
from services_directory.taxonomy import ensure_terms

_numbers = itertools.count(1)

TEXT_FIELDS = [field for field, _heading, _anchor in SECTIONS if field not in {"mixing", "law", "support"}]


def make_substance(name: str | None = None, *, categories: tuple[str, ...] = (), **fields) -> Substance:
    number = next(_numbers)
    name = name or f"Testdrug {number}"
    values = {
        "slug": name.lower().replace(" ", "-"),
        "substance_type": "stimulants",
        "summary": f"A summary of {name}.",
        "law_class": "class_b",
        "law_detail": f"The law about {name}.",
        "last_reviewed": datetime.date.today(),
        "reviewed_by": "A tester",
        **{field: f"Section {field} of {name}." for field in TEXT_FIELDS},
        **fields,
    }
    substance = Substance.objects.create(name=name, **values)
    if categories:
        ensure_terms()
        substance.related_categories.set(TaxonomyTerm.objects.filter(code__in=categories))
    return substance


def make_advice(slug: str, title: str | None = None, **fields) -> AdvicePage:
    values = {
        "title": title or slug.replace("-", " ").capitalize(),
        "summary": f"Summary of {slug}.",
        "body": f"## About {slug}\n\nSome advice.",
        "order": 10,
        "last_reviewed": datetime.date.today(),
        **fields,
    }
    return AdvicePage.objects.create(slug=slug, **values)
