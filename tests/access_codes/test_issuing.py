"""Issuing and declining from /staff/access-codes/: the queue, the messages, the log, automatic issuing."""

import pytest
from django.urls import reverse

from access_codes import issuing
from access_codes.issuing import waiting_queue
from access_codes.models import AccessCode, CodeRequest, RequestEvent
from mylife4me.accounts.roles import Role
from mylife4me.alerts.kinds import get_kind
from mylife4me.alerts.models import Notification
from tests.access_codes.helpers import TELLING_WORDS, make_batch, make_request
from tests.factories import make_staff

pytestmark = pytest.mark.django_db
QUEUE = "/staff/access-codes/"


@pytest.fixture
def admin_client(client):
    staff = make_staff(Role.CODE_ADMINISTRATOR, username="casey", email="casey@example.org")
    client.force_login(staff)
    client.staff = staff
    return client


def test_the_queue_puts_checks_first_then_the_oldest(admin_client):
    oldest = make_request(name="Oldest")
    newer = make_request(name="Newer")
    check = make_request("B36 8AA", name="Checkme")
    issued = make_request(name="Done")
    make_batch(30)
    issuing.issue(issued.pk, admin_client.staff)
    page = admin_client.get(QUEUE).content.decode()
    assert page.index("Checkme") < page.index("Oldest") < page.index("Newer")
    assert "Waiting (3)" in page and "Check postcode" in page
    assert "29 codes left" in page
    assert [r.pk for r in waiting_queue()] == [
        check.pk,
        oldest.pk,
        newer.pk,
    ]


def test_issue_sends_the_code_by_sms_in_neutral_words_and_logs_it(
    admin_client, django_capture_on_commit_callbacks
):
    make_batch(25)
    request = make_request(name="Robin")
    with django_capture_on_commit_callbacks():
        response = admin_client.post(reverse("access_codes:staff_issue", args=[request.pk]))
    assert response.status_code == 302 and response.url == QUEUE
    request.refresh_from_db()
    code = AccessCode.objects.get(request=request)
    assert (request.state, request.decided_by, code.code) == ("issued", admin_client.staff, "TEST-0001")
    sms = Notification.objects.get(kind=issuing.CODE_KIND)
    assert (sms.channel, sms.address) == ("sms", "+447700900555")
    assert sms.body.startswith("Hi Robin, your MyLife4Me access code is TEST-0001. Start at ")
    assert "/your-code/" in sms.body
    for word in TELLING_WORDS:
        assert word not in sms.body.lower()
    assert [(e.action, e.actor_name) for e in request.events.all()] == [
        ("requested", "The person (request form)"),
        ("issued", "casey"),
    ]
    followed = admin_client.get(response.url).content.decode()
    assert "Code TEST-0001 is on its way to Robin" in followed


def test_issue_by_email_in_neutral_words():
    make_batch(25)
    request = make_request(name="Jo", channel="email")
    issuing.issue(request.pk, make_staff(Role.CODE_ADMINISTRATOR))
    email = Notification.objects.get(kind=issuing.CODE_KIND)
    assert (email.channel, email.address, email.subject) == (
        "email",
        "jo@example.org",
        "Your MyLife4Me access code",
    )
    assert "TEST-0001" in email.body
    for word in TELLING_WORDS:
        assert word not in email.body.lower() and word not in email.subject.lower()


def test_no_template_of_a_message_to_the_person_names_the_programme():
    from django.template.loader import get_template

    for name in issuing.PERSON_KINDS:
        kind = get_kind(name)
        source = get_template(kind.email_template).template.source
        for text in (kind.sms_template, kind.email_subject, source, *issuing.DECLINE_WORDS.values()):
            for word in TELLING_WORDS:
                assert word not in text.lower(), (name, word)


def test_issuing_twice_tells_the_second_who_already_did(admin_client):
    make_batch(25)
    request = make_request(name="Twice")
    first = issuing.issue(request.pk, make_staff(Role.CODE_ADMINISTRATOR, username="first-admin"))
    assert first.result == issuing.Result.ISSUED
    response = admin_client.post(reverse("access_codes:staff_issue", args=[request.pk]), follow=True)
    page = response.content.decode()
    assert "already dealt with (code sent) by first-admin" in page
    assert AccessCode.objects.filter(issued_at__isnull=False).count() == 1
    assert Notification.objects.filter(kind=issuing.CODE_KIND).count() == 1


