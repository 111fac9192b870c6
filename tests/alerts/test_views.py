"""The preferences page, the staff outbox and the account page's link."""

import re

import pytest
from django.core import mail
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from mylife4me.accounts.roles import Role
from mylife4me.alerts import notify, set_contact
from mylife4me.alerts.forms import field_name
from mylife4me.alerts.kinds import all_kinds
from mylife4me.alerts.models import AlertSettings, Notification
from mylife4me.alerts.preferences import chosen_channels, set_choice
from tests.factories import UserFactory, make_staff

pytestmark = pytest.mark.django_db
PAGE = "/account/alerts/"


def form_data(fields: dict) -> dict:
    """Every registered kind (other apps register theirs too) set to off, then the given fields."""
    data = {field_name(kind): "off" for kind in all_kinds()} | fields
    return {name: value for name, value in data.items() if value is not None}


@pytest.fixture
def person(browser_client):
    user = UserFactory(email="sam@example.org")
    browser_client.force_login(user)
    return user


def test_signed_out_people_are_sent_to_sign_in(browser_client):
    response = browser_client.get(PAGE)

    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_page_shows_each_kind_with_its_channels(browser_client, person, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        response = browser_client.get(PAGE)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Replies in threads you follow" in page
    assert "Posts that need a moderator now" in page
    assert re.search(r'id="id_kind-tests-reply_1"\s+value="email"\s+checked', page)  # the default
    assert re.search(r'id="id_kind-tests-crisis_1"\s+value="email"\s+>', page)
    # The crisis kind defaults to text messages, but with no mobile number nothing would arrive: "Off".
    assert re.search(r'id="id_kind-tests-crisis_3"\s+value="off"\s+checked', page)
    assert "Test messages" not in page  # not a kind people choose about
    assert "Mobile number for text messages" in page


def test_the_default_text_message_shows_once_there_is_a_number(browser_client, person):
    set_contact(person, "07700 900123")
    page = browser_client.get(PAGE).content.decode()
    assert re.search(r'id="id_kind-tests-crisis_2"\s+value="sms"\s+checked', page)


def test_page_queries_do_not_grow_with_ten_times_the_data(browser_client, person):
    def messages(n: int) -> None:
        Notification.objects.bulk_create(
            Notification(kind="tests.reply", channel="email", recipient=person, address="sam@example.org")
            for _ in range(n)
        )

    set_choice(person, "tests.reply", "email")
    messages(10)
    with CaptureQueriesContext(connection) as small:
        browser_client.get(PAGE)
    set_choice(person, "tests.crisis", "sms")
    messages(100)
    with CaptureQueriesContext(connection) as large:
        response = browser_client.get(PAGE)

    assert response.status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)


