"""Loads the demo drugs A to Z, mixing risks, advice pages and support categories (safe to run again).

The words are in demo_content/, written as plain data. Everything loaded here is marked as not yet
reviewed by a clinician, so each page says it is demo content.
"""

import importlib
from collections.abc import Callable

from django.utils import timezone

from services_directory.mixing import set_mixing_risk
from services_directory.models import AdvicePage, Substance, TaxonomyTerm
from services_directory.models.substances import MARKDOWN_FIELDS
from services_directory.taxonomy import ensure_terms

DEMO_REVIEWER = "Demo content (not reviewed)"

SUBSTANCE_FIELDS = ["name", "substance_type", "summary", "law_class", *MARKDOWN_FIELDS]
ADVICE_FIELDS = ["title", "summary", "body", "order"]


def _demo_review() -> dict:
    return {"last_reviewed": timezone.localdate(), "reviewed_by": DEMO_REVIEWER, "clinically_reviewed": False}


def load_substances(entries: list[dict], mixing: list[tuple[str, str, str, str]]) -> int:
    """Creates or updates each substance by slug, its support categories and the mixing risks."""
    terms = {term.code: term for term in TaxonomyTerm.objects.all()}
    by_slug: dict[str, Substance] = {}
    for entry in entries:
        values = {field: entry[field] for field in SUBSTANCE_FIELDS}
        values["other_names"] = "\n".join(entry["other_names"])
        substance, _ = Substance.objects.update_or_create(
            slug=entry["slug"], defaults={**values, **_demo_review()}
        )
        unknown = set(entry["related_categories"]) - set(terms)
        if unknown:
            raise ValueError(f"{entry['slug']}: unknown support categories {sorted(unknown)}")
        substance.related_categories.set([terms[code] for code in entry["related_categories"]])
        by_slug[substance.slug] = substance
    for slug_a, slug_b, level, note in mixing:
        set_mixing_risk(by_slug[slug_a], by_slug[slug_b], level, note)
    return len(by_slug)


def load_advice(entries: list[dict]) -> int:
    for entry in entries:
        values = {field: entry[field] for field in ADVICE_FIELDS}
        AdvicePage.objects.update_or_create(slug=entry["slug"], defaults={**values, **_demo_review()})
    return len(entries)


def _content(module: str, name: str, default):
    """B2's demo content files; an empty list when one is not there (a partial checkout)."""
    path = f"services_directory.demo_content.{module}"
    try:
        return getattr(importlib.import_module(path), name)
    except ModuleNotFoundError as error:
        if error.name != path:
            raise
        return default


def load_information(say: Callable[[str], None]) -> None:
    ensure_terms()
    substances = load_substances(
        _content("substances", "SUBSTANCES", []), _content("substances", "MIXING", [])
    )
    advice = load_advice(_content("advice", "ADVICE_PAGES", []))
    say(f"  {substances} drugs in the A to Z and {advice} advice pages, marked as demo content")
