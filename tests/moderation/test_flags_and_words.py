import pytest
from django.urls import reverse

from forum.models import Post
from mylife4me.accounts.roles import Role
from mylife4me.moderation import flags, queue, words
from mylife4me.moderation.models import Flag, ModerationItem, WatchedWord
from tests.factories import make_staff
from tests.forum.helpers import make_person, make_thread

pytestmark = pytest.mark.django_db


def visible_post(author_level: int):
    thread = make_thread()
    return Post.objects.create(
        thread=thread, author=make_person(author_level), body="Some words", state="visible"
    )


def test_a_level_one_flag_on_a_new_persons_post_hides_it_pending_review(client):
    post = visible_post(0)
    flagger = make_person(1)
    client.force_login(flagger)
    response = client.post(reverse("forum:flag", args=[post.pk]), {"why": "unkind"}, follow=True)
    assert "The writer is never told who flagged it" in response.content.decode()
    post.refresh_from_db()
    assert post.state == Post.State.HIDDEN
    item = ModerationItem.objects.get(object_id=post.pk)
    assert (item.reason, item.flag_count) == ("flagged", 1)
    client.force_login(make_staff(Role.MODERATOR))
    assert "It is unkind" in client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    queue.decide(item.pk, make_staff(Role.MODERATOR), "approve")
    post.refresh_from_db()
    assert post.state == Post.State.VISIBLE


def test_a_new_persons_flag_alone_does_not_hide(settings):
    post = visible_post(1)
    assert flags.flag(post, make_person(0), "spam") is False
    post.refresh_from_db()
    assert post.state == Post.State.VISIBLE
    assert ModerationItem.objects.get(object_id=post.pk).state == "open"


def test_three_flags_hide_any_post(settings):
    settings.FLAGS_TO_HIDE = 3
    post = visible_post(1)
    assert flags.flag(post, make_person(0), "spam") is False
    assert flags.flag(post, make_person(0), "unkind") is False
    assert flags.flag(post, make_person(0), "other") is True
    post.refresh_from_db()
    assert post.state == Post.State.HIDDEN
    assert ModerationItem.objects.get(object_id=post.pk).flag_count == 3


def test_one_person_flags_a_post_once(client):
    post = visible_post(1)
    flagger = make_person(0)
    flags.flag(post, flagger, "spam")
    with pytest.raises(flags.AlreadyFlagged):
        flags.flag(post, flagger, "spam")
    client.force_login(flagger)
    response = client.post(reverse("forum:flag", args=[post.pk]), {"why": "spam"}, follow=True)
    assert "already flagged" in response.content.decode()
    assert Flag.objects.count() == 1


def test_the_flagger_is_never_shown_to_the_writer(client, settings):
    settings.FLAGS_TO_HIDE = 1
    post = visible_post(1)
    flagger = make_person(1, username="kind-flagger")
    flags.flag(post, flagger, "worried", note="I'm worried")
    item = ModerationItem.objects.get(object_id=post.pk)
    queue.decide(item.pk, make_staff(Role.MODERATOR), "reject", reason="Unsafe advice")
    client.force_login(post.author)
    for url in [post.thread.get_absolute_url(), reverse("forum:post", args=[post.pk])]:
        assert "kind-flagger" not in client.get(url, follow=True).content.decode()
    from mylife4me.alerts.models import Notification

    assert all("kind-flagger" not in n.body for n in Notification.objects.all())


def test_flag_form_needs_a_reason_and_cannot_flag_own_post(client):
    post = visible_post(1)
    client.force_login(make_person(1))
    response = client.post(reverse("forum:flag", args=[post.pk]), {"note": "x"})
    assert "Choose why a moderator should look at this post" in response.content.decode()
    client.force_login(post.author)
    assert client.get(reverse("forum:flag", args=[post.pk])).status_code == 404


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("overdos*", "I think I overdosed", True),
        ("overdos*", "OVERDOSE", True),
        ("kill myself", "I want to kill   myself", True),
        ("kill myself", "skill myselfie", False),
        ("pill", "pillow", False),
        ("*pill*", "sleeping pills", True),
        ("a.b", "axb", False),
        ("(", "(", True),
    ],
)
def test_watched_word_wildcards(pattern, text, found):
    assert words.matches(pattern, text) is found


def test_crisis_outranks_block_and_hold():
    WatchedWord.objects.create(pattern="pills", action="block")
    WatchedWord.objects.create(pattern="end it", action="crisis")
    WatchedWord.objects.create(pattern="dose", action="hold")
    assert words.screen("taking pills to end it, whole dose").action == "crisis"
    assert words.screen("pills and a dose").action == "block"
    assert words.screen("a dose").action == "hold"
    assert words.screen("nothing here").action == ""


def test_moderators_test_a_word_on_sample_text_before_saving(client):
    client.force_login(make_staff(Role.MODERATOR))
    response = client.post(
        reverse("moderation:word_add"),
        {
            "pattern": "overdos*",
            "action": "crisis",
            "sample": "I overdosed once. Overdose is scary.",
            "test": "1",
        },
    )
    text = response.content.decode()
    assert "matches: “overdosed”, “Overdose”" in text
    assert not WatchedWord.objects.exists()
    client.post(reverse("moderation:word_add"), {"pattern": "overdos*", "action": "crisis", "save": "1"})
    assert WatchedWord.objects.get().action == "crisis"
    response = client.post(reverse("moderation:word_add"), {"pattern": "*", "action": "hold", "save": "1"})
    assert "Enter some letters as well as *" in response.content.decode()


def test_the_admin_form_tests_a_word_without_saving(client):
    client.force_login(make_staff(superuser=True))
    response = client.post(
        "/admin/moderation/watchedword/add/",
        {"pattern": "relaps*", "action": "hold", "message": "", "sample": "after my relapse"},
    )
    assert response.status_code == 200
    assert "Test only, nothing saved" in response.content.decode()
    assert "matches: “relapse”" in response.content.decode()
    assert not WatchedWord.objects.exists()


def test_a_worried_flag_jumps_the_queue_and_alerts_the_on_call_moderator_once():
    from mylife4me.alerts import set_contact
    from mylife4me.alerts.models import Notification

    moderator = make_staff(Role.MODERATOR)
    set_contact(moderator, phone="07700 900300")
    older = visible_post(1)
    flags.flag(older, make_person(0), "spam")
    post = visible_post(1)
    flags.flag(post, make_person(0), "worried", note="They said goodbye")
    flags.flag(post, make_person(0), "worried")
    assert next(iter(queue.open_queue())).object_id == post.pk
    assert (
        Notification.objects.filter(kind="moderation.crisis", recipient=moderator, urgent=True).count() == 1
    )
