"""The demo services: enough, spread out, fictional numbers, real-looking hours; safe to load twice."""

import datetime
import re

import pytest

from mylife4me.accounts.demo import load_staff_accounts
from mylife4me.core.demo import demo_loaders
from services_directory.demo_services import load_services
from services_directory.models import Membership, Phone, Schedule, Service, TaxonomyTerm
from services_directory.opening_hours import is_open
from services_directory.taxonomy import TERMS

pytestmark = pytest.mark.django_db


def test_registered_after_the_information_content():
    names = [name for name, _loader in demo_loaders()]
    assert names.index("services directory") > names.index("drugs A to Z and advice")


def test_demo_services_are_plentiful_varied_and_idempotent():
    lines = []
    load_services(lines.append)
    counts = (Service.objects.count(), Schedule.objects.count(), Phone.objects.count())
    load_services(lines.append)
    assert (Service.objects.count(), Schedule.objects.count(), Phone.objects.count()) == counts
    assert counts[0] >= 25
    assert all("(demo)" in name for name in Service.objects.values_list("name", flat=True))
    for number in Phone.objects.values_list("number", flat=True):
        assert re.fullmatch(r"0121 496 0\d{3}", number), number
    used = set(TaxonomyTerm.objects.filter(services__isnull=False).values_list("code", flat=True))
    assert used == {code for code, _name, _description in TERMS}
    assert Service.objects.filter(open_24_hours=True).count() >= 3
    overnight = [slot for slot in Schedule.objects.all() if slot.past_midnight]
    assert overnight
    two_am = datetime.datetime(2026, 6, 13, 1, 0, tzinfo=datetime.UTC)  # Saturday 02:00 BST
    open_at_two = [s for s in Service.objects.prefetch_related("schedules", "closures") if is_open(s, two_am)]
    assert len(open_at_two) >= 4
    latitudes = sorted(Service.objects.values_list("locations__latitude", flat=True))
    assert latitudes[-1] - latitudes[0] > 0.1  # spread across the city, north to south


def test_demo_services_show_on_the_public_pages(client):
    load_services(lambda line: None)
    response = client.get("/services/", {"postcode": "B29"})
    assert response.status_code == 200
    assert response.context["count"] >= 25
    slug = Service.objects.order_by("slug").first().slug
    assert client.get(f"/services/{slug}/").status_code == 200


def test_the_demo_provider_account_looks_after_one_organisation():
    load_staff_accounts(lambda line: None)
    load_services(lambda line: None)
    load_services(lambda line: None)
    membership = Membership.objects.get(user__username="demo-provider")
    assert membership.organization.services.count() >= 5
