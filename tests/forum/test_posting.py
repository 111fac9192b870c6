from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.models import Post, Thread
from mylife4me.accounts.roles import Role
from mylife4me.alerts.models import Notification
from mylife4me.moderation import queue
from mylife4me.moderation.models import ModerationItem, Standing, WatchedWord
from tests.factories import make_staff
from tests.forum.helpers import make_category, make_person, make_thread

pytestmark = pytest.mark.django_db


def reply_url(thread: Thread) -> str:
    return reverse("forum:reply", args=[thread.pk, thread.slug])


def post_reply(client, thread, body, **extra):
    return client.post(reply_url(thread), {"body": body, **extra})


def test_posting_needs_an_account(client):
    thread = make_thread()
    response = post_reply(client, thread, "Hello")
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert client.get(reverse("forum:new_thread", args=[thread.category.slug])).status_code == 302


def test_the_first_post_asks_to_agree_to_the_rules_and_keeps_the_text(client):
    person = make_person(0, agreed=False)
    client.force_login(person)
    thread = make_thread()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "words that suggest someone is in danger" in page
    response = post_reply(client, thread, "My words stay here")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Tick the box to say you agree to the community rules" in text
    assert "My words stay here" in text
    assert "<title>Error: " in text
    assert not Post.objects.filter(body="My words stay here").exists()
    response = post_reply(client, thread, "My words stay here", agree_rules="on")
    assert response.status_code == 302
    assert Standing.objects.get(user=person).agreed_rules_at is not None


def test_rules_page_explains_danger_word_checks_and_no_private_messages(client):
    text = client.get("/forum/rules/").content.decode()
    assert "Only moderators see what was found" in text
    assert "no private messages" in text.lower()


def test_a_new_persons_post_is_held_until_a_moderator_approves_it(client):
    writer = make_person(0, email="writer@example.com")
    thread = make_thread()
    client.force_login(writer)
    response = post_reply(client, thread, "My first post here")
    post = Post.objects.get(body="My first post here")
    assert post.state == Post.State.HELD
    own = client.get(response["Location"], follow=True).content.decode()
    assert "My first post here" in own
    assert "Waiting for a moderator" in own
    client.logout()
    assert "My first post here" not in client.get(thread.get_absolute_url()).content.decode()
    other = make_person(1)
    client.force_login(other)
    assert "My first post here" not in client.get(thread.get_absolute_url()).content.decode()
    moderator = make_staff(Role.MODERATOR)
    item = ModerationItem.objects.get(object_id=post.pk)
    queue.decide(item.pk, moderator, "approve")
    assert "My first post here" in client.get(thread.get_absolute_url()).content.decode()
    thread.refresh_from_db()
    assert thread.post_count == 2
    alert = Notification.objects.get(kind="forum.post_approved", recipient=writer)
    assert "My first post here" not in alert.body


def test_a_new_thread_from_a_new_person_is_hidden_from_others_until_approved(client):
    writer = make_person(0)
    category = make_category()
    client.force_login(writer)
    response = client.post(
        reverse("forum:new_thread", args=[category.slug]), {"title": "Day one", "body": "Starting today."}
    )
    assert response.status_code == 302
    thread = Thread.objects.get(title="Day one")
    assert "Your thread is waiting for a moderator" in client.get(thread.get_absolute_url()).content.decode()
    assert "Day one" in client.get(category.get_absolute_url()).content.decode()
    client.logout()
    assert client.get(thread.get_absolute_url()).status_code == 404
    assert "Day one" not in client.get(category.get_absolute_url()).content.decode()
    item = ModerationItem.objects.get(object_id=thread.posts.get().pk)
    queue.decide(item.pk, make_staff(Role.MODERATOR), "approve")
    assert client.get(thread.get_absolute_url()).status_code == 200
    category.refresh_from_db()
    assert category.thread_count == 1


def test_a_rejected_post_tells_the_writer_why_and_stays_hidden(client):
    writer = make_person(0, email="writer@example.com")
    thread = make_thread()
    client.force_login(writer)
    post_reply(client, thread, "Something not ok")
    post = Post.objects.get(body="Something not ok")
    item = ModerationItem.objects.get(object_id=post.pk)
    queue.decide(
        item.pk,
        make_staff(Role.MODERATOR),
        "reject",
        reason="Please do not name places where drugs are sold.",
    )
    post.refresh_from_db()
    assert post.state == Post.State.REJECTED
    alert = Notification.objects.get(kind="forum.post_rejected", recipient=writer)
    assert "Please do not name places where drugs are sold." in alert.body
    assert "Something not ok" not in alert.body
    client.logout()
    assert "Something not ok" not in client.get(thread.get_absolute_url()).content.decode()


def test_level_one_posts_appear_at_once(client):
    writer = make_person(1)
    thread = make_thread()
    client.force_login(writer)
    post_reply(client, thread, "Straight in")
    client.logout()
    assert "Straight in" in client.get(thread.get_absolute_url()).content.decode()
    assert not ModerationItem.objects.exists()


def test_level_one_comes_after_approved_posts_and_time(settings):
    from mylife4me.moderation import standing

    settings.TRUST_LEVEL1_APPROVED_POSTS = 3
    settings.TRUST_LEVEL1_MIN_DAYS = 2
    person = make_person(0, date_joined=timezone.now() - timedelta(days=1))
    Standing.objects.filter(user=person).update(approved_count=3)
    assert standing.trust_level(person) == 0
    person.date_joined = timezone.now() - timedelta(days=3)
    person.save()
    assert standing.trust_level(person) == 1


