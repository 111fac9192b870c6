"""The access-codes section of the figures page: its numbers, worked out by hand."""

import datetime
from unittest import mock

import pytest
from django.utils import timezone

from access_codes import figures, issuing
from access_codes.models import CodeRequest
from mylife4me.accounts.roles import Role
from mylife4me.figures.registry import get_section, sections_for
from tests.access_codes.helpers import make_batch, make_request
from tests.factories import make_staff
from tests.services_directory.directory_factories import make_organization

pytestmark = pytest.mark.django_db
LONDON = datetime.UTC  # the dates below are in winter, when London is on UTC


def at(year, month, day, hour=12):
    return datetime.datetime(year, month, day, hour, tzinfo=LONDON)


def issued_after(request, hours: float, user) -> None:
    with mock.patch(
        "django.utils.timezone.now", return_value=request.created_at + datetime.timedelta(hours=hours)
    ):
        issuing.issue(request.pk, user)


def test_the_section_is_registered_for_code_administrators():
    section = get_section("access-codes")
    assert section.heading == "Breaking Free Online access codes" and section.order == 70
    assert section in sections_for(make_staff(Role.CODE_ADMINISTRATOR))
    assert section not in sections_for(make_staff(Role.CONTENT_EDITOR))


def test_the_numbers():
    admin = make_staff(Role.CODE_ADMINISTRATOR)
    make_batch(30)
    harbour = make_organization("Harbour Org")
    anchor = make_organization("Anchor Org")
    made = []
    plan = [
        # (created, substance, organisation, hours to issue or None)
        (at(2025, 1, 10), "opiates-crack", None, 1),
        (at(2025, 1, 11), "alcohol", harbour, 2),
        (at(2025, 1, 12), "cannabis", harbour, 3),
        (at(2025, 2, 1), "opiates-crack", anchor, 4),
        (at(2025, 2, 2), "", None, 10),
        (at(2025, 2, 3), "not-said", None, None),  # still waiting
        (at(2024, 12, 1), "alcohol", None, 1),  # before the period
    ]
    for created, substance, organization, hours in plan:
        request = make_request(substance=substance, organization=organization)
        CodeRequest.objects.filter(pk=request.pk).update(created_at=created)
        request.refresh_from_db()
        if hours is not None:
            issued_after(request, hours, admin)
        made.append(request)

    per_month, referral, substances, timing, left = figures.tables(
        datetime.date(2025, 1, 1), datetime.date(2025, 2, 28)
    )

    assert per_month.rows == [["2025-01", 3], ["2025-02", 2]] and per_month.chart == "bar"
    assert referral.columns == ["Route", "Organisation", "Requests", "Codes issued"]
    assert sorted(referral.rows) == [
        ["Partner referral", "Anchor Org", 1, 1],
        ["Partner referral", "Harbour Org", 2, 2],
        ["Self-referral", "", 3, 2],
    ]
    assert substances.rows == [["Opiates and crack", 2, 2], ["Other substances", 2, 2], ["Not given", 2, 1]]
    # Waits of 1, 2, 3, 4 and 10 hours: median 3, 90th percentile (nearest rank) 10.
    assert timing.rows == [["Codes issued", 5], ["Median", 3.0], ["90th percentile", 10.0]]
    assert left.rows[-1] == ["All batches", "", 24]


def test_an_empty_period_has_no_rows_and_no_errors():
    today = timezone.localdate()
    per_month, referral, substances, timing, left = figures.tables(today, today)
    assert per_month.rows == [] and referral.rows == [] and substances.rows == []
    assert timing.rows == [["Codes issued", 0], ["Median", None], ["90th percentile", None]]
    assert left.rows == [["All batches", "", 0]]


def test_percentile_nearest_rank():
    assert figures.percentile([5.0], 0.9) == 5.0
    assert figures.percentile(list(map(float, range(1, 11))), 0.9) == 9.0
    assert figures.percentile(list(map(float, range(1, 21))), 0.5) == 10.0
