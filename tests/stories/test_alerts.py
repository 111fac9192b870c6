import re

import pytest
from django.urls import reverse

from mylife4me.alerts import set_contact
from mylife4me.alerts.models import Notification
from mylife4me.alerts.preferences import suppress
from stories import announcing, subscriptions
from stories.alert_kinds import NEW_STORY
from stories.models import Story, Subscription
from tests.factories import UserFactory
from tests.stories.helpers import make_story

pytestmark = pytest.mark.django_db


def confirm_link(notification) -> str:
    return re.search(r"(/stories/alerts/confirm/[^/\s]+/)", notification.body).group(1)


def test_a_person_with_an_account_chooses_stages(client):
    person = UserFactory(email="reader@example.org")
    client.force_login(person)
    page = client.get(reverse("stories:alerts")).content.decode()
    assert "/account/alerts/" in page and "Family and friends" in page
    client.post(reverse("stories:alerts"), {"stages": ["family", "early"]})
    assert sorted(subscriptions.user_stages(person)) == ["early", "family"]
    client.post(reverse("stories:alerts"), {"stages": ["early"]})
    assert subscriptions.user_stages(person) == ["early"]


def test_an_address_without_an_account_is_kept_only_after_confirming(browser_client):
    client = browser_client
    response = client.post(
        reverse("stories:alerts"), {"stages": ["early", "family"], "address": "Reader@Example.org"}
    )
    assert response.status_code == 200 and "Check your email" in response.content.decode()
    assert not Subscription.objects.exists()
    sent = Notification.objects.get()
    assert (sent.kind, sent.address, sent.recipient) == (
        "stories.confirm_subscription",
        "reader@example.org",
        None,
    )
    assert "/alerts/stop/" in sent.body
    link = confirm_link(sent)
    page = client.get(link)
    assert "Yes, send me alerts" in page.content.decode() and page.cookies == {}
    assert not Subscription.objects.exists()  # opening the link is not enough: a mail scanner may open it
    client.post(link)
    assert sorted(Subscription.objects.values_list("address", "stage")) == [
        ("reader@example.org", "early"),
        ("reader@example.org", "family"),
    ]


def test_a_mobile_number_gets_a_text_and_errors_keep_what_was_typed(client):
    response = client.post(reverse("stories:alerts"), {"stages": ["early"], "address": "0121 496 0000"})
    text = response.content.decode()
    assert "govuk-error-summary" in text and "0121 496 0000" in text
    assert "Early recovery" in text
    response = client.post(reverse("stories:alerts"), {"address": "07700 900982"})
    assert "Choose at least one kind of story" in response.content.decode()
    assert "07700 900982" in response.content.decode()
    client.post(reverse("stories:alerts"), {"stages": ["early"], "address": "07700 900982"})
    sent = Notification.objects.get()
    assert (sent.channel, sent.address) == ("sms", "+447700900982")
    assert len(sent.body) < 459


def test_a_changed_or_old_link_does_nothing(client):
    token = subscriptions.confirmation_token("a@example.org", ["early"])
    assert client.post(reverse("stories:confirm_alerts", args=[token[:-2] + "xx"])).status_code == 404
    assert not Subscription.objects.exists()


def test_asking_for_many_links_is_limited(client):
    for n in range(8):
        client.post(reverse("stories:alerts"), {"stages": ["early"], "address": f"p{n}@example.org"})
    assert Notification.objects.count() == 5


def test_a_new_story_alerts_each_subscriber_once_with_a_stop_link():
    person = UserFactory(email="person@example.org")
    texter = UserFactory()
    set_contact(texter, "07700 900111")
    from mylife4me.alerts.preferences import set_choice

    set_choice(texter, NEW_STORY, "sms")
    subscriptions.set_user_stages(person, ["early"])
    subscriptions.set_user_stages(texter, ["early", "family"])
    subscriptions.confirm("bare@example.org", ["early"])
    subscriptions.confirm("other-stage@example.org", ["family"])
    writer = UserFactory(email="writer@example.org")
    subscriptions.set_user_stages(writer, ["early"])
    story = make_story(author=writer, stage="early")
    Story.objects.filter(pk=story.pk).update(announced_at=None)

    assert announcing.announce(story.pk) == 3
    assert announcing.announce(story.pk) == 0  # a second run alerts nobody again
    sent = Notification.objects.filter(kind=NEW_STORY)
    assert sorted((n.channel, n.address) for n in sent) == [
        ("email", "bare@example.org"),
        ("email", "person@example.org"),
        ("sms", "+447700900111"),
    ]
    for notification in sent:
        assert "/alerts/stop/" in notification.body
        assert story.get_absolute_url() in notification.body


def test_an_address_that_stopped_is_taken_off_the_list():
    subscriptions.confirm("stopped@example.org", ["early"])
    suppress("stopped@example.org", NEW_STORY)
    story = make_story(stage="early")
    Story.objects.filter(pk=story.pk).update(announced_at=None)
    assert announcing.announce(story.pk) == 0
    assert not Subscription.objects.exists()


def test_approving_a_story_queues_its_announcement_after_commit(
    django_capture_on_commit_callbacks, monkeypatch
):
    from mylife4me.accounts.roles import Role
    from mylife4me.moderation import queue
    from stories import tasks
    from tests.factories import make_staff

    queued = []
    monkeypatch.setattr(tasks.announce_story, "apply_async", lambda args, **kwargs: queued.append(args))
    story = make_story(state="waiting", stage="early")
    item = queue.submit(story, reason="review")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        queue.decide(item.pk, make_staff(Role.MODERATOR), "approve")
    assert queued == []  # nothing goes to the broker before the approval is committed
    for callback in callbacks:
        callback()
    assert queued == [(story.pk,)]


def test_a_story_the_broker_missed_is_announced_by_the_beat_task():
    subscriptions.confirm("bare@example.org", ["early"])
    story = make_story(stage="early")
    Story.objects.filter(pk=story.pk).update(announced_at=None)
    assert announcing.announce_missed() == 1
    assert announcing.announce_missed() == 0