def test_pool_empty_keeps_the_request_waiting_and_says_so(admin_client):
    request = make_request(name="Empty")
    response = admin_client.post(reverse("access_codes:staff_issue", args=[request.pk]), follow=True)
    page = response.content.decode()
    assert "Pool empty" in page
    request.refresh_from_db()
    assert request.state == "waiting" and request.pool_empty_at is not None
    assert request.events.last().action == "pool empty"
    assert Notification.objects.filter(kind="access_codes.low_pool", recipient=admin_client.staff).exists()


def test_decline_tells_the_person_kindly_in_neutral_words(admin_client):
    request = make_request(name="Kai", channel="email")
    url = reverse("access_codes:staff_decline", args=[request.pk])
    page = admin_client.post(url, {"reason": ""}).content.decode()
    assert "Choose a reason" in page and "govuk-error-summary" in page
    response = admin_client.post(url, {"reason": "outside", "note": "Checked: Solihull"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.state, request.decline_reason, request.decline_note) == (
        "declined",
        "outside",
        "Checked: Solihull",
    )
    message = Notification.objects.get(kind=issuing.DECLINED_KIND)
    assert message.address == "kai@example.org"
    assert "only for people who live in Birmingham" in message.body
    assert "Checked: Solihull" not in message.body  # the staff note stays with staff
    for word in TELLING_WORDS:
        assert word not in message.body.lower()
    assert request.events.last().action == "declined"
    again = issuing.decline(request.pk, admin_client.staff, "other")
    assert again.result == issuing.Result.ALREADY_DONE


def test_the_request_page_shows_details_and_the_log(admin_client):
    make_batch(25)
    request = make_request("B36 8AA", name="Lee")
    page = admin_client.get(reverse("access_codes:staff_request", args=[request.pk])).content.decode()
    assert "Lee" in page and "B36 8AA" in page and "+447700900555" in page
    assert "is partly outside Birmingham" in page
    assert "Needs check" in page and "Action log" in page
    issuing.issue(request.pk, admin_client.staff)
    page = admin_client.get(reverse("access_codes:staff_request", args=[request.pk])).content.decode()
    assert "TEST-0001" in page and "+447700900555" not in page  # masked once sent
    assert "Issue a code" not in page


def test_the_action_log_is_append_only():
    event = make_request().events.get()
    event.detail = "changed"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()
    assert RequestEvent.objects.get().detail == ""


def test_staff_pages_need_the_code_administrator_role(client):
    request = make_request()
    client.force_login(make_staff(Role.MODERATOR))
    assert client.get(QUEUE).status_code == 403
    assert client.post(reverse("access_codes:staff_issue", args=[request.pk])).status_code == 403
    assert CodeRequest.objects.get().state == "waiting"


def test_automatic_issuing_gives_eligible_requests_a_code_but_not_split_districts(
    settings, django_capture_on_commit_callbacks
):
    from mylife4me.celery import app

    settings.ACCESS_CODES_AUTO_ISSUE = True
    make_batch(25)
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            eligible = make_request(name="Auto")
        with django_capture_on_commit_callbacks(execute=True):
            check = make_request("B36 8AA", name="Check")
    finally:
        app.conf.task_always_eager = previous
    eligible.refresh_from_db()
    check.refresh_from_db()
    assert (eligible.state, eligible.automatic, eligible.decided_by) == ("issued", True, None)
    assert eligible.events.last().actor_name == "Automatic issuing"
    assert check.state == "waiting"
    assert Notification.objects.filter(kind=issuing.CODE_KIND).count() == 1


def test_automatic_issuing_is_off_by_default(django_capture_on_commit_callbacks):
    make_batch(25)
    with django_capture_on_commit_callbacks() as callbacks:
        request = make_request()
    assert not callbacks
    request.refresh_from_db()
    assert request.state == "waiting"


def test_the_queue_costs_the_same_few_queries_with_ten_times_the_requests(
    admin_client, django_assert_max_num_queries
):
    make_batch(30)
    for number in range(3):
        make_request(name=f"Few{number}")
    with django_assert_max_num_queries(12):
        admin_client.get(QUEUE)
    for number in range(30):
        make_request("B36 8AA" if number % 2 else "B12 9AA", name=f"Many{number}")
    with django_assert_max_num_queries(12):
        assert admin_client.get(QUEUE).status_code == 200


def test_the_public_page_and_request_page_stay_within_the_query_budget(
    browser_client, admin_client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        browser_client.get("/breaking-free/")
    request = make_request()
    with django_assert_max_num_queries(12):
        admin_client.get(reverse("access_codes:staff_request", args=[request.pk]))
