import logging

import pytest
from django.db import connection
from django.test import Client

from mylife4me.core import search as site_search
from mylife4me.core.search import SearchResult, clean_query, register_search_provider
from tests.conftest import BROWSER_NAVIGATION
from tests.services import need
from tests.services_directory.factories import make_advice, make_substance

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    make_substance("Ketamine", other_names="K\nKet\nSpecial K", substance_type="dissociatives")
    make_substance("MDMA", other_names="Ecstasy\nMolly\nMandy", substance_type="empathogens")
    make_substance("Synthetic cannabinoids", other_names="Spice\nMamba\nBlack mamba", substance_type="nps")
    make_substance("Heroin", other_names="Brown\nSmack\nGear", what_it_is="Some people inject it.")
    make_substance("Alcohol", other_names="Booze\nDrink", substance_type="depressants")
    make_advice("overdose", "What to do in an overdose", summary="Call 999 and stay with them.")
    make_advice("faqs", "Questions people ask")


def titles(query: str) -> list[str]:
    return [result.title for section in site_search.search(query) for result in section.results]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ketamin", "Ketamine"),
        ("Ketamine", "Ketamine"),
        ("mdma", "MDMA"),
        ("spice", "Synthetic cannabinoids"),
        ("mandy", "MDMA"),
        ("special k", "Ketamine"),
        ("herion", "Heroin"),
        ("ketamne", "Ketamine"),
        ("booze", "Alcohol"),
        ("overdose", "What to do in an overdose"),
    ],
)
def test_search_finds_by_name_street_name_and_misspelling(content, query, expected):
    found = titles(query)
    assert found, f"nothing found for {query!r}"
    assert found[0] == expected, found


def test_the_results_page_groups_results_and_links_to_them(content, browser_client):
    html = browser_client.get("/search/", {"q": "ketamin"}).content.decode()
    assert '<h2 class="govuk-heading-m">Drugs and alcohol</h2>' in html
    assert 'href="/drugs/ketamine/"' in html
    assert "Also called: K, Ket, Special K" in html
    assert 'value="ketamin"' in html  # the box keeps what was typed


def test_no_result_is_never_an_empty_page(content, browser_client):
    html = browser_client.get("/search/", {"q": "zzqxjv"}).content.decode()
    assert "We could not find anything for \u2018zzqxjv\u2019" in html
    assert 'href="/services/"' in html  # the support finder
    assert 'id="urgent-help-title"' in html and 'href="tel:999"' in html
    assert 'href="/drugs/"' in html and 'href="/advice/overdose/"' in html


def test_an_empty_search_shows_the_box_and_ways_in(browser_client):
    response = browser_client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert site_search.search("   ") == []


@pytest.mark.parametrize(
    "query",
    ["\x00ketamine", "a" * 10_000, "' OR 1=1 --", "<script>alert(1)</script>", "%", "_", "!!!", "&|:*", "\\"],
)
def test_any_query_gives_a_page_and_never_an_error(content, browser_client, query):
    response = browser_client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_queries_are_cleaned():
    assert clean_query("  ket\x00amine \n\t now ") == "ket amine now"
    assert len(clean_query("x" * 500)) == site_search.MAX_QUERY_LENGTH
    assert clean_query(None) == ""


def test_search_sets_no_cookie_and_logs_neither_query_nor_address(content, caplog):
    address = "203.0.113.99"
    with caplog.at_level(logging.DEBUG):
        response = Client(REMOTE_ADDR=address).get(
            "/search/", {"q": "secretword ketamine"}, **BROWSER_NAVIGATION
        )
    assert response.status_code == 200
    assert not response.cookies
    assert "secretword" not in caplog.text and address not in caplog.text


def test_search_query_count_is_pinned_and_does_not_grow(
    content, browser_client, django_assert_max_num_queries
):
    # One query per provider (drugs, +1 for the spelling check; advice; services directory; stories).
    for query in ["ketamin", "zzqxjv"]:
        with django_assert_max_num_queries(5):
            browser_client.get("/search/", {"q": query})
    for number in range(50):
        make_substance(f"Extra {number}", other_names=f"Ketname {number}")
        make_advice(f"extra-{number}", f"Ketamine advice {number}")
    for query in ["ketamin", "zzqxjv"]:
        with django_assert_max_num_queries(5):
            browser_client.get("/search/", {"q": query})


def test_other_apps_plug_in_their_own_results(content, monkeypatch):
    monkeypatch.setattr(site_search, "_providers", dict(site_search._providers))
    register_search_provider(
        "forum",
        "Forum threads",
        lambda query: [SearchResult("A thread about " + query, "/forum/t/1/")] if "ket" in query else [],
        order=90,
    )
    sections = site_search.search("ketamine")
    assert [section.heading for section in sections] == ["Drugs and alcohol", "Forum threads"]
    assert sections[-1].results[0].url == "/forum/t/1/"


def test_postgres_uses_full_text_search_with_stemming_and_ranking(content):
    need(connection.vendor == "postgresql", "full-text search needs PostgreSQL (set DATABASE_URL)")
    # "injecting" matches "inject" only through the English stemmer.
    assert titles("injecting") == ["Heroin"]
    # A name match ranks above a match in the text.
    make_substance("Cocaine", other_names="Coke", what_it_is="Some people mix it with ketamine.")
    assert titles("ketamine")[:2] == ["Ketamine", "Cocaine"]
