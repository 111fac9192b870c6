"""The public directory: /services/ search and /services/<slug>/ pages."""

import datetime
import io
import re
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from services_directory.models import Closure, Language, ServiceStatus
from services_directory.postcode_districts import DISTRICTS
from tests.services_directory.directory_factories import make_service, postcodes_csv

pytestmark = pytest.mark.django_db
T = datetime.time
EVERY_DAY_9_TO_5 = tuple((day, T(9), T(17)) for day in range(7))
# A Wednesday in June at 10:00 and at 02:00 London time.
DAYTIME = datetime.datetime(2026, 6, 10, 9, 0, tzinfo=datetime.UTC)
NIGHT = datetime.datetime(2026, 6, 10, 1, 0, tzinfo=datetime.UTC)


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def names(response) -> list[str]:
    return [item.service.name for item in response.context["results"]]


@pytest.fixture
def city(tmp_path):
    """Three services: one in the centre (B1), one in Selly Oak (B29), one in Sutton Coldfield (B73)."""
    call_command(
        "import_postcodes",
        str(postcodes_csv(tmp_path / "pc.csv", [("B29 6AA", 52.4390, -1.9420, "Birmingham")])),
        stdout=io.StringIO(),
    )
    return {
        "centre": make_service(
            "Centre Hub",
            position=DISTRICTS["B1"][:2],
            slots=EVERY_DAY_9_TO_5,
            categories=("advice-information",),
        ),
        "selly": make_service(
            "Selly Oak Group",
            position=(52.4400, -1.9400),
            slots=EVERY_DAY_9_TO_5,
            categories=("mutual-aid-peer-support",),
        ),
        "sutton": make_service(
            "Sutton Night Shelter",
            position=DISTRICTS["B73"][:2],
            open_24_hours=True,
            categories=("housing-homelessness",),
        ),
    }


def test_postcode_from_the_table_puts_the_nearest_first(client, city):
    response = client.get("/services/", {"postcode": "b29 6aa"})
    assert response.status_code == 200
    assert names(response) == ["Selly Oak Group", "Centre Hub", "Sutton Night Shelter"]
    assert response.context["results"][0].miles < 0.5
    assert "miles away" in response.content.decode()
    assert "nearest to B29 6AA first" in response.content.decode()


def test_unknown_full_postcode_falls_back_to_its_district_centre(client, city):
    response = client.get("/services/", {"postcode": "B73 9ZZ"})
    assert names(response)[0] == "Sutton Night Shelter"
    assert response.context["results"][0].miles == pytest.approx(0, abs=0.01)
    assert "distances are rough" in response.content.decode()


def test_district_alone_works(client, city):
    assert names(client.get("/services/", {"postcode": "B1"}))[0] == "Centre Hub"


