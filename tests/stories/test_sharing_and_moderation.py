from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from mylife4me.accounts.roles import Role
from mylife4me.alerts import set_contact
from mylife4me.alerts.models import Notification
from mylife4me.core.search import search
from mylife4me.moderation import queue
from mylife4me.moderation.models import ActionLog, ModerationItem, OnCallShift, WatchedWord
from stories.models import Story
from tests.factories import UserFactory, make_staff
from tests.stories.helpers import STORY_FORM, make_story, make_substance

pytestmark = pytest.mark.django_db


def share(client, user=None, **changes):
    user = user or UserFactory(email="writer@example.org")
    client.force_login(user)
    data = {
        key: value for key, value in {**STORY_FORM, "submit": "1", **changes}.items() if value is not None
    }
    return client.post(reverse("stories:share"), data), user


def decide(item, decision, **kwargs):
    return queue.decide(item.pk, make_staff(Role.MODERATOR), decision, **kwargs)


def kinds_sent_to(user) -> list[str]:
    return list(
        Notification.objects.filter(recipient=user).order_by("created_at").values_list("kind", flat=True)
    )


def test_sharing_needs_an_account(client):
    response = client.get(reverse("stories:share"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_a_shared_story_is_invisible_until_a_moderator_approves_it(client):
    alcohol = make_substance()
    response, writer = share(client, substances=[alcohol.pk], title="Walking through the door")
    assert response.status_code == 302
    story = Story.objects.get()
    assert (story.state, story.author, list(story.substances.all())) == ("waiting", writer, [alcohol])
    item = ModerationItem.objects.get()
    assert (item.reason, item.crisis, item.content) == ("review", False, story)

    client.logout()
    assert "Walking through the door" not in client.get("/stories/").content.decode()
    assert "stories" not in {section.name for section in search("door")}
    assert Story.objects.get().slug == ""  # no public address yet

    decide(item, "approve")
    story.refresh_from_db()
    assert story.state == "published" and story.slug == "walking-through-the-door"
    assert "Walking through the door" in client.get("/stories/").content.decode()
    assert client.get(story.get_absolute_url()).status_code == 200
    assert "stories" in {section.name for section in search("door")}
    assert kinds_sent_to(writer) == ["stories.published"]


def test_a_moderator_can_ask_for_changes_and_the_writer_resubmits(client):
    _, writer = share(client)
    item = ModerationItem.objects.get()
    moderator = make_staff(Role.MODERATOR)
    client.force_login(moderator)
    page = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "Ask the writer for changes" in page
    response = client.post(reverse("moderation:item", args=[item.pk]), {"decision": "changes"})
    assert "Enter the changes you are asking the writer to make" in response.content.decode()
    client.post(
        reverse("moderation:item", args=[item.pk]),
        {"decision": "changes", "reason": "Please take out the name of the street."},
    )
    item.refresh_from_db()
    story = Story.objects.get()
    assert item.state == "changes" and item.resolved_by == moderator
    assert story.state == "changes" and story.moderator_note == "Please take out the name of the street."
    assert ActionLog.objects.filter(action="asked for changes", person=writer).exists()
    assert kinds_sent_to(writer) == ["stories.changes_requested"]
    body = Notification.objects.get(recipient=writer).body
    assert "Please take out the name of the street." in body

    client.force_login(writer)
    yours = client.get(reverse("stories:yours")).content.decode()
    assert "Changes asked for" in yours and "Please take out the name of the street." in yours
    edit_page = client.get(reverse("stories:edit", args=[story.pk])).content.decode()
    assert "Please take out the name of the street." in edit_page
    client.post(
        reverse("stories:edit", args=[story.pk]), {**STORY_FORM, "body": "Better now.", "submit": "1"}
    )
    story.refresh_from_db()
    assert (story.state, story.body) == ("waiting", "Better now.")
    assert ModerationItem.objects.filter(state="open").count() == 1


def test_a_moderator_declines_with_a_reason_and_the_writer_is_told(client):
    _, writer = share(client)
    decide(ModerationItem.objects.get(), "reject", reason="It names a service and a street.")
    story = Story.objects.get()
    assert story.state == "declined"
    assert kinds_sent_to(writer) == ["stories.declined"]
    assert "It names a service and a street." in Notification.objects.get(recipient=writer).body
    client.force_login(writer)
    assert "It names a service and a street." in client.get(reverse("stories:yours")).content.decode()
    assert client.get(reverse("stories:edit", args=[story.pk])).status_code == 302  # cannot change it now


def test_edit_and_approve_keeps_a_note_for_the_writer(client):
    _, writer = share(client, body="I live on a street everyone knows.")
    decide(
        ModerationItem.objects.get(),
        "edit",
        edited_text="I live somewhere.",
        reason="We took out where you live.",
    )
    story = Story.objects.get()
    assert (story.state, story.body, story.moderator_note) == (
        "published",
        "I live somewhere.",
        "We took out where you live.",
    )
    assert "We took out where you live." in Notification.objects.get(recipient=writer).body


def test_two_moderators_asking_for_changes_at_once_only_one_acts(client):
    share(client)
    item = ModerationItem.objects.get()
    decide(item, "changes", reason="First")
    with pytest.raises(queue.AlreadyDealtWith):
        decide(item, "approve")
    assert Story.objects.get().state == "changes"


def test_forum_posts_are_not_offered_ask_for_changes(client):
    from forum.models import Post
    from tests.forum.helpers import make_person, make_thread

    post = Post.objects.create(thread=make_thread(), author=make_person(0), body="hello", state="held")
    item = queue.submit(post, reason="held")
    client.force_login(make_staff(Role.MODERATOR))
    page = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "Ask the writer for changes" not in page
    with pytest.raises(queue.NotSupported):
        decide(item, "changes", reason="no")
    item.refresh_from_db()
    assert item.state == "open"  # nothing changed: the refusal rolled the decision back


def test_the_writer_can_take_a_published_story_down_at_once(client):
    writer = UserFactory()
    story = make_story(author=writer, title="Mine to take down")
    assert "Mine to take down" in client.get("/stories/").content.decode()
    client.force_login(writer)
    assert client.get(reverse("stories:unpublish", args=[story.pk])).status_code == 200
    client.post(reverse("stories:unpublish", args=[story.pk]))
    client.logout()
    assert "Mine to take down" not in client.get("/stories/").content.decode()
    assert client.get(story.get_absolute_url()).status_code == 404
    assert "stories" not in {section.name for section in search("take down")}


def test_nobody_else_can_see_change_or_take_down_a_story(client):
    story = make_story()
    client.force_login(UserFactory())
    for name in ["own_story", "edit", "unpublish"]:
        assert client.get(reverse(f"stories:{name}", args=[story.pk])).status_code == 404
    assert client.post(reverse("stories:unpublish", args=[story.pk])).status_code == 404


def test_a_draft_is_saved_private_and_not_sent_to_moderators(client):
    _response, _writer = share(client, submit=None, draft="1")
    story = Story.objects.get()
    assert story.state == "draft" and not ModerationItem.objects.exists()
    assert "Your draft is saved" in client.get(reverse("stories:yours")).content.decode()
    client.post(reverse("stories:edit", args=[story.pk]), {**STORY_FORM, "title": "New title", "draft": "1"})
    story.refresh_from_db()
    assert (story.title, story.state) == ("New title", "draft")


def test_errors_keep_everything_typed(client):
    response, _ = share(
        client, title="", body="Everything I wrote tonight", credit="first_name", credit_name=""
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in text and "Enter a title" in text
    assert "Enter the first name to show, or choose Anonymous" in text
    assert "Everything I wrote tonight" in text
    assert text.startswith("<!DOCTYPE") and "<title>Error:" in text
    assert not Story.objects.exists()


def test_a_first_name_credit_is_shown_and_checked(client):
    response, _ = share(client, credit="first_name", credit_name="Sam 123")
    assert "Enter a first name using letters only" in response.content.decode()
    share(client, credit="first_name", credit_name="Sam")
    story = Story.objects.get()
    assert story.credited_as == "Sam"
    decide(ModerationItem.objects.get(), "approve")
    assert "By Sam," in client.get(Story.objects.get().get_absolute_url()).content.decode()


def test_a_blocked_word_refuses_the_story_and_keeps_the_text(client):
    WatchedWord.objects.create(
        pattern="buy gear", action="block", message="Please do not say where to get drugs."
    )
    response, _ = share(client, body="You can buy gear near the shops")
    text = response.content.decode()
    assert "Please do not say where to get drugs." in text
    assert "You can buy gear near the shops" in text
    assert not Story.objects.exists()


def test_crisis_words_in_a_story_reach_the_moderators_as_urgent_and_the_writer_sees_help(client):
    WatchedWord.objects.create(pattern="end it all", action="crisis")
    on_call = make_staff(Role.MODERATOR)
    set_contact(on_call, phone="07700 900101")
    now = timezone.now()
    OnCallShift.objects.create(
        moderator=on_call, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1)
    )
    older = make_story(state=Story.State.WAITING)
    queue.submit(older, reason="review")

    response, writer = share(client, body="Some nights I want to end it all")
    text = response.content.decode()
    assert response.status_code == 200
    assert "You are not alone" in text and 'href="tel:999"' in text and "116 123" in text
    item = ModerationItem.objects.get(object_id=Story.objects.get(author=writer).pk, crisis=True)
    assert (item.reason, item.matched) == ("crisis", "end it all")
    assert queue.open_queue().first() == item  # crisis first, ahead of the older story
    alert = Notification.objects.get(recipient=on_call)
    assert (alert.kind, alert.channel, alert.urgent) == ("moderation.crisis", "sms", True)
    assert "end it all" not in alert.body
    client.force_login(on_call)
    assert "Crisis" in client.get(reverse("moderation:queue")).content.decode()


def test_crisis_words_in_a_draft_show_help_but_tell_nobody(client):
    WatchedWord.objects.create(pattern="end it all", action="crisis")
    response, _ = share(client, submit=None, draft="1", body="I want to end it all")
    assert "You are not alone" in response.content.decode()
    assert not ModerationItem.objects.exists() and not Notification.objects.exists()


def test_a_story_titled_like_a_page_gets_its_own_address():
    from stories import writing

    first = make_story(state=Story.State.WAITING, title="Share")
    writing.approve(first)
    assert first.slug == "share-story"
    second = make_story(state=Story.State.WAITING, title="Share")
    writing.approve(second)
    assert second.slug == "share-story-2"
