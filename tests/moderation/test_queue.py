import threading
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum.models import Post
from mylife4me.accounts.roles import Role
from mylife4me.moderation import queue, standing
from mylife4me.moderation.models import ActionLog, ModerationItem, PersonNote, Standing
from tests.factories import make_staff
from tests.forum.helpers import make_person, make_thread
from tests.services import need

pytestmark = pytest.mark.django_db


def held_post(text="Please check me", author=None):
    post = Post.objects.create(thread=make_thread(), author=author or make_person(0), body=text, state="held")
    return post, queue.submit(post, reason="held")


def test_the_queue_needs_a_moderator_with_two_factor_authentication(client):
    assert "/account/login/" in client.get("/moderation/")["Location"]
    client.force_login(make_person(1))
    assert client.get("/moderation/").status_code == 403
    client.force_login(make_staff(Role.MODERATOR, mfa=False))
    assert "/2fa/" in client.get("/moderation/")["Location"]
    client.force_login(make_staff(Role.MODERATOR))
    assert client.get("/moderation/").status_code == 200


def test_a_moderator_approves_from_the_queue_page(client):
    post, item = held_post()
    moderator = make_staff(Role.MODERATOR)
    client.force_login(moderator)
    assert "Please check me" in client.get("/moderation/").content.decode()
    response = client.post(reverse("moderation:item", args=[item.pk]), {"decision": "approve"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.state == Post.State.VISIBLE
    entry = ActionLog.objects.get()
    assert (entry.actor, entry.action, entry.person) == (moderator, "approved", post.author)
    assert "Please check me" not in client.get("/moderation/").content.decode()


def test_edit_and_approve_changes_the_text_and_notes_the_writer(client):
    post, item = held_post("My name is Jo Bloggs from Small Heath")
    client.force_login(make_staff(Role.MODERATOR))
    client.post(
        reverse("moderation:item", args=[item.pk]),
        {
            "decision": "edit",
            "edited_text": "My name is J",
            "reason": "We took out your full name to keep you safe.",
        },
    )
    post.refresh_from_db()
    assert (post.body, post.state) == ("My name is J", "visible")
    assert post.edited_at is not None


def test_reject_needs_a_reason_and_the_form_keeps_what_was_typed(client):
    _, item = held_post()
    client.force_login(make_staff(Role.MODERATOR))
    response = client.post(
        reverse("moderation:item", args=[item.pk]), {"decision": "reject", "edited_text": "kept"}
    )
    assert response.status_code == 200
    assert "Enter a reason for the writer" in response.content.decode()
    assert "kept" in response.content.decode()
    item.refresh_from_db()
    assert item.state == "open"


def test_hide_takes_a_visible_post_down(client):
    post = Post.objects.create(thread=make_thread(), author=make_person(1), body="Visible", state="visible")
    item = queue.submit(post, reason="flagged")
    queue.decide(item.pk, make_staff(Role.MODERATOR), "hide", reason="Unkind")
    post.refresh_from_db()
    assert post.state == Post.State.HIDDEN


def test_the_second_of_two_moderators_is_told_who_acted(client):
    post, item = held_post()
    first, second = make_staff(Role.MODERATOR), make_staff(Role.MODERATOR)
    queue.decide(item.pk, first, "approve")
    with pytest.raises(queue.AlreadyDealtWith, match=first.username):
        queue.decide(item.pk, second, "reject", reason="no")
    client.force_login(second)
    response = client.post(
        reverse("moderation:item", args=[item.pk]), {"decision": "reject", "reason": "x"}, follow=True
    )
    assert f"{first.username} has already dealt with this" in response.content.decode()
    post.refresh_from_db()
    assert post.state == Post.State.VISIBLE
    assert ActionLog.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_moderators_approving_at_once_only_one_succeeds():
    need(connection.vendor == "postgresql", "the two-at-once test needs PostgreSQL (DATABASE_URL)")
    Group.objects.get_or_create(name=str(Role.MODERATOR))  # an earlier flush may have emptied the table
    _, item = held_post()
    moderators = [make_staff(Role.MODERATOR), make_staff(Role.MODERATOR)]
    barrier = threading.Barrier(2)
    results: list[str] = []

    def act(moderator):
        try:
            barrier.wait()
            queue.decide(item.pk, moderator, "approve")
            results.append("done")
        except queue.AlreadyDealtWith as error:
            results.append(str(error))
        finally:
            connections.close_all()

    workers = [threading.Thread(target=act, args=[moderator]) for moderator in moderators]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(results)[0] == "done"
    assert "has already dealt with this" in sorted(results)[1]
    assert ActionLog.objects.filter(action="approved").count() == 1
    assert Standing.objects.get(user=item.author).approved_count == 1


def test_queue_page_query_count_does_not_grow_with_ten_times_the_items(client, django_assert_num_queries):
    moderator = make_staff(Role.MODERATOR)
    client.force_login(moderator)
    for _ in range(3):
        post, _ = held_post()
        PersonNote.objects.create(person=post.author, written_by_name="x", text="A note")
    client.get("/moderation/")
    with CaptureQueriesContext(connection) as few:
        client.get("/moderation/")
    for _ in range(30):
        post, _ = held_post()
        PersonNote.objects.create(person=post.author, written_by_name="x", text="A note")
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get("/moderation/")
    assert len(few.captured_queries) <= 12
    assert response.content.decode().count("A note") == 33


def test_notes_on_a_person_show_beside_their_posts(client):
    post, item = held_post()
    moderator = make_staff(Role.MODERATOR)
    client.force_login(moderator)
    client.post(
        reverse("moderation:person", args=[post.author.pk]), {"action": "note", "text": "Had a hard week"}
    )
    assert "Had a hard week" in client.get("/moderation/").content.decode()
    assert "Had a hard week" in client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    client.force_login(post.author)
    assert "Had a hard week" not in client.get(post.thread.get_absolute_url()).content.decode()


def test_moderators_can_set_a_trust_level(client):
    person = make_person(0)
    client.force_login(make_staff(Role.MODERATOR))
    client.post(reverse("moderation:person", args=[person.pk]), {"action": "trust1"})
    assert standing.trust_level(person) == 1
    assert ActionLog.objects.filter(person=person, action="set trust level 1").exists()


def test_suspension_stops_sign_in_and_ends_by_itself(client):
    from django.contrib.auth import authenticate

    from tests.factories import PASSWORD

    person = make_person(1)
    moderator = make_staff(Role.MODERATOR)
    client.force_login(person)
    standing.suspend(moderator, person, days=7, reason="Selling")
    assert client.get("/account/").status_code == 302  # the open session no longer works
    assert authenticate(username=person.username, password=PASSWORD) is None
    assert standing.restore_expired_suspensions() == 0
    Standing.objects.filter(user=person).update(suspended_until=timezone.now() - timedelta(minutes=1))
    assert standing.restore_expired_suspensions() == 1
    assert authenticate(username=person.username, password=PASSWORD) is not None
    actions = list(ActionLog.objects.filter(person=person).values_list("action", flat=True))
    assert actions == ["suspension ended", "suspended for 7 days"]


def test_silence_from_the_person_page_is_logged(client):
    person = make_person(1)
    client.force_login(make_staff(Role.MODERATOR))
    response = client.post(
        reverse("moderation:person", args=[person.pk]), {"action": "silence", "hours": "3"}
    )
    assert response.status_code == 302
    assert standing.is_silenced(person)
    assert ActionLog.objects.get(person=person).action == "silenced for 3 hours"


def test_person_page_never_fails_on_odd_input(client):
    person = make_person(1)
    client.force_login(make_staff(Role.MODERATOR))
    for data in [
        {},
        {"action": "silence", "hours": "lots"},
        {"action": "nope"},
        {"action": "suspend", "days": "-1"},
    ]:
        response = client.post(reverse("moderation:person", args=[person.pk]), data)
        assert response.status_code == 200
        assert "There is a problem" in response.content.decode()


def test_the_log_is_searchable_by_moderator_and_by_person(client):
    first, second = make_staff(Role.MODERATOR), make_staff(Role.MODERATOR)
    alice, bob = make_person(1), make_person(1)
    standing.silence(first, alice, 1, "a")
    standing.silence(second, bob, 2, "b")
    client.force_login(first)
    by_moderator = client.get("/moderation/log/", {"moderator": second.username}).content.decode()
    assert bob.username in by_moderator and alice.username not in by_moderator
    by_person = client.get("/moderation/log/", {"person": alice.username}).content.decode()
    assert alice.username in by_person and bob.username not in by_person


def test_the_log_cannot_be_changed_or_deleted_in_admin(client):
    admin = make_staff(superuser=True)
    standing.silence(make_staff(Role.MODERATOR), make_person(1), 1)
    entry = ActionLog.objects.get()
    client.force_login(admin)
    assert client.get("/admin/moderation/actionlog/").status_code == 200
    assert client.get(f"/admin/moderation/actionlog/{entry.pk}/delete/").status_code in {403, 302}
    assert client.post(f"/admin/moderation/actionlog/{entry.pk}/change/", {"action": "x"}).status_code in {
        403,
        200,
    }
    entry.refresh_from_db()
    assert entry.action == "silenced for 1 hour"
    assert client.get("/admin/moderation/actionlog/add/").status_code == 403
    assert ModerationItem.objects.count() == 0


def test_moderation_pages_have_fixed_query_counts(client, django_assert_max_num_queries):
    moderator = make_staff(Role.MODERATOR)
    client.force_login(moderator)
    person = make_person(0)
    _, item = held_post(author=person)
    pages = [
        reverse("moderation:item", args=[item.pk]),
        reverse("moderation:person", args=[person.pk]),
        reverse("moderation:log") + f"?person={person.username}",
        reverse("moderation:words"),
    ]
    counts = {}
    for url in pages:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries.captured_queries)
    for _ in range(10):
        standing.silence(moderator, person, 1, "again")
        PersonNote.objects.create(person=person, written_by_name="x", text="note")
        held_post(author=person)
    for url in pages:
        with django_assert_max_num_queries(counts[url]):
            client.get(url)
        assert counts[url] <= 12