def test_saving_choices_number_and_quiet_hours(browser_client, person):
    response = browser_client.post(
        PAGE,
        form_data(
            {
                "kind-tests-reply": "sms",
                "phone": "07700 900 982",
                "quiet_start": "22:00",
                "quiet_end": "07:00",
            }
        ),
    )

    assert response.status_code == 302
    assert chosen_channels(person)["tests.reply"] == "sms"
    assert chosen_channels(person)["tests.crisis"] == "off"
    saved = AlertSettings.objects.get(user=person)
    assert saved.phone == "+447700900982"
    assert (saved.quiet_start.hour, saved.quiet_end.hour) == (22, 7)
    page = browser_client.get(PAGE).content.decode()
    assert 'value="07700 900982"' in page
    assert "Your alert choices are saved" in page


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"kind-tests-reply": "sms", "phone": ""}, "phone", "Enter a mobile number to get text messages"),
        (
            {"kind-tests-reply": "sms", "phone": "0121 496 0123"},
            "phone",
            "Enter a UK mobile number, like 07700 900 982",
        ),
        ({"quiet_start": "22:00"}, "quiet_end", "Choose when quiet hours start and end"),
        (
            {"quiet_start": "22:00", "quiet_end": "22:00"},
            "quiet_end",
            "Quiet hours must end at a different time",
        ),
        ({"kind-tests-reply": None}, "kind-tests-reply", "This field is required"),
        ({"kind-tests-reply": "pigeon"}, "kind-tests-reply", "Select a valid choice"),
    ],
)
def test_mistakes_are_shown_the_govuk_way_and_input_kept(browser_client, person, fields, field, message):
    data = form_data(fields)
    response = browser_client.post(PAGE, data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in page
    assert "There is a problem" in page
    anchor = re.search(r'govuk-error-summary__list">\s*<li><a href="#([^"]+)"', page).group(1)
    assert f'id="{anchor}"' in page  # the summary links to something on the page
    assert anchor.startswith(f"id_{field}")
    assert message in page
    if data.get("phone"):
        assert f'value="{data["phone"]}"' in page
    assert chosen_channels(person) == {}  # nothing saved


def test_email_choice_needs_an_email_address(browser_client):
    user = UserFactory(email="")
    browser_client.force_login(user)

    response = browser_client.post(PAGE, form_data({"kind-tests-reply": "email"}))

    assert "Add an email address to your account to get emails" in response.content.decode()


def test_account_page_links_to_alerts(browser_client, person):
    page = browser_client.get("/account/").content.decode()

    assert f'href="{PAGE}"' in page


def failed(n: int) -> None:
    Notification.objects.bulk_create(
        Notification(
            kind="tests.reply",
            channel="sms" if i % 2 else "email",
            address="+447700900123" if i % 2 else "sam.person@example.org",
            subject="secret subject",
            body="the secret body text",
            state="failed",
            last_error="GOV.UK Notify 400: phone_number Not a UK mobile number",
        )
        for i in range(n)
    )


@pytest.fixture
def admin(browser_client):
    user = make_staff(superuser=True)
    browser_client.force_login(user)
    return user


def test_outbox_shows_counts_and_masked_failures(browser_client, admin, django_assert_max_num_queries):
    failed(2)
    Notification.objects.create(kind="tests.reply", channel="email", address="a@example.org", state="sent")

    with django_assert_max_num_queries(10):
        response = browser_client.get("/staff/outbox/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Not a UK mobile number" in page
    assert "*******123" in page
    assert "s*****@e*****.org" in page
    assert "+447700900123" not in page
    assert "sam.person" not in page
    assert "secret" not in page


def test_outbox_queries_do_not_grow_with_ten_times_the_data(browser_client, admin):
    failed(5)
    with CaptureQueriesContext(connection) as small:
        browser_client.get("/staff/outbox/")
    failed(45)
    with CaptureQueriesContext(connection) as large:
        response = browser_client.get("/staff/outbox/")

    assert response.content.decode().count("Send again<") == 50
    assert len(large.captured_queries) == len(small.captured_queries)


@pytest.mark.parametrize("role", [Role.MODERATOR, Role.CODE_ADMINISTRATOR])
def test_outbox_is_for_admins_only(browser_client, role):
    browser_client.force_login(make_staff(role))

    assert browser_client.get("/staff/outbox/").status_code == 403


def test_outbox_needs_two_factor_authentication(browser_client):
    browser_client.force_login(make_staff(superuser=True, mfa=False))

    response = browser_client.get("/staff/outbox/")

    assert response.status_code == 302
    assert "/two-factor/" in response["Location"] or "totp" in response["Location"]


def test_resend_a_failed_message(browser_client, admin, eager, django_capture_on_commit_callbacks):
    [row] = notify("alex@example.org", "tests.reply", {"url": "https://mylife4me.example/t/1/"})
    Notification.objects.filter(pk=row.pk).update(state="failed", last_error="Could not reach the provider")

    with django_capture_on_commit_callbacks(execute=True):
        response = browser_client.post(f"/staff/outbox/{row.pk}/resend/")

    assert response.status_code == 302
    row.refresh_from_db()
    assert row.state == "sent"
    assert len(mail.outbox) == 1


def test_resend_is_post_only_and_admin_only(browser_client, eager):
    row = Notification.objects.create(
        kind="tests.reply", channel="email", address="a@example.org", state="failed"
    )
    browser_client.force_login(make_staff(Role.MODERATOR))

    assert browser_client.post(f"/staff/outbox/{row.pk}/resend/").status_code == 403
    row.refresh_from_db()
    assert row.state == "failed"


def test_export_has_choices_and_notifications_without_bodies(browser_client, person, eager):
    set_contact(person, "07700 900123")
    set_choice(person, "tests.reply", "sms")
    with transaction.atomic():
        notify(person, "tests.reply", {"url": "https://mylife4me.example/t/1/"})

    response = browser_client.post("/account/your-data/")

    data = response.json()["alerts"]
    assert data["mobile_number"] == "+447700900123"
    assert data["choices"] == {"tests.reply": "sms"}
    [message] = data["messages_sent_to_you"]
    assert (message["kind"], message["by"]) == ("tests.reply", "sms")
    assert "body" not in message
    assert "mylife4me.example/t/1" not in response.content.decode()


def test_deleting_the_account_keeps_rows_but_not_the_person(person, eager):
    set_contact(person, "07700 900123")
    with transaction.atomic():
        [row] = notify(person, "tests.reply", {"url": "https://mylife4me.example/t/1/"})

    person.delete()

    row.refresh_from_db()
    assert (row.recipient, row.address, row.body, row.state) == (None, "", "", "failed")
    assert row.last_error == "Account deleted"
    assert not AlertSettings.objects.exists()
