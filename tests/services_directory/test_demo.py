import datetime

import pytest
from django.core.management import call_command

from mylife4me.core.demo import demo_loaders
from services_directory.demo import DEMO_REVIEWER, load_advice, load_substances
from services_directory.models import AdvicePage, MixingRisk, Substance, TaxonomyTerm
from services_directory.models.substances import MARKDOWN_FIELDS
from services_directory.taxonomy import TERMS, ensure_terms

pytestmark = pytest.mark.django_db

LONG = "Some *markdown*."


def _entry(name: str, slug: str, **extra) -> dict:
    return {
        "name": name,
        "slug": slug,
        "other_names": ["Street one", "Street two"],
        "substance_type": "depressants",
        "summary": "One sentence.",
        "law_class": "age_restricted",
        "related_categories": ["alcohol-services"],
        **dict.fromkeys(MARKDOWN_FIELDS, LONG),
        **extra,
    }


def test_the_loader_is_registered_early():
    names = [name for name, _loader in demo_loaders()]
    assert "drugs A to Z and advice" in names


def test_loading_small_content_twice_gives_the_same_rows():
    ensure_terms()
    entries = [_entry("Alcohol", "alcohol"), _entry("Heroin", "heroin", substance_type="opioids")]
    mixing = [("heroin", "alcohol", "dangerous", "Both slow breathing.")]
    for _ in range(2):
        assert load_substances(entries, mixing) == 2
        load_advice([{"slug": "overdose", "title": "Overdose", "summary": "S.", "body": "B.", "order": 1}])
    assert (
        Substance.objects.count() == 2 and MixingRisk.objects.count() == 1 and AdvicePage.objects.count() == 1
    )
    alcohol = Substance.objects.get(slug="alcohol")
    assert alcohol.other_names_list == ["Street one", "Street two"]
    assert alcohol.reviewed_by == DEMO_REVIEWER and not alcohol.clinically_reviewed
    assert alcohol.last_reviewed == datetime.date.today()
    assert list(alcohol.related_categories.values_list("code", flat=True)) == ["alcohol-services"]


def test_an_unknown_category_is_refused():
    ensure_terms()
    with pytest.raises(ValueError, match="unknown support categories"):
        load_substances([_entry("Alcohol", "alcohol", related_categories=["no-such-code"])], [])


def test_the_taxonomy_has_every_term_once():
    ensure_terms()
    ensure_terms()
    assert TaxonomyTerm.objects.count() == len(TERMS) == 18


def test_the_demo_content_loads_and_every_page_renders(browser_client, settings):
    settings.DEBUG = True
    call_command("load_demo")
    call_command("load_demo")  # idempotent
    assert Substance.objects.count() >= 15
    assert Substance.objects.filter(slug="alcohol").exists()
    slugs = set(AdvicePage.objects.values_list("slug", flat=True))
    assert {
        "overdose",
        "staying-safer",
        "homelessness",
        "worried-about-someone",
        "what-treatment-is-like",
        "faqs",
    } <= slugs
    for substance in Substance.objects.all():
        html = browser_client.get(f"/drugs/{substance.slug}/").content.decode()
        assert "Demo content: to be reviewed by a clinician before publication." in html
    for slug in slugs:
        assert browser_client.get(f"/advice/{slug}/").status_code == 200
    overdose = browser_client.get("/advice/overdose/").content.decode().lower()
    for words in ["999", "recovery position", "naloxone"]:
        assert words in overdose
