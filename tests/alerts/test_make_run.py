"""Under `make run` (no Redis, console backends) an alert prints to the console."""

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from mylife4me.alerts import notify, set_contact
from mylife4me.alerts.models import Notification
from mylife4me.alerts.preferences import set_choice
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def make_run(settings, eager):
    """The settings `make run` gives: email through Django's console backend, SMS to the console."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    settings.ALERTS_EMAIL_BACKEND = "django"
    settings.SMS_BACKEND = "console"


def test_an_email_alert_prints_to_the_console(make_run, capsys):
    user = UserFactory(email="sam@example.org")
    with transaction.atomic():
        notify(user, "tests.reply", {"url": "http://127.0.0.1:8000/forum/t/1/"})

    out = capsys.readouterr().out
    assert "Subject: New reply in a thread you follow" in out
    assert "To: sam@example.org" in out
    assert "Read it here: http://127.0.0.1:8000/forum/t/1/" in out
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in out
    assert Notification.objects.get().state == "sent"


def test_a_text_alert_prints_to_the_console(make_run, capsys):
    user = UserFactory()
    set_contact(user, "07700 900982")
    set_choice(user, "tests.reply", "sms")
    with transaction.atomic():
        notify(user, "tests.reply", {"url": "http://127.0.0.1:8000/forum/t/1/"})

    out = capsys.readouterr().out
    assert "SMS to +447700900982" in out
    assert "MyLife4Me: someone replied in a thread you follow. http://127.0.0.1:8000/forum/t/1/" in out
    assert "Stop these texts: " in out


def test_send_test_alert_command(make_run, capsys):
    call_command("send_test_alert", "07700 900123")

    out = capsys.readouterr().out
    assert "Queued sms message" in out
    assert "MyLife4Me test message. It worked." in out


def test_send_test_alert_refuses_a_bad_address(make_run):
    with pytest.raises(CommandError, match="Enter a UK mobile number"):
        call_command("send_test_alert", "0121 496 0000")
