"""Call-back requests: asking, alerts to staff and the person, closing, rate limit, honeypot, purge."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from mylife4me.accounts.roles import Role
from mylife4me.alerts.kinds import all_kinds, get_kind
from mylife4me.alerts.models import Notification
from services_directory.callbacks import RATE_LIMIT, purge_closed
from services_directory.models import CallbackRequest, CallbackState, Membership
from tests.factories import UserFactory, make_staff
from tests.services_directory.directory_factories import make_organization, make_service

pytestmark = pytest.mark.django_db

GOOD = {"name": "Zebedee", "phone": "07700 900123", "best_times": "Mornings", "note": "Please ring after 10."}


@pytest.fixture
def service():
    organization = make_organization("Harbour Org")
    staff = make_staff(Role.PROVIDER_STAFF, email="worker@example.org")
    Membership.objects.create(organization=organization, user=staff)
    service = make_service("Harbour Alcohol Service", organization=organization, accepts_callbacks=True)
    service.staff = staff
    return service


def url(service) -> str:
    return reverse("services_directory:callback", args=[service.slug])


def test_request_alerts_staff_and_texts_the_person(
    browser_client, service, django_capture_on_commit_callbacks
):
    assert "Ask them to call you" in browser_client.get(service.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks():
        response = browser_client.post(url(service), GOOD)
    assert response.status_code == 302
    assert response.url == reverse("services_directory:callback_sent", args=[service.slug])
    callback = CallbackRequest.objects.get()
    assert (callback.name, callback.phone, callback.state) == ("Zebedee", "+447700900123", "open")
    staff_alert = Notification.objects.get(kind="services.callback_request")
    assert staff_alert.recipient == service.staff
    text = Notification.objects.get(kind="services.callback_confirmation")
    assert (text.channel, text.address) == ("sms", "+447700900123")
    sms = get_kind("services.callback_confirmation").sms_template
    assert "alcohol" not in sms.lower() and "{{ service" not in sms


def test_bad_input_shows_errors_and_keeps_what_was_typed(browser_client, service):
    response = browser_client.post(url(service), {**GOOD, "phone": "0121 496 0000", "name": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page and "<title>Error: " in page
    assert "Enter a UK mobile number" in page and "Enter a first name or nickname" in page
    assert 'value="Mornings"' in page
    assert not CallbackRequest.objects.exists()


def test_honeypot_pretends_to_work_but_saves_nothing(browser_client, service):
    response = browser_client.post(url(service), {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not CallbackRequest.objects.exists()
    assert not Notification.objects.exists()


def test_rate_limited_per_client(browser_client, service):
    for _ in range(RATE_LIMIT):
        assert browser_client.post(url(service), GOOD).status_code == 302
    response = browser_client.post(url(service), GOOD)
    assert response.status_code == 200
    assert "You have sent a lot of requests" in response.content.decode()
    assert CallbackRequest.objects.count() == RATE_LIMIT
    other = browser_client.post(url(service), GOOD, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_only_services_taking_call_backs(browser_client):
    service = make_service(accepts_callbacks=False)
    assert browser_client.get(url(service)).status_code == 404
    assert "Ask them to call you" not in browser_client.get(service.get_absolute_url()).content.decode()


def test_staff_see_and_close_requests_others_cannot(browser_client, service):
    browser_client.post(url(service), GOOD)
    callback = CallbackRequest.objects.get()
    stranger = make_staff(Role.PROVIDER_STAFF)
    Membership.objects.create(organization=make_organization(), user=stranger)
    browser_client.force_login(stranger)
    assert "Zebedee" not in browser_client.get("/provider/").content.decode()
    close = reverse("services_directory:provider_callback_close", args=[callback.pk, "called"])
    assert browser_client.post(close).status_code == 404
    browser_client.force_login(service.staff)
    page = browser_client.get("/provider/").content.decode()
    assert "Zebedee" in page and "07700 900123" in page and "Please ring after 10." in page
    assert browser_client.post(close).status_code == 302
    callback.refresh_from_db()
    assert (callback.state, callback.closed_by) == (CallbackState.CALLED, service.staff)
    assert "Please ring after 10." not in browser_client.get("/provider/").content.decode()
    bogus = reverse("services_directory:provider_callback_close", args=[callback.pk, "unreachable"])
    assert browser_client.post(bogus).status_code == 404  # already closed


def test_contact_details_are_purged_30_days_after_closing(service):
    now = timezone.now()
    old = CallbackRequest.objects.create(
        service=service,
        name="A",
        phone="+447700900001",
        best_times="x",
        note="n",
        state="called",
        closed_at=now - datetime.timedelta(days=30),
    )
    recent = CallbackRequest.objects.create(
        service=service,
        name="B",
        phone="+447700900002",
        best_times="x",
        state="unreachable",
        closed_at=now - datetime.timedelta(days=29),
    )
    waiting = CallbackRequest.objects.create(service=service, name="C", phone="+447700900003", best_times="x")
    assert purge_closed(now) == 1
    old.refresh_from_db()
    assert (old.name, old.phone, old.best_times, old.note) == ("", "", "", "")
    assert old.purged_at == now
    assert CallbackRequest.objects.get(pk=recent.pk).phone == "+447700900002"
    assert CallbackRequest.objects.get(pk=waiting.pk).phone == "+447700900003"
    assert purge_closed(now) == 0


def test_only_provider_staff_are_offered_the_directory_alerts():
    def names(user):
        return {kind.name for kind in all_kinds(user)}

    directory_kinds = {"services.callback_request", "services.confirm_listing"}
    assert directory_kinds <= names(make_staff(Role.PROVIDER_STAFF))
    assert not directory_kinds & names(UserFactory())
    assert "services.callback_confirmation" not in names(make_staff(Role.PROVIDER_STAFF))


def test_an_organisation_without_staff_accounts_hears_by_email(
    browser_client, django_capture_on_commit_callbacks
):
    organization = make_organization("Small Group")
    organization.email = "hello@small-group.example"
    organization.save()
    service = make_service(organization=organization, accepts_callbacks=True)
    with django_capture_on_commit_callbacks():
        assert browser_client.post(url(service), GOOD).status_code == 302
    alert = Notification.objects.get(kind="services.callback_request")
    assert (alert.channel, alert.address, alert.recipient) == ("email", "hello@small-group.example", None)
