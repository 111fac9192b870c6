"""How the forum plugs into the shared review queue and the alerts outbox."""

from django.urls import reverse

from forum import posting
from forum.models import Post
from mylife4me.alerts import AlertKind, register_kind
from mylife4me.moderation.registry import Moderatable, register_moderatable

APPROVED = "forum.post_approved"
REJECTED = "forum.post_rejected"


def register() -> None:
    register_moderatable(
        Moderatable(
            model=Post,
            label="Forum post",
            text=lambda post: post.body,
            author=lambda post: post.author,
            context=lambda post: post.thread.title,
            url=lambda post: post.get_absolute_url(),
            approve=posting.approve,
            reject=posting.reject,
            hide=posting.hide,
            edit=posting.edit,
            approved_kind=APPROVED,
            rejected_kind=REJECTED,
            queryset=lambda: Post.objects.select_related("thread", "thread__category", "author"),
            manage_url=lambda post: reverse("forum:manage", args=[post.thread_id]),
        )
    )
    register_kind(
        AlertKind(
            name="forum.reply",
            label="Replies in forum threads you follow",
            email_subject="New reply in a thread you follow",
            email_template="forum/alerts/reply.txt",
            sms_template="MyLife4Me: someone replied in a forum thread you follow. {{ url }}",
            channels=frozenset({"email", "sms"}),
            default_channels=frozenset({"email"}),
        )
    )
    register_kind(
        AlertKind(
            name=APPROVED,
            label="Your forum post is published",
            email_subject="Your forum post is published",
            email_template="forum/alerts/post_approved.txt",
            sms_template="MyLife4Me: a moderator published your forum post. {{ url }}",
            channels=frozenset({"email", "sms"}),
            default_channels=frozenset({"email"}),
        )
    )
    register_kind(
        AlertKind(
            name=REJECTED,
            label="Your forum post was not published",
            email_subject="Your forum post was not published",
            email_template="forum/alerts/post_rejected.txt",
            sms_template="MyLife4Me: a moderator did not publish your forum post. Read why: {{ url }}",
            channels=frozenset({"email", "sms"}),
            default_channels=frozenset({"email"}),
        )
    )
