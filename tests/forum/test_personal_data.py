import pytest
from django.urls import reverse

from forum.models import Post
from mylife4me.accounts.personal_data import delete_account, export_user_data
from mylife4me.accounts.roles import Role
from mylife4me.moderation import flags
from tests.factories import make_staff
from tests.forum.helpers import make_person, make_thread

pytestmark = pytest.mark.django_db


def test_the_data_download_has_the_persons_posts_and_standing():
    person = make_person(0)
    thread = make_thread(author=person, body="My own words")
    flags.flag(Post.objects.create(thread=thread, author=make_person(1), body="x"), person, "spam")
    data = export_user_data(person)
    assert data["forum"]["posts"][0]["text"] == "My own words"
    assert data["community standing"]["trust_level"] == 0
    assert data["community standing"]["posts_you_flagged"] == 1


def test_deleting_an_account_keeps_the_conversation_without_the_name(client):
    person = make_person(1, username="leaving-soon")
    thread = make_thread(author=person, replies=2)
    delete_account(person)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "leaving-soon" not in page
    assert "A deleted account" in page


def test_moderators_see_a_link_to_manage_the_thread_and_can_lock_pin_and_move_it(client):
    from forum.models import Category
    from mylife4me.moderation.models import ActionLog

    thread = make_thread()
    moderator = make_staff(Role.MODERATOR)
    client.force_login(moderator)
    assert "Lock, pin or move this thread" in client.get(thread.get_absolute_url()).content.decode()
    manage = reverse("forum:manage", args=[thread.pk])
    client.post(manage, {"action": "lock", "reason": "Going round in circles"})
    client.post(manage, {"action": "pin"})
    other = Category.objects.create(slug="housing-and-money", name="Housing and money")
    response = client.post(manage, {"action": "move"})
    assert "Choose the category to move the thread to" in response.content.decode()
    client.post(manage, {"action": "move", "category": other.pk})
    thread.refresh_from_db()
    assert (thread.locked, thread.pinned, thread.category) == (True, True, other)
    other.refresh_from_db()
    assert other.thread_count == 1
    assert list(ActionLog.objects.values_list("action", flat=True)) == [
        "thread moved to Housing and money",
        "thread pinned",
        "thread locked",
    ]
    client.force_login(make_person(1))
    assert "Lock, pin or move" not in client.get(thread.get_absolute_url()).content.decode()
    assert client.get(manage).status_code == 403
