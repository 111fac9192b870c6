"""One-click unsubscribe: no sign-in, immediate, from a signed link."""

import dataclasses

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client

from mylife4me.alerts import notify, set_contact
from mylife4me.alerts.delivery import release_held
from mylife4me.alerts.kinds import register_kind, unregister_kind
from mylife4me.alerts.models import Notification
from mylife4me.alerts.preferences import chosen_channels
from mylife4me.alerts.tokens import make_token, read_token
from tests.alerts.conftest import REPLY
from tests.alerts.test_notify import set_quiet_now
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
URL = {"url": "https://mylife4me.example/forum/t/1/"}


def send(recipient, kind="tests.reply"):
    with transaction.atomic():
        return notify(recipient, kind, URL)


def stop_path(body: str, marker: str = "To stop these emails: ") -> str:
    return body.split(marker)[1].split("\n")[0].removeprefix("https://mylife4me.example")


@pytest.fixture
def mail_client():
    """What a mail provider's one-click POST looks like: no cookies, no CSRF token, no Fetch Metadata."""
    return Client(enforce_csrf_checks=True)


def test_token_round_trip_and_tampering():
    row = Notification(kind="x.y", channel="email")
    token = make_token(row.id)

    assert read_token(token) == row.id
    assert read_token(token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert read_token("nonsense") is None


def test_get_shows_a_confirm_page_and_changes_nothing(eager, browser_client):
    user = UserFactory(email="sam@example.org")
    send(user)
    path = stop_path(mail.outbox[0].body)

    response = browser_client.get(path)

    assert response.status_code == 200
    assert b"Replies in threads you follow" in response.content
    assert b'<form method="post"' in response.content
    assert not response.cookies
    assert chosen_channels(user) == {}


def test_one_click_post_without_csrf_token_stops_that_kind_at_once(eager, mail_client):
    user = UserFactory(email="sam@example.org")
    send(user)
    path = stop_path(mail.outbox[0].body)

    response = mail_client.post(path, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert b"Alerts stopped" in response.content
    assert chosen_channels(user) == {"tests.reply": "off"}
    assert send(user) == []
    assert len(mail.outbox) == 1


def test_the_link_in_a_text_message_works_too(eager, mail_client, capsys):
    send("07700 900123")
    path = stop_path(capsys.readouterr().out, "Stop these texts: ")

    assert mail_client.post(path).status_code == 200
    assert send("07700 900123") == []
    assert send("07700 900124") != []  # only that number


def test_bare_address_is_suppressed_for_that_kind_only(eager, mail_client):
    send("alex@example.org")

    mail_client.post(stop_path(mail.outbox[0].body))

    assert send("alex@example.org") == []
    assert send("ALEX@example.org ") == []
    assert len(send("alex@example.org", "tests.crisis")) == 1


def test_stopping_cancels_what_is_waiting_in_quiet_hours(eager, mail_client):
    user = UserFactory(email="sam@example.org")
    set_contact(user, "07700 900123")
    later = set_quiet_now(user)
    [held] = send(user)

    mail_client.post(f"/alerts/stop/{make_token(held.id)}/")
    release_held(now=later)

    held.refresh_from_db()
    assert held.state == "failed"
    assert held.last_error == "Turned off by the person"
    assert mail.outbox == []


def test_stopping_from_a_digest_stops_every_kind_in_it(eager, mail_client):
    user = UserFactory(email="sam@example.org")
    set_contact(user, "07700 900123")
    later = set_quiet_now(user)
    send(user)
    with transaction.atomic():
        notify(user, "tests.crisis", URL, channels={"email"})  # urgent: goes now, not in the digest
    other = dataclasses.replace(REPLY, name="tests.other", label="Other things")
    register_kind(other)
    try:
        with transaction.atomic():
            notify(user, "tests.other", URL)
        release_held(now=later)
        digest = Notification.objects.get(kind="alerts.digest")

        response = mail_client.post(f"/alerts/stop/{make_token(digest.id)}/")

        assert b"Other things" in response.content
        assert chosen_channels(user) == {"tests.reply": "off", "tests.other": "off"}
    finally:
        unregister_kind("tests.other")


def test_a_changed_link_is_not_found(mail_client):
    response = mail_client.post("/alerts/stop/not-a-real-token/")

    assert response.status_code == 404


def test_link_after_the_address_was_purged_says_it_expired(eager, mail_client):
    [row] = send("alex@example.org")
    Notification.objects.filter(pk=row.pk).update(address="", body="", content_purged=True)

    response = mail_client.post(f"/alerts/stop/{make_token(row.id)}/")

    assert b"This link has expired" in response.content
