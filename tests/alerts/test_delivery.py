"""Delivery: transient errors retry, permanent ones fail with the reason, nothing goes twice."""

import datetime as dt
import json
import smtplib
import uuid

import pytest
import requests
from django.db import transaction
from django.utils import timezone
from notifications_python_client.errors import HTTP503Error, HTTPError
from notifications_python_client.notifications import NotificationsAPIClient

from mylife4me.alerts import backends, delivery, notify
from mylife4me.alerts.delivery import classify_error, retry_delay
from mylife4me.alerts.models import Notification

FAKE_KEY = f"test_key-{uuid.uuid4()}-{uuid.uuid4()}"


def response(status: int, body: dict | None = None) -> requests.Response:
    result = requests.Response()
    result.status_code = status
    result._content = json.dumps(body or {}).encode()
    result.url = "https://api.notifications.service.gov.uk/v2/notifications/sms"
    return result


def notify_error(status: int, message: str = "Error") -> dict:
    return {"status_code": status, "errors": [{"error": "Error", "message": message}]}


class FakeSession:
    """Stands in for the Notify client's requests session: each call takes the next scripted answer."""

    def __init__(self, *answers) -> None:
        self.answers = list(answers)
        self.calls: list[dict] = []

    def request(self, method, url, **kwargs):
        if "data" in kwargs:
            kwargs["json"] = json.loads(kwargs["data"])
        self.calls.append({"method": method, "url": url, **kwargs})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def notify_service(settings, monkeypatch, eager):
    """GOV.UK Notify as both backends, with a real NotificationsAPIClient over a fake session."""
    settings.ALERTS_EMAIL_BACKEND = "notify"
    settings.SMS_BACKEND = "notify"
    settings.NOTIFY_SMS_TEMPLATE_ID = "sms-template"
    settings.NOTIFY_EMAIL_TEMPLATE_ID = "email-template"
    settings.ALERTS_RETRY_BASE_SECONDS = 1
    client = NotificationsAPIClient(FAKE_KEY)

    def use(*answers) -> FakeSession:
        client.request_session = FakeSession(*answers)
        return client.request_session

    monkeypatch.setattr(backends, "notify_client", lambda: client)
    return use


def raised_by_client(answer) -> Exception:
    """The exception the real Notify client raises for a session answer."""
    client = NotificationsAPIClient(FAKE_KEY)
    client.request_session = FakeSession(answer)
    with pytest.raises(Exception) as caught:
        client.send_sms_notification("+447700900123", "template")
    return caught.value


@pytest.mark.parametrize(
    ("answer", "transient"),
    [
        (response(400, notify_error(400, "phone_number Not a UK mobile number")), False),
        (response(403, notify_error(403, "Invalid token")), False),
        (response(429, notify_error(429, "Exceeded rate limit")), True),
        (response(500, notify_error(500, "Internal server error")), True),
        (response(502), True),
        (response(503), True),
        (requests.ConnectionError("refused"), True),
        (requests.Timeout("slow"), True),
    ],
)
def test_notify_errors_are_classified(answer, transient):
    error = raised_by_client(answer)

    assert isinstance(error, HTTPError)
    assert classify_error(error).transient is transient


def test_notify_reason_is_kept():
    error = raised_by_client(response(400, notify_error(400, "phone_number Not a UK mobile number")))

    assert isinstance(error, HTTPError) and not isinstance(error, HTTP503Error)
    assert (
        classify_error(error).reason
        == "GOV.UK Notify 400: [{'error': 'Error', 'message': 'phone_number Not a UK mobile number'}]"
    )


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (requests.Timeout(), True),
        (requests.ConnectionError(), True),
        (TimeoutError(), True),
        (ConnectionRefusedError(), True),
        (smtplib.SMTPServerDisconnected(), True),
        (smtplib.SMTPResponseException(451, b"try later"), True),
        (smtplib.SMTPResponseException(550, b"no such user"), False),
        (smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"no")}), False),
        (KeyError("bug"), False),
    ],
)
def test_other_errors_are_classified(error, transient):
    assert classify_error(error).transient is transient


