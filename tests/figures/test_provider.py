"""/provider/figures/: a provider sees views and call-back requests of their own services only."""

from datetime import timedelta

import pytest
from django.utils import timezone

from mylife4me.accounts.roles import Role
from mylife4me.figures.models import PageDay
from services_directory.models import CallbackRequest, CallbackState, Membership
from tests.factories import make_staff
from tests.figures.test_pages import table_rows
from tests.services_directory.directory_factories import make_organization, make_service

pytestmark = pytest.mark.django_db
URL = "/provider/figures/"


@pytest.fixture
def world():
    ours, theirs = make_organization("Our Org"), make_organization("Their Org")
    me = make_staff(Role.PROVIDER_STAFF)
    Membership.objects.create(organization=ours, user=me)
    our_service = make_service("Our Drop-in", organization=ours)
    their_service = make_service("Their Secret Service", organization=theirs)
    today = timezone.localdate()
    for service, views in ((our_service, 12), (their_service, 99)):
        PageDay.objects.create(date=today, path=f"/services/{service.slug}/", section="services", views=views)
        PageDay.objects.create(
            date=today - timedelta(days=1), path=f"/services/{service.slug}/", section="services", views=1
        )
    for state in (CallbackState.OPEN, CallbackState.CALLED, CallbackState.CALLED):
        CallbackRequest.objects.create(
            service=our_service, name="Samwise", phone="+447700900123", best_times="Any", state=state
        )
    CallbackRequest.objects.create(service=their_service, name="Kim", phone="+447700900124", best_times="Any")
    return {"me": me, "our_service": our_service, "their_service": their_service}


def test_a_provider_sees_only_their_own_services(browser_client, world):
    browser_client.force_login(world["me"])
    html = browser_client.get(URL).content.decode()
    assert "Their Secret Service" not in html
    rows = table_rows(html, "Your services")
    assert rows == [
        ["Service", "Page views", "Call-back requests", "Called", "Unable to reach", "Waiting"],
        ["Our Drop-in", "13", "3", "2", "0", "1"],
    ]
    over_time = table_rows(html, "Views of your services' pages over time")
    assert over_time[-1][1] == "12" and over_time[-2][1] == "1"
    assert '<svg class="ml4m-figures__chart"' in html
    assert "Samwise" not in html and "+447700900123" not in html  # numbers only, never who asked


def test_the_provider_home_links_to_the_figures(browser_client, world):
    browser_client.force_login(world["me"])
    assert URL in browser_client.get("/provider/").content.decode()


def test_a_wrong_date_gets_an_error_summary(browser_client, world):
    browser_client.force_login(world["me"])
    html = browser_client.get(URL, {"from": "yesterday"}).content.decode()
    assert "govuk-error-summary" in html and 'value="yesterday"' in html
    assert "Our Drop-in" not in html


def test_only_provider_staff_with_two_factor_get_in(browser_client, world):
    assert browser_client.get(URL).status_code == 302
    browser_client.force_login(make_staff(Role.CONTENT_EDITOR))
    assert browser_client.get(URL).status_code == 403
    browser_client.force_login(make_staff(Role.PROVIDER_STAFF, mfa=False))
    assert "/2fa/" in browser_client.get(URL)["Location"]


def test_a_provider_without_an_organisation_sees_nothing_of_anyone(browser_client, world):
    browser_client.force_login(make_staff(Role.PROVIDER_STAFF))
    html = browser_client.get(URL).content.decode()
    assert "Their Secret Service" not in html and "Our Drop-in" not in html
    assert "not linked to an organisation" in html


def test_the_provider_figures_query_count_does_not_grow(browser_client, world, django_assert_max_num_queries):
    browser_client.force_login(world["me"])

    def count() -> int:
        with django_assert_max_num_queries(12) as context:
            assert browser_client.get(URL).status_code == 200
        return len(context.captured_queries)

    few = count()
    organization = world["our_service"].organization
    for number in range(10):
        service = make_service(organization=organization)
        PageDay.objects.create(
            date=timezone.localdate(), path=f"/services/{service.slug}/", section="services", views=number
        )
    assert count() == few
