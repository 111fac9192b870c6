from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.models import Post
from mylife4me.accounts.roles import Role
from mylife4me.alerts import set_contact
from mylife4me.alerts.models import Notification
from mylife4me.moderation import alerting, queue
from mylife4me.moderation.models import ModerationItem, OnCallShift, WatchedWord
from tests.factories import make_staff
from tests.forum.helpers import make_person, make_thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def rota():
    now = timezone.now()
    first = make_staff(Role.MODERATOR)
    second = make_staff(Role.MODERATOR)
    lead = make_staff(Role.MODERATOR)
    set_contact(first, phone="07700 900101")
    set_contact(second, phone="07700 900102")
    set_contact(lead, phone="07700 900103")
    start, end = now - timedelta(hours=1), now + timedelta(hours=8)
    OnCallShift.objects.create(moderator=first, starts_at=start, ends_at=end, position=1)
    OnCallShift.objects.create(moderator=second, starts_at=start, ends_at=end, position=2)
    OnCallShift.objects.create(moderator=lead, starts_at=start, ends_at=end, position=3, is_staff_lead=True)
    return first, second, lead


@pytest.fixture
def crisis_words():
    WatchedWord.objects.create(pattern="end it all", action="crisis")
    WatchedWord.objects.create(pattern="kill myself", action="crisis")


def post_in_crisis(client, text="I want to end it all tonight"):
    writer = make_person(1)
    thread = make_thread()
    client.force_login(writer)
    return client.post(reverse("forum:reply", args=[thread.pk, thread.slug]), {"body": text}), thread


def test_a_crisis_post_shows_help_jumps_the_queue_and_texts_the_on_call_moderator(client, rota, crisis_words):
    first = rota[0]
    older = make_person(0)
    old_post = Post.objects.create(
        thread=make_thread(title="Older"), author=older, body="hello", state="held"
    )
    queue.submit(old_post, reason="held")
    response, _ = post_in_crisis(client)
    assert response.status_code == 200
    text = response.content.decode()
    assert "You are not alone" in text
    assert 'href="tel:999"' in text and "116 123" in text
    assert "0121 496 0000" in text and "(demo number)" in text
    post = Post.objects.get(body="I want to end it all tonight")
    assert post.state == Post.State.HELD
    assert next(iter(queue.open_queue())).content == post
    texts = Notification.objects.filter(kind="moderation.crisis")
    assert [(n.recipient, n.channel, n.urgent) for n in texts] == [(first, "sms", True)]
    assert "end it all" not in texts[0].body
    client.force_login(first)
    queue_page = client.get("/moderation/").content.decode()
    assert queue_page.index("Crisis") < queue_page.index("Older")


def test_a_crisis_post_can_stay_visible_by_setting(client, settings, rota, crisis_words):
    settings.CRISIS_POST_STAYS_VISIBLE = True
    post_in_crisis(client)
    post = Post.objects.get(body="I want to end it all tonight")
    assert post.state == Post.State.VISIBLE
    assert ModerationItem.objects.get(object_id=post.pk).crisis


def test_nobody_acting_in_time_escalates_to_the_next_on_the_rota_and_the_staff_lead(
    client, rota, crisis_words
):
    _, second, lead = rota
    post_in_crisis(client)
    assert alerting.escalate_overdue_crises() == 0  # not yet 15 minutes
    ModerationItem.objects.update(alerted_at=timezone.now() - timedelta(minutes=16))
    assert alerting.escalate_overdue_crises() == 1
    escalated = Notification.objects.filter(kind="moderation.crisis_escalated")
    assert {(n.recipient, n.channel, n.urgent) for n in escalated} == {
        (second, "sms", True),
        (lead, "sms", True),
    }
    assert alerting.escalate_overdue_crises() == 0  # only once


def test_no_escalation_when_a_moderator_acted(client, rota, crisis_words):
    first, _, _ = rota
    post_in_crisis(client)
    item = ModerationItem.objects.get()
    queue.decide(item.pk, first, "approve")
    ModerationItem.objects.update(alerted_at=timezone.now() - timedelta(minutes=60))
    assert alerting.escalate_overdue_crises() == 0


def test_with_nobody_on_the_rota_every_moderator_is_alerted(client, crisis_words):
    moderators = [make_staff(Role.MODERATOR) for _ in range(2)]
    for number, moderator in enumerate(moderators):
        set_contact(moderator, phone=f"07700 90020{number}")
    post_in_crisis(client, "I could kill myself")
    assert {n.recipient for n in Notification.objects.filter(kind="moderation.crisis")} == set(moderators)


def test_celery_beat_runs_the_escalation_every_minute(client, settings, rota, crisis_words):
    from mylife4me.moderation import tasks

    entry = settings.CELERY_BEAT_SCHEDULE["moderation-escalate-crises"]
    assert (entry["task"], entry["schedule"]) == (tasks.escalate_overdue_crises.name, 60.0)
    post_in_crisis(client)
    ModerationItem.objects.update(alerted_at=timezone.now() - timedelta(minutes=16))
    assert tasks.escalate_overdue_crises() == 1


def test_long_waits_alert_moderators_once(rota):
    first, _, _ = rota
    first.email = "first@example.com"
    first.save()
    post = Post.objects.create(thread=make_thread(), author=make_person(0), body="hi", state="held")
    queue.submit(post, reason="held")
    assert alerting.alert_long_waits() == 0
    ModerationItem.objects.update(created_at=timezone.now() - timedelta(hours=2))
    assert alerting.alert_long_waits() == 1
    assert Notification.objects.filter(kind="moderation.waiting", recipient=first).exists()
    assert alerting.alert_long_waits() == 0
