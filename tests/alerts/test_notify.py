"""Who gets what: preferences, contact details, quiet hours and digests."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import transaction

from mylife4me.alerts import notify, set_contact
from mylife4me.alerts.delivery import release_held
from mylife4me.alerts.models import AlertSettings, Notification
from mylife4me.alerts.preferences import quiet_hours_release, set_choice
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
LONDON = ZoneInfo("Europe/London")
URL = {"url": "https://mylife4me.example/forum/t/1/"}


def send(recipient, kind="tests.reply", context=URL, **kwargs):
    with transaction.atomic():
        return notify(recipient, kind, context, **kwargs)


@pytest.fixture
def person():
    user = UserFactory(email="sam@example.org")
    set_contact(user, "07700 900123")
    return user


def test_default_channels_apply_until_the_person_chooses(eager, person, capsys):
    rows = send(person)

    assert [(row.channel, row.address, row.state) for row in rows] == [
        ("email", "sam@example.org", "pending")
    ]
    assert Notification.objects.get().state == "sent"
    assert len(mail.outbox) == 1
    assert capsys.readouterr().out == ""  # no SMS


def test_the_chosen_channel_is_used(eager, person, capsys):
    set_choice(person, "tests.reply", "sms")

    [row] = send(person)

    assert (row.channel, row.address) == ("sms", "+447700900123")
    assert "SMS to +447700900123" in capsys.readouterr().out
    assert mail.outbox == []


def test_off_means_nothing_is_written(eager, person):
    set_choice(person, "tests.reply", "off")

    assert send(person) == []
    assert not Notification.objects.exists()


def test_no_address_for_a_channel_means_nothing_on_it(eager):
    user = UserFactory(email="")
    set_choice(user, "tests.reply", "email")

    assert send(user) == []


def test_channels_argument_narrows(eager, person):
    set_choice(person, "tests.crisis", "email")

    assert send(person, "tests.crisis", channels={"sms"}) == []
    assert [row.channel for row in send(person, "tests.crisis", channels={"email", "sms"})] == ["email"]


def test_an_inactive_account_gets_nothing(eager, person):
    person.is_active = False
    person.save()

    assert send(person) == []


def test_bare_addresses(eager, capsys):
    [email] = send("alex@example.org")
    [sms] = send("07700 900 982")

    assert (email.channel, email.recipient, email.address) == ("email", None, "alex@example.org")
    assert (sms.channel, sms.address) == ("sms", "+447700900982")
    assert "SMS to +447700900982" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["not an address", "0121 496 0123", "alex@"])
def test_bad_bare_addresses_are_refused(eager, bad):
    with pytest.raises(ValueError):
        send(bad)


def test_unknown_kind_is_refused(eager, person):
    with pytest.raises(LookupError):
        send(person, "tests.nothing")


def test_set_contact_normalises_and_removes(person):
    set_contact(person, "+44 7700 900 555")
    assert AlertSettings.objects.get(user=person).phone == "+447700900555"
    set_contact(person, None)
    assert AlertSettings.objects.get(user=person).phone == ""
    with pytest.raises(ValueError):
        set_contact(person, "0121 496 0000")


def quiet(start: str, end: str) -> AlertSettings:
    return AlertSettings(quiet_start=dt.time.fromisoformat(start), quiet_end=dt.time.fromisoformat(end))


@pytest.mark.parametrize(
    ("start", "end", "now", "release"),
    [
        ("22:00", "07:00", "2026-11-23 23:30", "2026-11-24 07:00"),
        ("22:00", "07:00", "2026-11-24 06:59", "2026-11-24 07:00"),
        ("22:00", "07:00", "2026-11-24 07:00", None),
        ("22:00", "07:00", "2026-11-23 21:59", None),
        ("01:00", "05:00", "2026-11-23 03:00", "2026-11-23 05:00"),
        ("01:00", "05:00", "2026-11-23 05:30", None),
        # British Summer Time: quiet hours follow the clock in Birmingham, not UTC.
        ("22:00", "07:00", "2026-07-01 22:30", "2026-07-02 07:00"),
    ],
)
def test_quiet_hours_release(start, end, now, release):
    moment = dt.datetime.fromisoformat(now).replace(tzinfo=LONDON)
    expected = dt.datetime.fromisoformat(release).replace(tzinfo=LONDON) if release else None

    assert quiet_hours_release(quiet(start, end), moment) == expected


def set_quiet_now(user):
    """Quiet hours that are on right now, ending within the hour."""
    now = dt.datetime.now(LONDON)
    start = (now - dt.timedelta(hours=1)).time().replace(second=0, microsecond=0)
    end = (now + dt.timedelta(hours=1)).time().replace(second=0, microsecond=0)
    AlertSettings.objects.filter(user=user).update(quiet_start=start, quiet_end=end)
    return now + dt.timedelta(hours=2)


def test_quiet_hours_hold_non_urgent_alerts_and_send_one_digest(eager, person):
    later = set_quiet_now(person)
    first = send(person)
    second = send(person, context={"url": "https://mylife4me.example/forum/t/2/"})
    assert {row.state for row in first + second} == {"held"}
    assert mail.outbox == []

    assert release_held(now=later) == 2

    [digest] = Notification.objects.filter(kind="alerts.digest")
    assert digest.state == "sent"
    assert set(Notification.objects.filter(digest=digest).values_list("state", flat=True)) == {"sent"}
    [message] = mail.outbox
    assert message.subject == "MyLife4Me: 2 alerts from your quiet hours"
    assert "forum/t/1/" in message.body
    assert "forum/t/2/" in message.body
    assert message.body.count("To stop these emails") == 1


def test_one_held_alert_goes_out_as_itself(eager, person):
    later = set_quiet_now(person)
    [row] = send(person)

    release_held(now=later)

    assert Notification.objects.get(pk=row.pk).state == "sent"
    assert not Notification.objects.filter(kind="alerts.digest").exists()
    assert mail.outbox[0].subject == "New reply in a thread you follow"


def test_nothing_is_released_before_quiet_hours_end(eager, person):
    set_quiet_now(person)
    [row] = send(person)

    assert release_held() == 0
    assert Notification.objects.get(pk=row.pk).state == "held"


def test_urgent_alerts_ignore_quiet_hours(eager, person, capsys):
    set_quiet_now(person)

    [row] = send(person, "tests.crisis")

    assert Notification.objects.get(pk=row.pk).state == "sent"
    assert "a post needs a moderator now" in capsys.readouterr().out


def test_digest_by_sms_says_little(eager, person, capsys):
    set_choice(person, "tests.reply", "sms")
    later = set_quiet_now(person)
    send(person)
    send(person)

    release_held(now=later)

    out = capsys.readouterr().out
    assert "you have 2 alerts from while your quiet hours were on" in out
    assert "forum/t/1" not in out
    assert "Stop these texts: https://mylife4me.example/alerts/stop/" in out


def test_rolled_back_notify_leaves_nothing(eager, person):
    class Undo(Exception):
        pass

    with pytest.raises(Undo), transaction.atomic():
        notify(person, "tests.reply", URL)
        raise Undo

    assert not Notification.objects.exists()
    assert mail.outbox == []
