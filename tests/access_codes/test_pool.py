"""Importing codes, what is left, licence ends, and the low-pool alert (once per crossing)."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from access_codes import issuing, pool
from access_codes.models import AccessCode, CodeBatch
from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from tests.access_codes.helpers import make_batch, make_request
from tests.factories import make_staff

pytestmark = pytest.mark.django_db
URL = "/staff/access-codes/pool/"


@pytest.fixture
def admin_client(client):
    staff = make_staff(Role.CODE_ADMINISTRATOR, email="codes@example.org")
    client.force_login(staff)
    client.staff = staff
    return client


def future(days: int = 200) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).strftime("%d/%m/%Y")


def test_import_by_paste_and_by_csv_upload(admin_client):
    response = admin_client.post(
        URL, {"name": "April licences", "licence_ends": future(), "pasted": "AAAA-0001\n\nAAAA-0002\n"}
    )
    assert response.status_code == 302
    csv_file = SimpleUploadedFile(
        "codes.csv", b"code,notes\nBBBB-0001,x\nBBBB-0002,y\nBBBB-0003,\n", "text/csv"
    )
    response = admin_client.post(URL, {"name": "May", "licence_ends": future(), "upload": csv_file})
    assert response.status_code == 302
    assert sorted(AccessCode.objects.values_list("code", flat=True)) == [
        "AAAA-0001",
        "AAAA-0002",
        "BBBB-0001",
        "BBBB-0002",
        "BBBB-0003",
    ]
    assert CodeBatch.objects.get(name="May").imported_by == admin_client.staff
    page = admin_client.get(URL).content.decode()
    assert "5 codes left" in page and "April licences" in page


def test_duplicates_are_refused_with_the_offending_lines_and_nothing_is_imported(admin_client):
    make_batch(3, prefix="OLD")  # OLD-0001 .. OLD-0003
    pasted = "NEW-0001\nNEW-0002\nOLD-0002\nNEW-0001\nnot a code!\nNEW-0003"
    response = admin_client.post(URL, {"name": "Mixed", "licence_ends": future(), "pasted": pasted})
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page and "<title>Error: " in page
    assert "Nothing was imported" in page
    assert "Line 3: OLD-0002 is already in the pool" in page
    assert "Line 4: NEW-0001 is a repeat of line 1" in page
    assert "Line 5: \u201cnot a code!\u201d is not a code" in page
    assert "Line 2:" not in page and "Line 6:" not in page
    assert AccessCode.objects.count() == 3 and not CodeBatch.objects.filter(name="Mixed").exists()
    assert "NEW-0003" in page and 'value="Mixed"' in page  # what was typed is kept


def test_import_form_errors(admin_client):
    page = admin_client.post(URL, {"name": "", "licence_ends": "31/2/2020", "pasted": ""}).content.decode()
    assert "Enter a name for the batch" in page
    assert "Enter the licence end date as day/month/year" in page
    assert "Upload a CSV file or paste the codes" in page
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).strftime("%d/%m/%Y")
    page = admin_client.post(
        URL, {"name": "x", "licence_ends": yesterday, "pasted": "ABCD-1"}
    ).content.decode()
    assert "must be today or in the future" in page


def test_the_pool_page_is_for_code_administrators_with_mfa(client):
    assert client.get(URL).status_code == 302  # to sign in
    client.force_login(make_staff(Role.PROVIDER_STAFF))
    assert client.get(URL).status_code == 403
    client.force_login(make_staff(Role.CODE_ADMINISTRATOR, mfa=False))
    assert "/2fa/" in client.get(URL).url


def test_codes_past_their_licence_end_are_never_issued(settings):
    settings.ACCESS_CODES_LOW_POOL_THRESHOLD = 0
    make_batch(2, prefix="ENDED", days=-1, name="Ended")
    make_batch(1, prefix="LIVE", days=10, name="Live")
    assert pool.remaining() == 1
    summaries = {summary.batch.name: summary for summary in pool.batch_summaries()}
    assert summaries["Ended"].expired and summaries["Live"].expiring_soon
    first = issuing.issue(make_request(name="A").pk)
    second = issuing.issue(make_request(name="B").pk)
    assert first.code == "LIVE-0001"
    assert second.result == issuing.Result.POOL_EMPTY
    assert AccessCode.objects.filter(batch__name="Ended", issued_at__isnull=False).count() == 0


def low_alerts() -> int:
    return Notification.objects.filter(kind=pool.LOW_POOL_KIND).count()


def test_low_pool_alert_fires_once_per_crossing_and_again_after_a_refill(settings):
    settings.ACCESS_CODES_LOW_POOL_THRESHOLD = 3
    admin = make_staff(Role.CODE_ADMINISTRATOR, email="codes@example.org")
    make_staff(Role.PROVIDER_STAFF, email="not-told@example.org")
    make_batch(5, prefix="A")
    for number in range(2):  # 5 -> 3: not below the threshold yet
        issuing.issue(make_request(name=f"P{number}").pk)
    assert low_alerts() == 0
    issuing.issue(make_request(name="X").pk)  # 3 -> 2: crosses
    assert low_alerts() == 1
    alert = Notification.objects.get(kind=pool.LOW_POOL_KIND)
    assert alert.recipient == admin and alert.subject == "Access codes are running low: 2 left"
    issuing.issue(make_request(name="Y").pk)  # 2 -> 1: still below, no second alert
    issuing.issue(make_request(name="Z").pk)  # 1 -> 0
    assert issuing.issue(make_request(name="W").pk).result == issuing.Result.POOL_EMPTY
    assert low_alerts() == 1

    make_batch(1, prefix="SMALL")  # refill still below the threshold: no new crossing to come
    issuing.issue(make_request(name="V").pk)
    assert low_alerts() == 1
    make_batch(4, prefix="B")  # back to 4, at or above 3: re-armed
    issuing.issue(make_request(name="U").pk)  # 4 -> 3
    assert low_alerts() == 1
    issuing.issue(make_request(name="T").pk)  # 3 -> 2: a new crossing
    assert low_alerts() == 2


def test_the_low_pool_kind_is_for_code_administrators_only():
    from mylife4me.alerts.kinds import all_kinds

    admin = make_staff(Role.CODE_ADMINISTRATOR)
    other = make_staff(Role.MODERATOR)
    assert pool.LOW_POOL_KIND in {kind.name for kind in all_kinds(admin)}
    assert pool.LOW_POOL_KIND not in {kind.name for kind in all_kinds(other)}
    assert issuing.CODE_KIND not in {kind.name for kind in all_kinds(admin)}  # never choosable
