import pytest
from django.db import transaction

from mylife4me.accounts.totp import current_code
from mylife4me.alerts import notify
from mylife4me.alerts.models import Notification
from mylife4me.alerts.tokens import make_token
from tests.browser.conftest import check_accessibility, no_horizontal_scroll
from tests.factories import PASSWORD, TOTP_SECRET, UserFactory, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def sign_in(page, user, *, totp: bool = False) -> None:
    page.goto("/account/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    if totp:
        page.wait_for_url("**/2fa/authenticate/**")
        page.get_by_label("Code").fill(current_code(TOTP_SECRET))
        page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/account/")


def test_choosing_alerts_with_a_bad_number_keeps_everything_typed(browser_context):
    page = browser_context(viewport={"width": 320, "height": 700}).new_page()
    person = UserFactory()
    sign_in(page, person)
    page.goto("/account/alerts/")
    check_accessibility(page)
    assert no_horizontal_scroll(page)
    page.get_by_label("Mobile number for text messages").fill("0121 496 0000")  # a landline
    page.get_by_role("button", name="Save").click()
    page.locator(".govuk-error-summary").wait_for()
    assert "Enter a UK mobile number" in page.locator(".govuk-error-summary").inner_text()
    assert page.get_by_label("Mobile number for text messages").input_value() == "0121 496 0000"
    check_accessibility(page)
    page.get_by_label("Mobile number for text messages").fill("07700 900982")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Your alert choices are saved").wait_for()
    assert page.get_by_label("Mobile number for text messages").input_value() in {
        "07700 900982",
        "+447700900982",
    }


def test_stopping_alerts_from_a_link_needs_no_sign_in_and_sets_no_cookie(page):
    person = UserFactory(email="someone@example.org")
    with transaction.atomic():
        notify(person, "forum.reply", {"url": "https://mylife4me.example/forum/"})
    notification = Notification.objects.get(recipient=person, channel="email")
    page.goto(f"/alerts/stop/{make_token(notification.pk)}/")
    check_accessibility(page)
    page.get_by_role("button", name="Stop these alerts").click()
    check_accessibility(page)
    assert page.context.cookies() == []


def test_the_outbox_is_accessible_to_an_admin(page):
    admin = make_staff(superuser=True)
    sign_in(page, admin, totp=True)
    page.goto("/staff/outbox/")
    assert page.locator("h1").is_visible()
    check_accessibility(page)
