"""The alerts outbox with a real Celery worker, PostgreSQL and Redis: nothing lost, nothing sent twice."""

import threading
import time

import pytest
from django.db import connections, transaction

from mylife4me.alerts import delivery, notify
from mylife4me.alerts.models import Notification
from mylife4me.celery import app as celery_app
from tests.integration.conftest import broker_unreachable, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def state_of(notification) -> str:
    return Notification.objects.values_list("state", flat=True).get(pk=notification.pk)


def wait_until_sent(notification, timeout: float = 20) -> None:
    wait_for(lambda: state_of(notification) == "sent", timeout, f"notification {notification.pk} to be sent")


def test_committed_notification_is_delivered_once(recording, celery_worker):
    with transaction.atomic():
        [email] = notify("sam@example.org", "alerts.test", {})
        [sms] = notify("07700 900123", "alerts.test", {})

    wait_until_sent(email)
    wait_until_sent(sms)
    assert recording.times_sent(email.pk) == 1
    assert recording.times_sent(sms.pk) == 1


def test_rolled_back_notification_is_never_sent(recording, celery_worker):
    class Undo(Exception):
        pass

    with pytest.raises(Undo), transaction.atomic():
        [undone] = notify("sam@example.org", "alerts.test", {})
        raise Undo
    # A later message goes through the same worker, so the first had every chance to be sent.
    with transaction.atomic():
        [later] = notify("alex@example.org", "alerts.test", {})
    wait_until_sent(later)

    assert not Notification.objects.filter(pk=undone.pk).exists()
    assert recording.references() == {str(later.pk): 1}


def test_broker_down_at_commit_leaves_it_pending_until_requeued(recording, celery_worker):
    with broker_unreachable(), transaction.atomic():
        [row] = notify("sam@example.org", "alerts.test", {})
    # The commit went through even though queuing failed; the row waits.
    time.sleep(1)
    assert state_of(row) == "pending"
    assert recording.times_sent(row.pk) == 0

    counts = delivery.requeue_stale(pending_after=0)  # what the beat task does once the broker is back

    assert counts["requeued"] == 1
    wait_until_sent(row)
    assert recording.times_sent(row.pk) == 1


def test_worker_killed_mid_send_loses_nothing_and_sends_nothing_twice(recording, start_worker):
    first = start_worker()
    recording.block()
    with transaction.atomic():
        [row] = notify("07700 900456", "alerts.test", {})
    wait_for(lambda: str(row.pk) in recording.entered(), what="the worker to start sending")
    assert state_of(row) == "sending"

    first.kill()
    start_worker()
    recording.unblock()
    # The beat task finds it stuck in "sending", asks the backend whether it went, and sends it again.
    counts = delivery.requeue_stale(sending_after=0)

    assert counts["requeued"] == 1
    wait_until_sent(row)
    time.sleep(0.5)  # room for a duplicate to show up if there were one
    assert recording.times_sent(row.pk) == 1


def test_worker_killed_after_the_provider_accepted_is_not_sent_again(recording, celery_worker):
    with transaction.atomic():
        [row] = notify("07700 900457", "alerts.test", {})
    wait_until_sent(row)
    # As if the worker died between the provider's answer and writing "sent".
    Notification.objects.filter(pk=row.pk).update(state="sending")

    counts = delivery.requeue_stale(sending_after=0)

    assert counts == {"requeued": 0, "found_sent": 1, "unknown": 0}
    assert state_of(row) == "sent"
    assert recording.times_sent(row.pk) == 1


def test_same_delivery_task_twice_at_once_sends_once(recording, celery_worker):
    recording.block()
    with transaction.atomic():
        [row] = notify("sam@example.org", "alerts.test", {})
    wait_for(lambda: str(row.pk) in recording.entered(), what="the first task to start sending")
    celery_app.send_task("alerts.deliver", (str(row.pk),))  # the same task again, while the first is mid-send
    wait_for(lambda: "'skipped'" in celery_worker.log(), what="the second task to finish")
    recording.unblock()

    wait_until_sent(row)
    assert recording.times_sent(row.pk) == 1


def test_racing_deliveries_in_threads_send_once(recording, settings):
    """Many deliveries of one notification started at the same instant: the row lock lets one through."""
    with transaction.atomic():
        rows = notify("sam@example.org", "alerts.test", {})
    start = threading.Barrier(6)
    results = []

    def run() -> None:
        start.wait()
        try:
            results.append(delivery.deliver(rows[0].pk))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == ["sent"] + ["skipped"] * 5
    assert recording.times_sent(rows[0].pk) == 1
