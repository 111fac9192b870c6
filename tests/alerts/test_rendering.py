"""What each kind of alert looks like on each channel, and the 3-SMS limit."""

import uuid

import pytest
from django.core import mail
from django.db import transaction

from mylife4me.alerts import AlertKind, notify, register_kind
from mylife4me.alerts.kinds import unregister_kind
from mylife4me.alerts.models import Notification
from mylife4me.alerts.rendering import MessageTooLong, render_email, render_sms
from mylife4me.alerts.sms import sms_fragments
from tests.alerts.conftest import REPLY
from tests.factories import UserFactory

URL = "https://mylife4me.example/forum/t/123/"


def test_email_has_subject_body_and_ways_to_stop():
    subject, body = render_email(REPLY, {"url": URL}, uuid.uuid4(), has_account=True)

    assert subject == "New reply in a thread you follow"
    assert body.startswith("Someone replied in a thread you follow.\n\nRead it here: " + URL)
    assert "To stop these emails: https://mylife4me.example/alerts/stop/" in body
    assert "To change your alerts: https://mylife4me.example/account/alerts/" in body


def test_email_to_an_address_without_an_account_has_no_account_link():
    _, body = render_email(REPLY, {"url": URL}, uuid.uuid4(), has_account=False)

    assert "To stop these emails" in body
    assert "account/alerts" not in body


def test_plain_text_is_not_html_escaped():
    _, body = render_email(REPLY, {"url": "https://x.example/?a=1&b=2"}, uuid.uuid4(), has_account=False)

    assert "?a=1&b=2" in body


def test_sms_ends_with_how_to_stop_and_fits_three_texts():
    text = render_sms(REPLY, {"url": URL}, uuid.uuid4())

    first, stop = text.split("\n")
    assert first == f"MyLife4Me: someone replied in a thread you follow. {URL}"
    assert stop.startswith("Stop these texts: https://mylife4me.example/alerts/stop/")
    assert sms_fragments(text) <= 3


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("", 0),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 459, 3),
        ("a" * 460, 4),
        ("€" * 80, 1),  # extended characters take two places each
        ("€" * 81, 2),
        ("😀" * 35, 1),  # outside GSM: UCS-2, 70 per text
        ("é" * 70 + "ć", 2),
    ],
)
def test_sms_fragments(text, fragments):
    assert sms_fragments(text) == fragments


def test_a_kind_whose_text_can_never_fit_is_refused_at_registration():
    too_long = AlertKind(
        name="tests.too_long",
        label="Too long",
        email_subject="x",
        email_template="tests_alerts/reply.txt",
        sms_template="x" * 400 + " {{ url }}",
        channels=frozenset({"sms"}),
        default_channels=frozenset({"sms"}),
    )
    with pytest.raises(ValueError, match="more than 3 SMS"):
        register_kind(too_long)
    unregister_kind("tests.too_long")


@pytest.mark.parametrize(
    ("channels", "defaults", "message"),
    [
        (frozenset({"pigeon"}), frozenset(), "channels must be"),
        (frozenset({"email"}), frozenset({"sms"}), "default_channels"),
    ],
)
def test_kinds_with_impossible_channels_are_refused(channels, defaults, message):
    kind = AlertKind("tests.bad", "Bad", "x", "tests_alerts/reply.txt", "x", channels, defaults)
    with pytest.raises(ValueError, match=message):
        register_kind(kind)


@pytest.mark.django_db
def test_a_context_that_makes_the_text_too_long_writes_nothing(eager):
    with pytest.raises(MessageTooLong), transaction.atomic():
        notify("07700 900123", "tests.reply", {"url": "https://mylife4me.example/" + "x" * 400})

    assert not Notification.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_sent_email_carries_one_click_unsubscribe_headers(eager):
    user = UserFactory(email="sam@example.org")
    with transaction.atomic():
        [row] = notify(user, "tests.reply", {"url": URL})

    [message] = mail.outbox
    stop_link = message.body.split("To stop these emails: ")[1].split("\n")[0]
    assert message.to == ["sam@example.org"]
    assert message.extra_headers["List-Unsubscribe"] == f"<{stop_link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["X-MyLife4Me-Reference"] == str(row.pk)
