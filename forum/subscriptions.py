"""Following threads and reply alerts (sent through the alerts outbox, never with the post's words)."""

from django.conf import settings

from forum.models import Post, Subscription, Thread
from mylife4me.alerts import notify

REPLY = "forum.reply"


def follow(user, thread: Thread) -> None:
    Subscription.objects.get_or_create(user=user, thread=thread)


def unfollow(user, thread: Thread) -> None:
    Subscription.objects.filter(user=user, thread=thread).delete()


def is_following(user, thread: Thread) -> bool:
    return user.is_authenticated and Subscription.objects.filter(user=user, thread=thread).exists()


def tell_followers(post: Post) -> int:
    """One reply alert per follower, except the writer. Returns how many people were told."""
    url = settings.SITE_URL + post.get_absolute_url()
    followers = (
        Subscription.objects.filter(thread_id=post.thread_id, user__is_active=True)
        .exclude(user_id=post.author_id)
        .select_related("user")
    )
    told = 0
    for subscription in followers:
        notify(subscription.user, REPLY, {"url": url})
        told += 1
    return told