def test_retry_delay_grows_with_jitter_and_a_ceiling(settings):
    settings.ALERTS_RETRY_BASE_SECONDS = 30
    settings.ALERTS_RETRY_MAX_SECONDS = 3600
    delays = [retry_delay(attempt) for attempt in (1, 2, 3, 10)]

    assert 15 <= delays[0] <= 30
    assert 30 <= delays[1] <= 60
    assert 60 <= delays[2] <= 120
    assert 1800 <= delays[3] <= 3600
    assert len({retry_delay(3) for _ in range(20)}) > 1


def send_sms():
    with transaction.atomic():
        [row] = notify("07700 900123", "tests.crisis", {"url": "https://mylife4me.example/m/1/"})
    return Notification.objects.get(pk=row.pk)


pytestmark = pytest.mark.django_db(transaction=True)


def test_sent_through_notify_with_the_id_as_reference(notify_service):
    session = notify_service(response(201, {"id": "n1"}))

    row = send_sms()

    assert row.state == "sent" and row.sent_at is not None and row.attempts == 1
    [call] = session.calls
    assert call["json"]["phone_number"] == "+447700900123"
    assert call["json"]["reference"] == str(row.pk)
    assert call["json"]["personalisation"]["body"].startswith("MyLife4Me: a post needs a moderator now.")


def test_email_through_notify_has_one_click_unsubscribe(notify_service):
    session = notify_service(response(201, {"id": "n1"}))
    with transaction.atomic():
        [row] = notify("sam@example.org", "tests.reply", {"url": "https://mylife4me.example/t/1/"})

    payload = session.calls[0]["json"]
    assert payload["reference"] == str(row.pk)
    assert payload["one_click_unsubscribe_url"].startswith("https://mylife4me.example/alerts/stop/")
    assert payload["personalisation"]["subject"] == "New reply in a thread you follow"


def test_transient_error_is_retried_then_sent(notify_service):
    session = notify_service(response(429, notify_error(429, "Exceeded rate limit")), response(201, {}))

    row = send_sms()

    assert row.state == "sent"
    assert row.attempts == 2
    assert len(session.calls) == 2


def test_permanent_error_fails_at_once_with_the_reason(notify_service):
    session = notify_service(response(400, notify_error(400, "phone_number Not a UK mobile number")))

    row = send_sms()

    assert row.state == "failed"
    assert row.attempts == 1
    assert "Not a UK mobile number" in row.last_error
    assert len(session.calls) == 1


def test_transient_errors_stop_at_the_limit(notify_service, settings):
    settings.ALERTS_MAX_ATTEMPTS = 3
    notify_service(*[response(500, notify_error(500, "Internal server error"))] * 3)

    row = send_sms()

    assert row.state == "failed"
    assert row.attempts == 3
    assert row.last_error.startswith("GOV.UK Notify 500")


def test_a_notification_that_is_not_pending_is_not_sent_again(notify_service):
    session = notify_service(response(201, {}))
    row = send_sms()

    assert delivery.deliver(row.pk) == "skipped"
    assert len(session.calls) == 1


def test_one_notify_client_per_process(settings):
    settings.NOTIFY_API_KEY = FAKE_KEY
    backends._notify_clients.clear()

    assert backends.notify_client() is backends.notify_client()


def test_notify_lookup_by_reference_answers_was_delivered(notify_service):
    session = notify_service(
        response(200, {"notifications": [{"id": "n1", "reference": "r"}], "links": {}}),
        response(200, {"notifications": [], "links": {}}),
        requests.ConnectionError(),
    )
    backend = backends.NotifyBackend()

    assert backend.was_delivered("r") is True
    assert backend.was_delivered("r") is False
    assert backend.was_delivered("r") is None
    assert session.calls[0]["params"] == {"reference": "r"}


class Scripted(backends.Backend):
    """A backend whose was_delivered answer is fixed, counting sends."""

    sends: list = []
    answer: bool | None = None

    def send(self, notification) -> None:
        Scripted.sends.append(notification.pk)

    def was_delivered(self, reference: str) -> bool | None:
        return Scripted.answer


