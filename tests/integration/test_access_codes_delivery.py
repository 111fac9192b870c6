"""Access codes delivered through the alerts outbox by a real Celery worker (PostgreSQL, Redis)."""

import pytest
from django.urls import reverse

from access_codes import issuing
from access_codes.models import CodeRequest
from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from tests.access_codes.helpers import GOOD, TELLING_WORDS, make_batch
from tests.factories import make_staff
from tests.integration.conftest import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def sent_row(request: CodeRequest) -> Notification:
    address = request.email or request.phone
    return wait_for(
        lambda: Notification.objects.filter(kind=issuing.CODE_KIND, address=address, state="sent").first(),
        30,
        f"the code to be sent to {address}",
    )


@pytest.mark.parametrize(
    ("channel", "fields", "address"),
    [
        ("sms", {"phone": "07700 900123"}, "+447700900123"),
        ("email", {"email": "sam@example.org", "phone": ""}, "sam@example.org"),
    ],
)
def test_a_request_issued_by_staff_reaches_the_person(
    recording, celery_worker, client, channel, fields, address
):
    make_batch(30)
    assert client.post("/breaking-free/", {**GOOD, "channel": channel, **fields}).status_code == 302
    request = CodeRequest.objects.get()
    client.force_login(make_staff(Role.CODE_ADMINISTRATOR))
    assert client.post(reverse("access_codes:staff_issue", args=[request.pk])).status_code == 302

    row = sent_row(CodeRequest.objects.get())
    assert (row.channel, row.address) == (channel, address)
    assert recording.times_sent(row.pk) == 1
    assert "mylife4me access code is" in row.body.lower()
    assert "TEST-0001" in row.body
    for word in TELLING_WORDS:
        assert word not in row.body.lower() and word not in row.subject.lower()


def test_automatic_issuing_runs_in_the_worker(recording, worker_env, start_worker, client, settings):
    settings.ACCESS_CODES_AUTO_ISSUE = True
    worker_env["ACCESS_CODES_AUTO_ISSUE"] = "1"
    start_worker()
    make_batch(30)
    assert client.post("/breaking-free/", GOOD).status_code == 302

    row = sent_row(CodeRequest.objects.get())
    request = CodeRequest.objects.get()
    assert (request.state, request.automatic) == ("issued", True)
    assert recording.times_sent(row.pk) == 1
