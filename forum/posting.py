"""Writing in the forum: who may post, what is held for a moderator, and what happens next."""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from forum import counters, subscriptions
from forum.models import Category, Post, Thread
from mylife4me.moderation import queue, standing, words
from mylife4me.moderation.models import Reason

# Web addresses, markdown links and bare domain names: new members cannot post links (spam and safety).
LINK = re.compile(
    r"(https?://|www\.|\]\s*\(|\b[\w-]+\.(com|org|net|uk|io|info|biz|co|me|ly|xyz)\b)", re.IGNORECASE
)
NO_LINKS_MESSAGE = (
    "New members cannot post web links yet. Take the link out and try again. "
    "You can post links after a moderator has approved a few of your posts."
)
SILENCED_MESSAGE = "A moderator has paused your posting until {until:%-d %B at %H:%M}. You can still read."
LOCKED_MESSAGE = "This thread is closed to new replies."


class Refused(Exception):
    """The post was not saved; the message says why, in words for the writer."""


@dataclass(frozen=True)
class Outcome:
    post: Post
    held: bool
    crisis: bool


def rate_limit_message(user, level: int, now=None) -> str:
    now = now or timezone.now()
    for limit, seconds in settings.FORUM_RATE_LIMITS.get(level, []):
        since = now - timedelta(seconds=seconds)
        if Post.objects.filter(author=user, created_at__gte=since).count() >= limit:
            if seconds <= 3600:
                minutes = max(seconds // 60, 1)
                times = "once" if limit == 1 else f"{limit} times"
                return f"You can post {times} every {minutes} minutes. Please wait a little and try again."
            return f"You have reached today's limit of {limit} posts. You can post again tomorrow."
    return ""


def check_writer(user, text: str) -> int:
    """Raises Refused when this person cannot post this text now; returns their trust level."""
    current = standing.standing_of(user)
    if current.is_silenced():
        raise Refused(SILENCED_MESSAGE.format(until=timezone.localtime(current.silenced_until)))
    level = standing.trust_level(user)
    message = rate_limit_message(user, level)
    if message:
        raise Refused(message)
    if level == 0 and LINK.search(text):
        raise Refused(NO_LINKS_MESSAGE)
    return level


def _write(user, thread: Thread, body: str, *, screened_text: str, is_first: bool) -> Outcome:
    level = check_writer(user, screened_text)
    screening = words.screen(screened_text)
    if screening.blocked:
        raise Refused(screening.message)
    held = standing.needs_review(user) or screening.hold
    if screening.crisis and settings.CRISIS_POST_STAYS_VISIBLE and not standing.needs_review(user):
        held = False
    post = Post.objects.create(
        thread=thread,
        author=user,
        body=body,
        is_first=is_first,
        links_allowed=level >= 1,
        state=Post.State.HELD if held else Post.State.VISIBLE,
    )
    subscriptions.follow(user, thread)
    if not held:
        if is_first:
            thread.visible = True
        counters.refresh_thread(thread)
        if not is_first:
            subscriptions.tell_followers(post)
    if held or screening.action:
        reason = Reason.CRISIS if screening.crisis else Reason.WATCHED if screening.action else Reason.HELD
        queue.submit(post, reason=reason, crisis=screening.crisis, matched=screening.word)
    return Outcome(post=post, held=held, crisis=screening.crisis)


def unique_slug(title: str) -> str:
    return slugify(title)[:100] or "thread"


@transaction.atomic
def start_thread(user, category: Category, title: str, body: str) -> Outcome:
    thread = Thread(category=category, title=title, slug=unique_slug(title), author=user)
    check_writer(user, f"{title}\n{body}")  # refuse before anything is saved
    thread.save()
    return _write(user, thread, body, screened_text=f"{title}\n{body}", is_first=True)


@transaction.atomic
def reply(user, thread: Thread, body: str) -> Outcome:
    if thread.locked:
        raise Refused(LOCKED_MESSAGE)
    return _write(user, thread, body, screened_text=body, is_first=False)


# Callbacks for the shared review queue (registered in ForumConfig.ready).


def approve(post: Post) -> None:
    was_held = post.state == Post.State.HELD
    post.state = Post.State.VISIBLE
    post.save(update_fields=["state", "body", "edited_at"])
    thread = post.thread
    if post.is_first:
        thread.visible = True
    counters.refresh_thread(thread)
    if was_held and not post.is_first:
        subscriptions.tell_followers(post)


def _take_down(post: Post, state: str) -> None:
    post.state = state
    post.save(update_fields=["state"])
    thread = post.thread
    if post.is_first:
        thread.visible = False
    counters.refresh_thread(thread)


def reject(post: Post) -> None:
    _take_down(post, Post.State.REJECTED)


def hide(post: Post) -> None:
    _take_down(post, Post.State.HIDDEN)


def edit(post: Post, text: str) -> None:
    post.body = text
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "edited_at"])
