"""/breaking-free/: the page, the request form, outside Birmingham, errors, rate limit and honeypot."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from access_codes.models import CodeRequest, RequestEvent
from access_codes.throttle import RATE_LIMIT
from mylife4me.alerts.models import Notification
from tests.access_codes.helpers import GOOD

pytestmark = pytest.mark.django_db
URL = "/breaking-free/"


def test_the_page_says_what_it_is_who_can_have_it_and_what_happens_to_details(browser_client):
    response = browser_client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    for words in ["90-day", "20 evidence-based interventions", "46 resources", "Birmingham postcode"]:
        assert words in page
    assert "to be confirmed by the council" in page
    assert "not linked to any account" in page and "30 days" in page
    assert 'name="website"' in page  # the honeypot is there, inside the hidden trap
    assert 'class="ml4m-trap" aria-hidden="true"' in page


def test_an_eligible_request_is_saved_and_the_person_sees_what_happens_next(browser_client):
    response = browser_client.post(URL, GOOD)
    assert response.status_code == 302 and response.url == reverse("access_codes:sent")
    request = CodeRequest.objects.get()
    assert (request.name, request.phone, request.email, request.postcode, request.district) == (
        "Zebedee",
        "+447700900123",
        "",
        "B29 6AA",
        "B29",
    )
    assert (request.state, request.eligibility, request.route, request.substance) == (
        "waiting",
        "eligible",
        "self",
        "alcohol",
    )
    assert list(request.events.values_list("action", "actor_name")) == [
        ("requested", "The person (request form)")
    ]
    assert not Notification.objects.exists()  # nothing goes out until the code is issued

    page = browser_client.get(response.url).content.decode()
    assert "What happens next" in page and "2 working days" in page
    assert "does not say what the code is for" in page


def test_email_is_kept_only_when_chosen(browser_client):
    browser_client.post(URL, {**GOOD, "channel": "email", "email": "sam@example.org"})
    request = CodeRequest.objects.get()
    assert (request.channel, request.email, request.phone) == ("email", "sam@example.org", "")


def test_a_split_district_is_accepted_for_a_staff_check(browser_client):
    response = browser_client.post(URL, {**GOOD, "postcode": "B36 8AA"})
    assert response.url == reverse("access_codes:sent") + "?check=1"
    request = CodeRequest.objects.get()
    assert request.eligibility == "check"
    assert "Someone from the council will check it first" in browser_client.get(response.url).content.decode()


def test_outside_birmingham_is_told_kindly_shown_frank_and_nothing_is_kept(browser_client):
    response = browser_client.post(URL, {**GOOD, "postcode": "B91 3AA"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "We cannot give you a free code" in page and "B91 3AA" in page
    assert "0300 123 6600" in page and "talktofrank.com" in page
    assert "find a drug and alcohol service" in page
    assert "We have not kept your details" in page
    assert not CodeRequest.objects.exists()


def test_bad_input_shows_the_error_summary_and_keeps_what_was_typed(browser_client):
    response = browser_client.post(URL, {**GOOD, "postcode": "B29 6", "phone": "", "consent": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page and "<title>Error: " in page
    assert "Enter a full UK postcode, like B1 1AA" in page
    assert "Enter your UK mobile number" in page
    assert "Tick the box to agree" in page
    assert 'value="Zebedee"' in page and 'value="B29 6"' in page
    assert re.search(r'value="alcohol"\s+checked="checked"', page)  # the radio chosen stays chosen
    assert not CodeRequest.objects.exists()


def test_a_landline_or_a_bad_email_is_refused(browser_client):
    page = browser_client.post(URL, {**GOOD, "phone": "0121 496 0000"}).content.decode()
    assert "Enter a UK mobile number" in page
    page = browser_client.post(URL, {**GOOD, "channel": "email", "email": "not-an-email"}).content.decode()
    assert "Enter an email address" in page
    page = browser_client.post(URL, {**GOOD, "channel": ""}).content.decode()
    assert "Choose email or text message" in page
    assert not CodeRequest.objects.exists()


def test_honeypot_pretends_to_work_but_saves_nothing(browser_client):
    response = browser_client.post(URL, {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not CodeRequest.objects.exists() and not RequestEvent.objects.exists()


def test_rate_limited_per_client_keeping_what_was_typed(browser_client, client):
    for _ in range(RATE_LIMIT):
        assert browser_client.post(URL, GOOD).status_code == 302
    response = browser_client.post(URL, {**GOOD, "name": "Sixth"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "You have sent a lot of requests" in page and "govuk-error-summary" in page
    assert 'value="Sixth"' in page
    assert CodeRequest.objects.count() == RATE_LIMIT
    # Another client is not held up.
    other = browser_client.post(URL, {**GOOD, "name": "Other"}, REMOTE_ADDR="192.0.2.77")
    assert other.status_code == 302


def test_the_rate_limit_keeps_no_raw_address(browser_client):
    from django.core.cache import cache

    browser_client.post(URL, GOOD, REMOTE_ADDR="198.51.100.23")
    keys = []
    backend = cache._cache if hasattr(cache, "_cache") else None
    if hasattr(backend, "get_client"):
        keys = [key.decode() for key in backend.get_client().scan_iter(f"{cache.key_prefix}:*")]
    else:
        keys = list(getattr(cache, "_cache", {}).keys())
    assert keys, "the limit is counted in the cache"
    assert not any("198.51.100.23" in key for key in keys)


def test_the_neutral_page_and_the_poster(browser_client):
    page = browser_client.get("/your-code/").content.decode()
    assert "Using your access code" in page and "to be confirmed by the council" in page
    response = browser_client.get("/breaking-free/poster/")
    page = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert '<svg role="img"' in page and "QR code for free Breaking Free Online access codes" in page
    assert f'ml4m-poster__url">{settings.SITE_URL}/breaking-free/</strong>' in page
    assert "ml4m-poster" in page


def test_the_services_poster_still_renders_from_the_shared_template(browser_client):
    from tests.services_directory.directory_factories import make_service

    service = make_service("Harbour Alcohol Service")
    page = browser_client.get(f"/services/{service.slug}/poster/").content.decode()
    assert "<title>Poster: Harbour Alcohol Service - MyLife4Me</title>" in page
    assert '<svg role="img"' in page and "Back to Harbour Alcohol Service" in page