@pytest.fixture
def scripted(monkeypatch, eager):
    Scripted.sends = []
    monkeypatch.setattr(delivery, "backend_for", lambda channel: Scripted())
    return Scripted


def stuck_in_sending(minutes: int = 20) -> Notification:
    row = Notification.objects.create(kind="tests.reply", channel="email", address="a@example.org", body="x")
    Notification.objects.filter(pk=row.pk).update(
        state="sending", sending_started_at=timezone.now() - dt.timedelta(minutes=minutes), attempts=1
    )
    return row


@pytest.mark.parametrize(
    ("answer", "state", "sends", "counts"),
    [
        (True, "sent", 0, {"requeued": 0, "found_sent": 1, "unknown": 0}),
        (False, "sent", 1, {"requeued": 1, "found_sent": 0, "unknown": 0}),
        (None, "failed", 0, {"requeued": 0, "found_sent": 0, "unknown": 1}),
    ],
)
def test_stuck_sending_asks_the_backend_before_sending_again(scripted, answer, state, sends, counts):
    scripted.answer = answer
    row = stuck_in_sending()

    assert delivery.requeue_stale() == counts

    row.refresh_from_db()
    assert row.state == state
    assert len(scripted.sends) == sends
    if answer is None:
        assert row.last_error == "The worker stopped while sending; it may not have arrived"


def test_recently_started_sends_are_left_alone(scripted):
    row = stuck_in_sending(minutes=1)

    assert delivery.requeue_stale() == {"requeued": 0, "found_sent": 0, "unknown": 0}
    row.refresh_from_db()
    assert row.state == "sending"


def test_pending_rows_never_queued_are_queued_again(scripted):
    old = Notification.objects.create(kind="tests.reply", channel="email", address="a@example.org", body="x")
    new = Notification.objects.create(kind="tests.reply", channel="email", address="b@example.org", body="x")
    Notification.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(minutes=5))

    assert delivery.requeue_stale()["requeued"] == 1

    assert scripted.sends == [old.pk]
    new.refresh_from_db()
    assert new.state == "pending"


def test_old_content_is_purged_but_rows_stay(settings):
    settings.ALERTS_RETENTION_DAYS = 30
    old = Notification.objects.create(
        kind="tests.reply", channel="sms", address="+447700900123", subject="s", body="b", state="sent"
    )
    recent = Notification.objects.create(
        kind="tests.reply", channel="sms", address="+447700900124", body="b", state="sent"
    )
    waiting = Notification.objects.create(
        kind="tests.reply", channel="sms", address="+447700900125", body="b"
    )
    Notification.objects.exclude(pk=recent.pk).update(created_at=timezone.now() - dt.timedelta(days=31))

    assert delivery.purge_content() == 1

    old.refresh_from_db()
    assert (old.address, old.subject, old.body, old.state, old.content_purged) == ("", "", "", "sent", True)
    recent.refresh_from_db()
    assert recent.body == "b"
    waiting.refresh_from_db()
    assert waiting.body == "b"


def test_resend_of_a_failed_notification(scripted):
    row = Notification.objects.create(
        kind="tests.reply", channel="email", address="a@example.org", body="x", state="failed", attempts=6
    )

    assert delivery.resend(row.pk) is True

    row.refresh_from_db()
    assert row.state == "sent"
    assert scripted.sends == [row.pk]
    assert delivery.resend(row.pk) is False  # only failed ones


def test_retry_that_cannot_be_queued_is_left_for_the_requeue_task(notify_service, monkeypatch):
    from mylife4me.alerts import outbox

    notify_service(response(503))
    row = Notification.objects.create(kind="tests.crisis", channel="sms", address="+447700900123", body="x")

    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr(outbox, "queue_delivery", broker_down)

    assert delivery.deliver(row.pk) == "retry"
    row.refresh_from_db()
    assert (row.state, row.queued_at, row.attempts) == ("pending", None, 1)
    assert row.last_error.startswith("GOV.UK Notify 503")
