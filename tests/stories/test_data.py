import datetime

import pytest
from django.urls import reverse

from mylife4me.accounts.personal_data import delete_account, export_user_data
from mylife4me.accounts.roles import Role
from mylife4me.figures.registry import get_section
from mylife4me.moderation import queue
from mylife4me.moderation.models import ModerationItem
from stories import demo, helped, subscriptions
from stories.models import HelpedDay, Story, Subscription
from tests.factories import UserFactory, make_staff
from tests.stories.helpers import make_story

pytestmark = pytest.mark.django_db


def test_a_person_downloads_their_stories_and_alert_choices():
    writer = UserFactory()
    make_story(author=writer, title="My own words")
    subscriptions.set_user_stages(writer, ["family"])
    data = export_user_data(writer)["stories"]
    assert data["stories"][0]["title"] == "My own words"
    assert data["stories"][0]["status"] == "Published"
    assert data["alerts_about_new_stories"] == ["Family and friends"]


def test_deleting_an_account_removes_its_stories_queue_entries_and_alerts(client):
    writer = UserFactory()
    published = make_story(author=writer, title="Gone with the account")
    waiting = make_story(author=writer, state="waiting")
    queue.submit(waiting, reason="review")
    subscriptions.set_user_stages(writer, ["early"])
    helped.count_one(published)
    delete_account(writer)
    assert not Story.objects.exists() and not HelpedDay.objects.exists()
    assert not ModerationItem.objects.exists() and not Subscription.objects.exists()
    assert "Gone with the account" not in client.get("/stories/").content.decode()


def test_the_demo_makes_a_dozen_clearly_marked_stories_once(client):
    said = []
    demo.load_stories(said.append)
    demo.load_stories(said.append)
    stories = Story.objects.all()
    assert stories.count() == 12 and all(story.demo and story.title.startswith("Demo:") for story in stories)
    assert stories.filter(featured=True).count() >= 2
    assert {story.stage for story in stories} == {"thinking", "treatment", "early", "long_term", "family"}
    assert "12 new demo stories" in said[0] and "0 new demo stories" in said[1]
    for word in ["addict", "misuser", "abuser"]:
        assert not any(word in story.body.lower() for story in stories)
    page = client.get(stories.first().get_absolute_url()).content.decode()
    assert "illustrative demo story" in page


def test_figures_count_published_stories_and_helped_by_day():
    story = make_story(stage="family")
    Story.objects.filter(pk=story.pk).update(
        published_at=datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC)
    )
    HelpedDay.objects.create(story=story, date=datetime.date(2025, 3, 11), count=4)
    HelpedDay.objects.create(story=story, date=datetime.date(2025, 5, 1), count=9)
    section = get_section("stories")
    assert (section.heading, section.order) == ("Recovery stories", 60)
    tables = section.tables(datetime.date(2025, 3, 1), datetime.date(2025, 3, 31))
    assert [list(row) for row in tables[0].rows] == [["March 2025", 1]]
    assert ["Family and friends", 4] in [list(row) for row in tables[1].rows]
    assert [list(row) for row in tables[2].rows] == [[story.title, "Family and friends", 4]]


def test_admin_lists_stories_for_an_admin(client):
    make_story(title="In the admin")
    client.force_login(make_staff(superuser=True))
    response = client.get(reverse("admin:stories_story_changelist"))
    assert response.status_code == 200 and "In the admin" in response.content.decode()
    assert client.get(reverse("admin:stories_subscription_changelist")).status_code == 200


def test_pages_for_writers_need_an_account(client):
    for name in ["share", "yours"]:
        assert "/account/login/" in client.get(reverse(f"stories:{name}"))["Location"]
    assert client.get(reverse("stories:alerts")).status_code == 200


def test_moderators_can_see_the_story_queue_item(client):
    story = make_story(state="waiting", title="For the queue")
    queue.submit(story, reason="review")
    client.force_login(make_staff(Role.MODERATOR))
    text = client.get(reverse("moderation:queue")).content.decode()
    assert "Story: For the queue" in text and "Checked before publishing" in text