@pytest.mark.parametrize("postcode", ["B1 1A", "12345", "<b>", "x" * 200, "B1 1AA\x00"])
def test_malformed_postcode_shows_the_error_summary(client, city, postcode):
    response = client.get("/services/", {"postcode": postcode, "q": "hub"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page
    assert "<title>Error: " in page
    message = (
        "Null characters are not allowed" if "\x00" in postcode else "Enter a real postcode, like B1 1AA"
    )
    assert message in page
    assert 'value="hub"' in page  # keeps what was typed


def test_postcode_nowhere_near_says_it_could_not_find_it(client, city):
    page = client.get("/services/", {"postcode": "SW1A 1AA"}).content.decode()
    assert "We could not find that postcode" in page


def test_open_now_filters(client, city):
    with at(NIGHT):
        assert names(client.get("/services/", {"open_now": "on"})) == ["Sutton Night Shelter"]
    with at(DAYTIME):
        assert len(names(client.get("/services/", {"open_now": "on"}))) == 3


def test_each_result_says_if_it_is_open(client, city):
    with at(NIGHT):
        page = client.get("/services/").content.decode()
    assert "Open 24 hours" in page
    assert "Closed now, opens at 9am today" in page


def test_category_and_words(client, city):
    assert names(client.get("/services/", {"category": "mutual-aid-peer-support"})) == ["Selly Oak Group"]
    assert names(client.get("/services/", {"q": "shelter"})) == ["Sutton Night Shelter"]


def test_tampered_category_is_an_error_not_a_crash(client, city):
    response = client.get("/services/", {"category": "'; drop table"})
    assert response.status_code == 200
    assert "Choose a kind of support from the list" in response.content.decode()


def test_nothing_found_still_shows_24_hour_help(client, city):
    page = client.get("/services/", {"q": "zzzzqqq"}).content.decode()
    assert "No services match your search" in page
    assert "Sutton Night Shelter" in page  # open 24 hours
    assert "116 123" in page and "0300 123 6600" in page
    assert 'id="urgent-help-title"' in page


def test_inactive_and_defunct_services_are_not_listed(client, city):
    make_service("Gone Away", status=ServiceStatus.DEFUNCT, position=(52.48, -1.9))
    make_service("Paused", status=ServiceStatus.TEMPORARILY_CLOSED, position=(52.48, -1.9))
    found = names(client.get("/services/"))
    assert "Gone Away" not in found
    assert "Paused" in found
    assert client.get("/services/test-gone/").status_code == 404


def test_the_query_string_is_the_permalink(client, city):
    first = client.get("/services/?q=hub&postcode=B1&open_now=on")
    assert 'value="hub"' in first.content.decode()
    assert 'value="B1"' in first.content.decode()
    assert "checked" in first.content.decode()


def _search_queries(client, django_assert_max_num_queries, count):
    for number in range(count):
        make_service(
            f"Extra {number}",
            position=(52.40 + number * 0.001, -1.9),
            slots=EVERY_DAY_9_TO_5,
            categories=("advice-information",),
        )
    with django_assert_max_num_queries(10) as context:
        assert client.get("/services/", {"postcode": "B29 6AA", "q": ""}).status_code == 200
    return len(context.captured_queries)


def test_search_query_count_does_not_grow(client, city, django_assert_max_num_queries):
    few = _search_queries(client, django_assert_max_num_queries, 3)
    many = _search_queries(client, django_assert_max_num_queries, 27)
    assert many == few


def test_service_page(client):
    service = make_service(
        "Harbour Test",
        position=(52.48, -1.9),
        slots=((2, T(9), T(17)), (4, T(22), T(6))),
        accessibility="Step-free entrance.",
        categories=("naloxone",),
    )
    Language.objects.create(service=service, name="Punjabi", code="pa")
    Closure.objects.create(
        service=service,
        starts_on=datetime.date(2026, 6, 20),
        ends_on=datetime.date(2026, 6, 21),
        reason="Staff training",
    )
    with at(DAYTIME):
        response = client.get(service.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "What Harbour Test offers." in page
    assert "Adults." in page and "Call us." in page
    assert 'href="tel:01214960001"' in page
    assert "Punjabi" in page and "Step-free entrance." in page and "Naloxone" in page
    assert "10pm to 6am the next morning" in page
    assert "Staff training" in page
    assert "Open now until 5pm" in page
    today_rows = [week for week in response.context["week"] if week.today]
    assert [day.name for day in today_rows] == ["Wednesday"]
    assert "ml4m-hours__today" in page
    assert f"Last checked by the provider on {service.last_checked:%-d %B %Y}" in page
    assert "has not checked this listing for more than 6 months" not in page


def test_stale_listing_is_flagged(client):
    old = make_service("Old One", last_checked=timezone.localdate() - datetime.timedelta(days=180))
    recent = make_service("Recent One", last_checked=timezone.localdate() - datetime.timedelta(days=179))
    assert "more than 6 months" in client.get(old.get_absolute_url()).content.decode()
    assert "more than 6 months" not in client.get(recent.get_absolute_url()).content.decode()
    results = client.get("/services/").context["results"]
    assert {item.service.name: item.stale for item in results} == {"Old One": True, "Recent One": False}
    assert client.get("/services/").content.decode().count("May be out of date") == 1


def _page_queries(client, django_assert_max_num_queries, extra):
    service = make_service(position=(52.48, -1.9), slots=EVERY_DAY_9_TO_5, categories=("naloxone", "detox"))
    for number in range(extra):
        Language.objects.create(service=service, name=f"Language {number}")
        Closure.objects.create(
            service=service,
            starts_on=datetime.date(2030, 1, 1 + number),
            ends_on=datetime.date(2030, 1, 1 + number),
        )
        make_service()
    with django_assert_max_num_queries(10) as context:
        assert client.get(service.get_absolute_url()).status_code == 200
    return len(context.captured_queries)


def test_service_page_query_count_does_not_grow(client, django_assert_max_num_queries):
    assert _page_queries(client, django_assert_max_num_queries, 2) == _page_queries(
        client, django_assert_max_num_queries, 20
    )


def test_anonymous_search_sets_no_cookie(client, city):
    response = client.get("/services/", {"postcode": "B1 1AA", "open_now": "on"})
    assert not response.cookies


def test_services_are_in_site_search(client, city):
    page = client.get("/search/", {"q": "shelter"}).content.decode()
    assert "Support services" in page
    assert "Sutton Night Shelter" in page


def test_poster_has_an_inline_qr_code_for_the_page(client, settings):
    settings.SITE_URL = "https://mylife4me.example"
    service = make_service("Poster Service")
    response = client.get(f"/services/{service.slug}/poster/")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<svg role="img"' in page and "<title>QR code for Poster Service</title>" in page
    assert f"https://mylife4me.example/services/{service.slug}/" in page
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "style" not in svg and "<script" not in svg
    assert not re.search(r"\son\w+=", svg)
    assert f"/services/{service.slug}/poster/" in client.get(service.get_absolute_url()).content.decode()


def test_drug_pages_category_links_work_even_with_no_services_in_it(client, city):
    response = client.get("/services/", {"category": "women-only"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" not in page
    assert "No services match your search" in page and "Sutton Night Shelter" in page


@pytest.mark.parametrize(
    "params",
    [
        {"page": "999999"},
        {"page": "-1"},
        {"page": "x"},
        {"q": "%" * 300},
        {"q": "\x00"},
        {"q": "' OR 1=1 --", "postcode": "B1 1AA"},
        {"open_now": "maybe"},
        {"postcode": "B1 1AA", "category": ["naloxone", "detox"]},
        {"postcode": "\u202eB1"},
    ],
)
def test_odd_input_never_breaks_the_search(client, city, params):
    assert client.get("/services/", params).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/services/no-such-service/",
        "/services/no-such-service/poster/",
        "/services/no-such-service/call-back/",
        "/api/openreferral/services/not-a-uuid",
        "/api/openreferral/service_at_locations?postcode=B1&proximity=-5",
        "/api/openreferral/service_at_locations?postcode=B1&proximity=abc",
        "/api/openreferral/taxonomy_terms?taxonomy_id=zzz",
        "/api/openreferral/services?modified_after=2026-13-45",
    ],
)
def test_odd_addresses_are_4xx_not_errors(client, path):
    assert 400 <= client.get(path).status_code < 500
