"""The purge: contact details go (request table and outbox), the figures stay."""

import datetime

import pytest
from django.db.models import Q
from django.utils import timezone

from access_codes import figures, issuing, retention
from access_codes.models import AccessCode, CodeRequest
from access_codes.tasks import purge_contact_details
from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from tests.access_codes.helpers import make_batch, make_request
from tests.factories import make_staff
from tests.services_directory.directory_factories import make_organization

pytestmark = pytest.mark.django_db


def contact_left(requests) -> list:
    return list(
        CodeRequest.objects.filter(pk__in=[r.pk for r in requests])
        .filter(~Q(name="") | ~Q(email="") | ~Q(phone="") | ~Q(postcode="") | ~Q(decline_note=""))
        .values_list("pk", flat=True)
    )


def test_purge_removes_every_contact_detail_and_keeps_the_figures():
    admin = make_staff(Role.CODE_ADMINISTRATOR)
    make_batch(30)
    organization = make_organization("Harbour Org")
    by_sms = make_request(name="Sam", substance="opiates-crack")
    by_email = make_request("B12 9AA", name="Jo", channel="email", substance="alcohol")
    partner = make_request(name="Lee", organization=organization, referred_by=admin)
    declined = make_request("B36 8AA", name="Kai", channel="email", email="kai@example.org")
    waiting = make_request(name="Still", phone="+447700900999")
    for request in (by_sms, by_email, partner):
        issuing.issue(request.pk, admin)
    issuing.decline(declined.pk, admin, "outside", "Looked it up: outside")
    today = timezone.localdate()
    before = figures.tables(today, today)
    dealt_with = [by_sms, by_email, partner, declined]

    assert retention.purge_dealt_with(timezone.now() + datetime.timedelta(days=29)) == 0  # not yet
    assert retention.purge_dealt_with(timezone.now() + datetime.timedelta(days=30, minutes=1)) == 4

    assert contact_left(dealt_with) == []
    assert contact_left([waiting]) == [waiting.pk]  # not dealt with yet: untouched
    kept = CodeRequest.objects.get(pk=by_sms.pk)
    assert (kept.district, kept.route, kept.substance, kept.state) == (
        "B29",
        "self",
        "opiates-crack",
        "issued",
    )
    assert kept.decided_at and kept.created_at and kept.purged_at
    assert CodeRequest.objects.get(pk=partner.pk).organization == organization
    assert CodeRequest.objects.get(pk=declined.pk).decline_reason == "outside"
    # The codes stay for the council's licence count, unlinked from the requests.
    assert AccessCode.objects.filter(issued_at__isnull=False).count() == 3
    assert not AccessCode.objects.filter(request__isnull=False).exists()
    # The outbox: no address or text of these messages is left.
    sent = Notification.objects.filter(kind__in=issuing.PERSON_KINDS)
    assert sent.count() == 4
    assert not sent.exclude(address="", body="", subject="").exists()
    assert all(sent.values_list("content_purged", flat=True))
    for detail in ("Sam", "Jo", "jo@example.org", "kai@example.org", "+447700900555", "B29 6AA"):
        assert not Notification.objects.filter(
            Q(address__contains=detail) | Q(body__contains=detail)
        ).exists()
    # ... and the staff alerts are not the person's: they stay.
    assert figures.tables(today, today) == before


def test_purge_is_a_beat_task_and_safe_to_run_again(settings):
    settings.ACCESS_CODES_PURGE_AFTER_DAYS = 0
    make_batch(25)
    request = make_request()
    issuing.issue(request.pk, make_staff(Role.CODE_ADMINISTRATOR))
    assert purge_contact_details() == 1
    assert purge_contact_details() == 0
    assert contact_left([request]) == []
    from django.conf import settings as live

    assert "access-codes-purge" in live.CELERY_BEAT_SCHEDULE
