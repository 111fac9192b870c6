"""A new story's alert goes from a moderator's approval, through a real Celery worker, to a subscriber."""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction

from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from mylife4me.moderation import queue
from stories import subscriptions
from stories.alert_kinds import NEW_STORY
from tests.factories import UserFactory, make_staff
from tests.integration.conftest import wait_for
from tests.stories.helpers import make_story

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_a_new_story_alert_reaches_a_subscriber(recording, celery_worker):
    Group.objects.get_or_create(name=str(Role.MODERATOR))  # in case a flush elsewhere removed it
    subscriptions.confirm("reader@example.org", ["early"])
    member = UserFactory(email="member@example.org")
    subscriptions.set_user_stages(member, ["early", "family"])
    story = make_story(state="waiting", stage="early", title="Six months on")
    item = queue.submit(story, reason="review")
    with transaction.atomic():
        queue.decide(item.pk, make_staff(Role.MODERATOR), "approve")

    def sent():
        rows = list(Notification.objects.filter(kind=NEW_STORY, state=Notification.State.SENT))
        return rows if len(rows) == 2 else None

    rows = wait_for(sent, timeout=30, what="the new-story alerts to be sent")
    assert sorted(row.address for row in rows) == ["member@example.org", "reader@example.org"]
    for row in rows:
        assert recording.times_sent(row.pk) == 1
        assert "/alerts/stop/" in row.body