def test_new_people_cannot_post_links_and_keep_their_text(client):
    writer = make_person(0)
    thread = make_thread()
    client.force_login(writer)
    for text in [
        "see https://example.com",
        "go to www.example.com",
        "[click](http://x.test)",
        "spam.co.uk deals",
    ]:
        response = post_reply(client, thread, text)
        assert response.status_code == 200
        assert "New members cannot post web links yet" in response.content.decode()
        assert text.split()[0] in response.content.decode()
    assert not Post.objects.filter(author=writer).exists()


def test_links_from_level_one_people_work(client):
    writer = make_person(1)
    thread = make_thread()
    client.force_login(writer)
    post_reply(client, thread, "[FRANK](https://www.talktofrank.com)")
    html = client.get(thread.get_absolute_url()).content.decode()
    assert 'href="https://www.talktofrank.com"' in html


def test_new_people_can_post_once_every_two_minutes_and_ten_times_a_day(client):
    writer = make_person(0)
    thread = make_thread()
    client.force_login(writer)
    assert post_reply(client, thread, "One").status_code == 302
    response = post_reply(client, thread, "Two too soon")
    assert "every 2 minutes" in response.content.decode()
    assert "Two too soon" in response.content.decode()
    earlier = timezone.now() - timedelta(minutes=3)
    Post.objects.filter(author=writer).update(created_at=earlier)
    Post.objects.bulk_create(
        [Post(thread=thread, author=writer, body=f"old {n}", created_at=earlier) for n in range(9)]
    )
    response = post_reply(client, thread, "Eleventh today")
    assert "limit of 10 posts" in response.content.decode()


def test_blocked_words_are_refused_with_a_message_and_the_text_is_kept(client):
    WatchedWord.objects.create(
        pattern="sell*", action="block", message="Please do not buy or sell anything here."
    )
    writer = make_person(1)
    thread = make_thread()
    client.force_login(writer)
    response = post_reply(client, thread, "I am Selling some of my pills")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Please do not buy or sell anything here." in text
    assert "I am Selling some of my pills" in text
    assert not Post.objects.filter(author=writer).exists()


def test_hold_words_send_even_a_trusted_post_to_the_queue(client):
    WatchedWord.objects.create(pattern="methadone dose", action="hold")
    writer = make_person(1)
    thread = make_thread()
    client.force_login(writer)
    post_reply(client, thread, "What methadone  dose should I take")
    post = Post.objects.get(author=writer)
    assert post.state == Post.State.HELD
    assert ModerationItem.objects.get(object_id=post.pk).matched == "methadone dose"


def test_a_silenced_person_can_read_but_not_post(client):
    writer = make_person(1)
    moderator = make_staff(Role.MODERATOR)
    from mylife4me.moderation import standing

    standing.silence(moderator, writer, hours=2, reason="Cooling off")
    thread = make_thread()
    client.force_login(writer)
    assert client.get(thread.get_absolute_url()).status_code == 200
    response = post_reply(client, thread, "Let me in")
    assert "A moderator has paused your posting" in response.content.decode()
    Standing.objects.filter(user=writer).update(silenced_until=timezone.now() - timedelta(seconds=1))
    assert post_reply(client, thread, "Let me in").status_code == 302


def test_a_locked_thread_takes_no_replies(client):
    writer = make_person(1)
    thread = make_thread()
    thread.locked = True
    thread.save()
    client.force_login(writer)
    response = post_reply(client, thread, "Hello?")
    assert "closed to new replies" in response.content.decode()
    assert not Post.objects.filter(author=writer).exists()


def test_followers_get_a_reply_alert_without_the_posts_words(client):
    follower = make_person(1, email="follower@example.com")
    thread = make_thread(author=follower)
    from forum import subscriptions

    subscriptions.follow(follower, thread)
    writer = make_person(1, email="writer@example.com")
    client.force_login(writer)
    post_reply(client, thread, "A private worry of mine")
    alert = Notification.objects.get(kind="forum.reply", recipient=follower)
    assert "A private worry of mine" not in alert.body
    assert "/forum/p/" in alert.body
    assert not Notification.objects.filter(kind="forum.reply", recipient=writer).exists()
    # The writer now follows the thread too.
    client.force_login(follower)
    post_reply(client, thread, "Thanks")
    assert Notification.objects.filter(kind="forum.reply", recipient=writer).count() == 1


def test_people_can_stop_following(client):
    person = make_person(1)
    thread = make_thread()
    client.force_login(person)
    client.post(reverse("forum:follow", args=[thread.pk]), {"follow": "yes"})
    assert thread.subscriptions.filter(user=person).exists()
    client.post(reverse("forum:follow", args=[thread.pk]), {"follow": "no"})
    assert not thread.subscriptions.filter(user=person).exists()


def test_form_pages_never_fail_on_odd_input(client):
    person = make_person(0, agreed=False)
    category = make_category()
    client.force_login(person)
    for data in [{}, {"title": "x" * 500, "body": "y" * 20000}, {"title": "\x00", "body": "\x00"}]:
        response = client.post(reverse("forum:new_thread", args=[category.slug]), data)
        assert response.status_code == 200
        assert "There is a problem" in response.content.decode()
