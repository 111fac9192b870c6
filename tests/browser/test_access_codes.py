"""A person asks for a Breaking Free Online code; a code administrator (with MFA) issues it from the queue."""

import pytest
from playwright.sync_api import expect

from access_codes.models import AccessCode, CodeRequest
from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from tests.access_codes.helpers import make_batch
from tests.browser.conftest import check_accessibility, no_horizontal_scroll
from tests.browser.test_alerts import sign_in
from tests.factories import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_person_asks_for_a_code_and_an_administrator_issues_it(browser_context):
    make_batch(25)
    page = browser_context(viewport={"width": 320, "height": 700}).new_page()
    problems = []  # a CSP violation shows as a console error
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.goto("/breaking-free/")
    expect(page.get_by_role("heading", name="Breaking Free Online: free online treatment")).to_be_visible()
    check_accessibility(page)
    assert no_horizontal_scroll(page)

    # A mistake first: the error summary, and nothing typed is lost.
    page.get_by_label("Your first name or a nickname").fill("Robin")
    page.get_by_label("Your postcode").fill("B29 6")
    page.get_by_role("radio", name="Text message").check()
    page.get_by_label("UK mobile number (if you chose text message)").fill("07700 900123")
    page.get_by_role("button", name="Ask for a code").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert page.title().startswith("Error: ")
    summary = page.locator(".govuk-error-summary").inner_text()
    assert "Enter a full UK postcode" in summary and "Tick the box" in summary
    assert page.get_by_label("Your first name or a nickname").input_value() == "Robin"
    assert page.get_by_label("UK mobile number (if you chose text message)").input_value() == "07700 900123"
    assert page.get_by_role("radio", name="Text message").is_checked()
    check_accessibility(page)
    assert no_horizontal_scroll(page)

    page.get_by_label("Your postcode").fill("b29 6aa")
    page.get_by_role("radio", name="Prefer not to say").check()
    page.get_by_label("I agree that MyLife4Me can contact me").check()
    page.get_by_role("button", name="Ask for a code").click()
    expect(page.get_by_role("heading", name="Request sent")).to_be_visible()
    expect(page.get_by_text("What happens next")).to_be_visible()
    check_accessibility(page)
    assert not page.context.cookies() or all(c["name"].endswith("csrftoken") for c in page.context.cookies())
    request = CodeRequest.objects.get()
    assert (request.name, request.postcode, request.state) == ("Robin", "B29 6AA", "waiting")

    # The administrator, on a desktop, signs in with two-factor authentication and issues the code.
    admin = make_staff(Role.CODE_ADMINISTRATOR, username="codes-admin")
    staff_page = browser_context().new_page()
    sign_in(staff_page, admin, totp=True)
    staff_page.goto("/staff/access-codes/")
    expect(staff_page.get_by_role("heading", name="Access code requests")).to_be_visible()
    check_accessibility(staff_page)
    staff_page.get_by_role("link", name="Robin").click()
    expect(staff_page.get_by_role("heading", name="Robin")).to_be_visible()
    check_accessibility(staff_page)
    staff_page.get_by_role("button", name="Issue a code").click()
    expect(staff_page.get_by_text("Code TEST-0001 is on its way to Robin")).to_be_visible()
    check_accessibility(staff_page)

    assert AccessCode.objects.get(code="TEST-0001").request_id == request.pk
    sms = Notification.objects.get(kind="access_codes.code")
    assert sms.address == "+447700900123" and "TEST-0001" in sms.body
    assert not problems, problems
    assert not page.context.outside_requests and not staff_page.context.outside_requests


def test_outside_birmingham_and_the_poster_at_320px(browser_context):
    page = browser_context(viewport={"width": 320, "height": 700}).new_page()
    page.goto("/breaking-free/")
    page.get_by_label("Your first name or a nickname").fill("Kai")
    page.get_by_label("Your postcode").fill("B91 3AA")
    page.get_by_role("radio", name="Email", exact=True).check()
    page.get_by_label("Email address (if you chose email)").fill("kai@example.org")
    page.get_by_label("I agree that MyLife4Me can contact me").check()
    page.get_by_role("button", name="Ask for a code").click()
    expect(page.get_by_role("heading", name="We cannot give you a free code")).to_be_visible()
    expect(page.locator("#main-content").get_by_role("link", name="0300 123 6600")).to_be_visible()
    check_accessibility(page)
    assert no_horizontal_scroll(page)
    assert not CodeRequest.objects.exists()

    page.goto("/breaking-free/poster/")
    expect(page.locator(".ml4m-poster svg")).to_be_visible()
    check_accessibility(page)
    assert no_horizontal_scroll(page)
