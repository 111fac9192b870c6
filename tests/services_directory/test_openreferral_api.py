"""The Open Referral UK API: envelope, filters, CORS, the OpenAPI document, and the import round trip."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker

from services_directory.models import Closure, Contact, Language, Service
from services_directory.openapi import openapi_document
from services_directory.postcode_districts import DISTRICTS
from tests.services_directory.directory_factories import make_service

pytestmark = pytest.mark.django_db
API = "/api/openreferral"
T = datetime.time


def check(response, schema: str | None = None, status: int = 200):
    """The response has the status, CORS for everyone, and matches the OpenAPI document's schema."""
    assert response.status_code == status, response.content
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "application/json"
    assert not response.cookies
    data = response.json()
    document = openapi_document()
    if schema is None:
        path = response.request["PATH_INFO"].removeprefix(API) or "/"
        operation = document["paths"].get(path) or document["paths"]["/services/{id}"]
        schema = operation["get"]["responses"][str(status)]["content"]["application/json"]["schema"]["$ref"]
        schema = schema.rsplit("/", 1)[1]
    validator = Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema}", "components": document["components"]},
        format_checker=FormatChecker(),
    )
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, errors[0]
    return data


@pytest.fixture
def directory():
    centre = make_service(
        "Centre Hub",
        position=DISTRICTS["B1"][:2],
        categories=("naloxone",),
        slots=((0, T(9), T(17)), (4, T(22), T(6))),
        url="https://example.org/hub",
        email="hub@example.org",
    )
    Language.objects.create(service=centre, name="Urdu", code="ur")
    Contact.objects.create(service=centre, name="Duty worker", title="Worker", email="duty@example.org")
    far = make_service(
        "Far Away Group", position=DISTRICTS["B73"][:2], categories=("mutual-aid-peer-support",)
    )
    make_service("Closed Down", status="defunct")
    return {"centre": centre, "far": far}


def test_the_openapi_document_is_served_and_is_valid(client):
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert document["openapi"].startswith("3.1")
    for path in [
        "/",
        "/services",
        "/services/{id}",
        "/service_at_locations",
        "/organizations",
        "/taxonomies",
        "/taxonomy_terms",
    ]:
        assert path in document["paths"]
    Draft202012Validator.check_schema({"components": document["components"]})


def test_root(client):
    data = check(client.get(f"{API}/"))
    assert data["version"] == "3.0"


def test_services_list_envelope_and_paging(client, directory):
    data = check(client.get(f"{API}/services", {"per_page": 1}))
    assert (data["total_items"], data["total_pages"], data["page_number"], data["size"]) == (2, 2, 1, 1)
    assert (data["first_page"], data["last_page"], data["empty"]) == (True, False, False)
    assert data["contents"][0]["name"] == "Centre Hub"
    second = check(client.get(f"{API}/services", {"per_page": 1, "page": 2}))
    assert second["contents"][0]["name"] == "Far Away Group" and second["last_page"]
    beyond = check(client.get(f"{API}/services", {"page": 9}))
    assert beyond["empty"] and beyond["contents"] == []


def test_services_filters(client, directory):
    centre = directory["centre"]
    term = centre.taxonomy_terms.get()
    assert [
        s["name"]
        for s in check(client.get(f"{API}/services", {"taxonomy_term_id": str(term.id)}))["contents"]
    ] == ["Centre Hub"]
    assert [s["name"] for s in check(client.get(f"{API}/services", {"search": "group"}))["contents"]] == [
        "Far Away Group"
    ]
    Service.objects.filter(pk=centre.pk).update(last_modified=timezone.now() - datetime.timedelta(days=10))
    after = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert [
        s["name"] for s in check(client.get(f"{API}/services", {"modified_after": after}))["contents"]
    ] == ["Far Away Group"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"per_page": "1000"},
        {"page": "x"},
        {"taxonomy_term_id": "nope"},
        {"modified_after": "yesterday"},
    ],
)
def test_bad_parameters_are_a_400_in_json(client, directory, params):
    data = check(client.get(f"{API}/services", params), schema="Error", status=400)
    assert data["error"]


