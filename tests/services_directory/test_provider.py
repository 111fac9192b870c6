"""/provider/: staff change only their own organisations' listings; changes are recorded; 90-day reminders."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from services_directory.finding import is_stale
from services_directory.listings import send_confirmation_reminders
from services_directory.models import Closure, Location, Membership, Schedule, Service
from tests.factories import make_staff
from tests.services_directory.directory_factories import make_organization, make_service

pytestmark = pytest.mark.django_db
T = datetime.time


@pytest.fixture
def world():
    ours, theirs = make_organization("Our Org"), make_organization("Their Org")
    me = make_staff(Role.PROVIDER_STAFF, email="me@example.org")
    colleague = make_staff(Role.PROVIDER_STAFF, email="colleague@example.org")
    stranger = make_staff(Role.PROVIDER_STAFF, email="stranger@example.org")
    Membership.objects.create(organization=ours, user=me)
    Membership.objects.create(organization=ours, user=colleague)
    Membership.objects.create(organization=theirs, user=stranger)
    our_service = make_service("Our Service", organization=ours, position=(52.48, -1.9))
    their_service = make_service("Their Service", organization=theirs, position=(52.45, -1.9))
    their_closure = Closure.objects.create(
        service=their_service, starts_on=datetime.date(2030, 1, 1), ends_on=datetime.date(2030, 1, 2)
    )
    return {
        "ours": ours,
        "theirs": theirs,
        "me": me,
        "colleague": colleague,
        "our_service": our_service,
        "their_service": their_service,
        "their_location": their_service.locations.get(),
        "their_closure": their_closure,
    }


@pytest.fixture
def me_client(browser_client, world):
    browser_client.force_login(world["me"])
    return browser_client


def _their_urls(world) -> list[str]:
    service, organization = world["their_service"], world["theirs"]
    return [
        reverse("services_directory:provider_service", args=[service.pk]),
        reverse("services_directory:provider_hours", args=[service.pk]),
        reverse("services_directory:provider_confirm", args=[service.pk]),
        reverse("services_directory:provider_closure_add", args=[service.pk]),
        reverse("services_directory:provider_closure_delete", args=[service.pk, world["their_closure"].pk]),
        reverse("services_directory:provider_service_new", args=[organization.pk]),
        reverse("services_directory:provider_location_new", args=[organization.pk]),
        reverse("services_directory:provider_location", args=[world["their_location"].pk]),
    ]


def test_home_lists_only_our_organisations(me_client, world):
    page = me_client.get("/provider/").content.decode()
    assert "Our Service" in page
    assert "Their Service" not in page and "Their Org" not in page


def test_other_organisations_are_out_of_reach_by_url_tampering(me_client, world):
    before = Service.objects.get(pk=world["their_service"].pk).last_modified
    for url in _their_urls(world):
        assert me_client.get(url).status_code in {404, 405}, url
        response = me_client.post(
            url,
            {
                "name": "Hijacked",
                "description": "x",
                "status": "defunct",
                "hours-day_0": "09:00-17:00",
                "closure-starts_on": "01/01/2031",
                "closure-ends_on": "02/01/2031",
            },
        )
        assert response.status_code == 404, url
    their = Service.objects.get(pk=world["their_service"].pk)
    assert (their.name, their.status, their.last_modified) == ("Their Service", "active", before)
    assert Closure.objects.filter(pk=world["their_closure"].pk).exists()
    assert not Schedule.objects.filter(service=their).exists()
    assert not Service.objects.filter(name="Hijacked").exists()
    assert not Location.objects.filter(organization=world["theirs"], name="Hijacked").exists()


def test_our_own_location_cannot_be_swapped_for_theirs(me_client, world):
    url = reverse("services_directory:provider_service", args=[world["our_service"].pk])
    response = me_client.post(
        url,
        {
            "name": "Our Service",
            "description": "x",
            "status": "active",
            "locations": [world["their_location"].pk],
        },
    )
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert world["our_service"].locations.get().organization == world["ours"]


@pytest.mark.parametrize("role", [None, Role.MODERATOR])
def test_other_people_cannot_use_provider_pages(browser_client, world, role):
    if role is not None:
        browser_client.force_login(make_staff(role))
    response = browser_client.get("/provider/")
    assert response.status_code in {302, 403}


def test_editing_a_service_is_recorded_with_who(me_client, world):
    service = world["our_service"]
    url = reverse("services_directory:provider_service", args=[service.pk])
    response = me_client.post(
        url,
        {
            "name": "Our Better Service",
            "description": "Now with more.",
            "status": "active",
            "fees_description": "Free",
            "taxonomy_terms": [],
            "locations": [],
            "closed_on_bank_holidays": "on",
        },
    )
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.name == "Our Better Service"
    latest = service.history.latest()
    assert latest.history_user == world["me"]
    assert latest.history_type == "~"
    page = me_client.get(url).content.decode()
    assert world["me"].username in page


def test_adding_a_service_and_hours(me_client, world):
    new = reverse("services_directory:provider_service_new", args=[world["ours"].pk])
    response = me_client.post(
        new, {"name": "Late Cafe", "description": "Tea.", "status": "active", "fees_description": "Free"}
    )
    service = Service.objects.get(name="Late Cafe")
    assert service.organization == world["ours"]
    assert response.url == reverse("services_directory:provider_hours", args=[service.pk])
    hours = {f"hours-day_{day}": "" for day in range(7)}
    hours.update({"hours-day_0": "9:00-12:30, 13:30-17:00", "hours-day_4": "22:00 to 06:00"})
    assert me_client.post(response.url, hours).status_code == 302
    slots = [(s.weekday, s.opens_at, s.closes_at) for s in service.schedules.all()]
    assert slots == [(0, T(9), T(12, 30)), (0, T(13, 30), T(17)), (4, T(22), T(6))]
    assert {record.history_user for record in Schedule.history.filter(service_id=service.pk)} == {world["me"]}
    page = me_client.get(response.url).content.decode()
    assert 'value="09:00-12:30, 13:30-17:00"' in page


def test_bad_hours_show_the_error_summary_and_keep_the_text(me_client, world):
    url = reverse("services_directory:provider_hours", args=[world["our_service"].pk])
    page = me_client.post(
        url, {"hours-day_0": "nine till five", "hours-day_1": "25:00-26:00"}
    ).content.decode()
    assert "govuk-error-summary" in page and "<title>Error: " in page
    assert "Enter times like 09:00-17:00" in page and "is not a real time" in page
    assert 'value="nine till five"' in page
    assert not world["our_service"].schedules.exists()


def test_closures(me_client, world):
    service = world["our_service"]
    url = reverse("services_directory:provider_closure_add", args=[service.pk])
    page = me_client.post(
        url, {"closure-starts_on": "5/1/2030", "closure-ends_on": "1/1/2030"}
    ).content.decode()
    assert "The last day must be the same as or after the first day" in page
    me_client.post(
        url, {"closure-starts_on": "1/1/2030", "closure-ends_on": "5/1/2030", "closure-reason": "Works"}
    )
    closure = service.closures.get()
    assert (closure.starts_on, closure.ends_on) == (datetime.date(2030, 1, 1), datetime.date(2030, 1, 5))
    me_client.post(reverse("services_directory:provider_closure_delete", args=[service.pk, closure.pk]))
    assert not service.closures.exists()
    assert Closure.history.filter(history_type="-", history_user=world["me"]).exists()


def test_adding_a_place_finds_its_position_from_the_postcode(me_client, world):
    url = reverse("services_directory:provider_location_new", args=[world["ours"].pk])
    page = me_client.post(url, {"name": "Hub", "city": "Birmingham", "postcode": "nonsense"}).content.decode()
    assert "Enter a real postcode, like B1 1AA" in page
    me_client.post(url, {"name": "Hub", "city": "Birmingham", "postcode": "b12 9zz"})
    location = Location.objects.get(name="Hub")
    assert (location.organization, location.postcode) == (world["ours"], "B12 9ZZ")
    assert location.latitude == pytest.approx(52.461)


def test_confirming_a_listing(me_client, world):
    service = world["our_service"]
    Service.objects.filter(pk=service.pk).update(last_checked=datetime.date(2020, 1, 1))
    me_client.post(reverse("services_directory:provider_confirm", args=[service.pk]))
    service.refresh_from_db()
    assert service.last_checked == timezone.localdate()
    assert service.history.latest().history_user == world["me"]


def test_reminder_at_90_days_through_the_outbox_once(world, django_capture_on_commit_callbacks):
    today = datetime.date(2026, 6, 10)
    service = world["our_service"]
    Service.objects.filter(pk=service.pk).update(last_checked=today - datetime.timedelta(days=89))
    Service.objects.filter(pk=world["their_service"].pk).update(last_checked=today)
    assert send_confirmation_reminders(today) == 0
    Service.objects.filter(pk=service.pk).update(last_checked=today - datetime.timedelta(days=90))
    with django_capture_on_commit_callbacks():
        assert send_confirmation_reminders(today) == 1
    sent = Notification.objects.filter(kind="services.confirm_listing")
    assert {(n.recipient, n.channel) for n in sent} == {(world["me"], "email"), (world["colleague"], "email")}
    assert send_confirmation_reminders(today + datetime.timedelta(days=1)) == 0  # once per check
    service.refresh_from_db()
    assert service.confirmation_reminded_on == today


def test_stale_flag_at_180_days(world):
    service = world["our_service"]
    today = datetime.date(2026, 6, 10)
    service.last_checked = today - datetime.timedelta(days=179)
    assert not is_stale(service, today)
    service.last_checked = today - datetime.timedelta(days=180)
    assert is_stale(service, today)


def test_provider_home_query_count_does_not_grow(me_client, world, django_assert_max_num_queries):
    def count() -> int:
        with django_assert_max_num_queries(12) as context:
            assert me_client.get("/provider/").status_code == 200
        return len(context.captured_queries)

    few = count()
    for _ in range(10):
        make_service(organization=world["ours"], position=(52.4, -1.9))
    assert count() == few


def test_reminder_goes_to_the_organisation_email_when_it_has_no_staff_accounts(
    django_capture_on_commit_callbacks,
):
    organization = make_organization("No Accounts Org")
    organization.email = "office@no-accounts.example"
    organization.save()
    make_service(organization=organization, last_checked=datetime.date(2026, 1, 1))
    with django_capture_on_commit_callbacks():
        assert send_confirmation_reminders(datetime.date(2026, 6, 10)) == 1
    assert Notification.objects.get(kind="services.confirm_listing").address == "office@no-accounts.example"
