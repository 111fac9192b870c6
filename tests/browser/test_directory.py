import datetime

import pytest
from playwright.sync_api import expect

from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from services_directory.models import CallbackRequest, Membership
from services_directory.postcode_districts import DISTRICTS
from tests.browser.conftest import check_accessibility, no_horizontal_scroll
from tests.browser.test_alerts import sign_in
from tests.factories import make_staff
from tests.services_directory.directory_factories import make_organization, make_service

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
T = datetime.time
ALL_WEEK = tuple((day, T(9), T(17)) for day in range(7))


@pytest.fixture
def directory():
    organization = make_organization("Harbour Org")
    near = make_service(
        "Selly Oak Support",
        organization=organization,
        position=(DISTRICTS["B29"][0] + 0.001, DISTRICTS["B29"][1]),
        slots=ALL_WEEK,
        categories=("alcohol-services",),
        accepts_callbacks=True,
    )
    make_service(
        "City Centre Hub", position=DISTRICTS["B1"][:2], open_24_hours=True, categories=("naloxone",)
    )
    return {"organization": organization, "near": near}


def test_search_by_postcode_open_a_service_and_ask_for_a_call_back(browser_context, directory):
    page = browser_context(viewport={"width": 320, "height": 700}).new_page()
    problems = []  # a CSP violation shows as a console error
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.goto("/services/")
    check_accessibility(page)
    page.get_by_label("Postcode").fill("b29 z!")
    page.get_by_role("button", name="Find support").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert page.title().startswith("Error: ")
    check_accessibility(page)

    page.get_by_label("Postcode").fill("b29 6aa")
    page.get_by_role("button", name="Find support").click()
    assert "postcode=b29+6aa" in page.url  # the query string is the permalink
    results = page.locator(".ml4m-results__item h3")
    assert results.all_inner_texts() == ["Selly Oak Support", "City Centre Hub"]
    expect(page.get_by_text("miles away").first).to_be_visible()
    assert no_horizontal_scroll(page)
    check_accessibility(page)

    page.get_by_role("link", name="Selly Oak Support").click()
    expect(page.get_by_role("heading", name="Selly Oak Support", level=1)).to_be_visible()
    assert page.locator(".ml4m-hours__today").count() == 1
    assert no_horizontal_scroll(page)
    check_accessibility(page)

    page.get_by_role("link", name="Ask them to call you").click()
    check_accessibility(page)
    page.get_by_label("Your first name or a nickname").fill("Robin")
    page.get_by_label("Your UK mobile number").fill("07700 900 456")
    page.get_by_label("Best times to call").fill("Afternoons")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("heading", name="Request sent")).to_be_visible()
    check_accessibility(page)
    assert CallbackRequest.objects.get().phone == "+447700900456"
    assert Notification.objects.filter(kind="services.callback_confirmation", channel="sms").exists()
    assert page.context.outside_requests == []
    page.goto(f"/services/{directory['near'].slug}/poster/")
    expect(page.get_by_role("img", name="QR code for Selly Oak Support")).to_be_visible()
    check_accessibility(page)
    assert problems == []


def test_provider_pages_are_accessible(browser_context, directory):
    staff = make_staff(Role.PROVIDER_STAFF)
    Membership.objects.create(organization=directory["organization"], user=staff)
    CallbackRequest.objects.create(
        service=directory["near"], name="Robin", phone="+447700900456", best_times="Afternoons"
    )
    page = browser_context().new_page()
    sign_in(page, staff, totp=True)
    page.goto("/provider/")
    expect(page.get_by_role("heading", name="Robin for Selly Oak Support")).to_be_visible()
    check_accessibility(page)
    page.get_by_role("link", name="Opening hours of Selly Oak Support").click()
    page.get_by_label("Monday").fill("nonsense")
    page.get_by_role("button", name="Save opening hours").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_accessibility(page)
    page.goto("/provider/")
    page.get_by_role("button", name="Called Robin").click()
    expect(page.get_by_text("No one is waiting for a call back.")).to_be_visible()