def test_one_service_fully_nested(client, directory):
    centre = directory["centre"]
    data = check(client.get(f"{API}/services/{centre.id}"))
    assert data["id"] == str(centre.id)
    assert data["organization"]["id"] == str(centre.organization_id)
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in data["schedules"]] == [
        ("MO", "09:00", "17:00"),
        ("FR", "22:00", "06:00"),
    ]
    assert data["languages"][0]["code"] == "ur"
    assert data["contacts"][0]["name"] == "Duty worker"
    assert data["service_at_locations"][0]["location"]["latitude"] == DISTRICTS["B1"][0]
    assert data["attributes"][0]["taxonomy_term"]["code"] == "naloxone"
    missing = client.get(f"{API}/services/00000000-0000-0000-0000-000000000000")
    check(missing, schema="Error", status=404)


def test_service_at_locations_by_postcode_and_proximity(client, directory):
    near = check(client.get(f"{API}/service_at_locations", {"postcode": "B1 1AA", "proximity": 2000}))
    assert [item["service"]["name"] for item in near["contents"]] == ["Centre Hub"]
    assert near["contents"][0]["distance"] < 2000
    wide = check(client.get(f"{API}/service_at_locations", {"postcode": "B73", "proximity": 50000}))
    assert [item["service"]["name"] for item in wide["contents"]] == ["Far Away Group", "Centre Hub"]
    assert wide["contents"][0]["distance"] == 0
    everything = check(client.get(f"{API}/service_at_locations"))
    assert everything["total_items"] == 2
    check(client.get(f"{API}/service_at_locations", {"postcode": "ZZ"}), schema="Error", status=400)


def test_organizations_taxonomies_and_terms(client, directory):
    organizations = check(client.get(f"{API}/organizations"))
    assert organizations["total_items"] == 3
    taxonomies = check(client.get(f"{API}/taxonomies"))
    taxonomy_id = taxonomies["contents"][0]["id"]
    terms = check(client.get(f"{API}/taxonomy_terms", {"taxonomy_id": taxonomy_id, "per_page": 200}))
    assert terms["total_items"] >= 18
    assert "naloxone" in {term["code"] for term in terms["contents"]}


def test_api_query_counts_do_not_grow(client, directory, django_assert_max_num_queries):
    def count(path):
        with django_assert_max_num_queries(12) as context:
            assert client.get(path).status_code == 200
        return len(context.captured_queries)

    paths = [
        f"{API}/services",
        f"{API}/service_at_locations?postcode=B1",
        f"{API}/services/{directory['centre'].id}",
    ]
    before = [count(path) for path in paths]
    for number in range(20):
        make_service(
            f"More {number}", position=(52.48, -1.9), categories=("detox",), slots=((1, T(9), T(12)),)
        )
    assert [count(path) for path in paths] == before


def test_import_round_trips_the_projects_own_output(client, directory, tmp_path):
    Closure.objects.create(
        service=directory["centre"], starts_on=datetime.date(2030, 1, 1), ends_on=datetime.date(2030, 1, 1)
    )
    exported = client.get(f"{API}/services", {"per_page": 200}).json()
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(exported))
    Service.objects.all().delete()
    out = io.StringIO()
    call_command("import_openreferral", str(path), stdout=out)
    assert "Loaded 2 services" in out.getvalue()
    again = client.get(f"{API}/services", {"per_page": 200}).json()

    def without_times(data):
        for item in data["contents"]:
            item.pop("last_modified")
        return data

    assert without_times(again) == without_times(exported)
    call_command("import_openreferral", str(path), stdout=io.StringIO())  # again: same rows
    assert Service.objects.count() == 2
    assert client.get("/services/", {"postcode": "B1"}).context["results"][0].service.name == "Centre Hub"


def test_import_of_a_neighbours_feed_with_new_terms(tmp_path):
    feed = {
        "id": "5b0c6a3e-8f3f-4c3c-9a57-0d0c7a9b1e11",
        "name": "Solihull Drop-in",
        "description": "A neighbouring service.",
        "status": "active",
        "organization": {"id": "8e5b8a34-8b0f-4f7e-9f66-2a3c33a5e0c2", "name": "Neighbour Council"},
        "schedules": [{"byday": "MO,WE", "opens_at": "10:00", "closes_at": "14:00"}],
        "attributes": [{"taxonomy_term": {"code": "dropin", "name": "Drop-in"}}],
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(feed))
    call_command("import_openreferral", str(path), stdout=io.StringIO())
    service = Service.objects.get(pk=feed["id"])
    assert sorted(service.schedules.values_list("weekday", flat=True)) == [0, 2]
    assert service.taxonomy_terms.get().name == "Drop-in"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(CommandError):
        call_command("import_openreferral", str(bad))
