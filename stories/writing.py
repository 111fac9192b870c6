"""Writing a story: drafts, sending it for review, what moderators decide, and taking it down.

Every story is read by a moderator before it is published, through the same review queue, watched words
and crisis alerts as the forum (mylife4me.moderation).
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from mylife4me.moderation import queue, words
from mylife4me.moderation.models import Reason
from stories import announcing, caching
from stories.models import Story


class Refused(Exception):
    """The story was not sent; the message says why, in words for the writer."""


@dataclass(frozen=True)
class Outcome:
    story: Story
    submitted: bool
    crisis: bool


def _fill(story: Story, data: dict) -> None:
    story.title = data["title"]
    story.body = data["body"]
    story.stage = data["stage"]
    story.credit = data["credit"]
    story.credit_name = data.get("credit_name", "") if data["credit"] == "first_name" else ""
    story.updated_at = timezone.now()


def screened_text(story: Story) -> str:
    return f"{story.title}\n{story.body}\n{story.credit_name}"


@transaction.atomic
def save(user, data: dict, *, story: Story | None = None, submit: bool) -> Outcome:
    """Saves a new story or changes to a draft (or one sent back); with submit, sends it for review.

    A blocked word refuses the whole save so that the writer keeps their text and can change it. Crisis
    words in a draft show the writer help but tell nobody: a draft is private until it is sent.
    """
    if story is not None and not story.can_edit:
        raise Refused("You cannot change this story now.")
    story = story or Story(author=user)
    _fill(story, data)
    screening = words.screen(screened_text(story))
    if screening.blocked:
        raise Refused(screening.message)
    if submit:
        story.state = Story.State.WAITING
        story.submitted_at = timezone.now()
    story.save()
    story.substances.set(data.get("substances") or [])
    if submit:
        reason = Reason.CRISIS if screening.crisis else Reason.WATCHED if screening.action else Reason.REVIEW
        queue.submit(story, reason=reason, crisis=screening.crisis, matched=screening.word)
    return Outcome(story=story, submitted=submit, crisis=screening.crisis)


# Addresses under /stories/ that a story's slug must not take.
RESERVED_SLUGS = {"share", "yours", "alerts"}


def unique_slug(story: Story) -> str:
    base = slugify(story.title)[:90].strip("-") or "story"
    if base in RESERVED_SLUGS:
        base = f"{base}-story"
    slug, number = base, 2
    while Story.objects.filter(slug=slug).exclude(pk=story.pk).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def unpublish(story: Story) -> None:
    """The writer takes their story down: gone from the list, its page, search and caches at once."""
    _take_down(story, Story.State.UNPUBLISHED)


# Callbacks for the shared review queue (registered in StoriesConfig.ready).


def approve(story: Story) -> None:
    story.state = Story.State.PUBLISHED
    story.slug = story.slug or unique_slug(story)
    story.published_at = story.published_at or timezone.now()
    story.updated_at = timezone.now()
    story.save(update_fields=["state", "slug", "published_at", "updated_at", "title", "body"])
    caching.changed()
    announcing.announce_on_commit(story)


def _take_down(story: Story, state: str) -> None:
    story.state = state
    story.updated_at = timezone.now()
    story.save(update_fields=["state", "updated_at"])
    caching.changed()


def reject(story: Story) -> None:
    _take_down(story, Story.State.DECLINED)


def hide(story: Story) -> None:
    _take_down(story, Story.State.UNPUBLISHED)


def request_changes(story: Story, note: str) -> None:
    _take_down(story, Story.State.CHANGES)


def edit(story: Story, text: str) -> None:
    story.body = text
    story.updated_at = timezone.now()
    story.save(update_fields=["body", "updated_at"])


def note_to_writer(story: Story, note: str) -> None:
    story.moderator_note = note
    story.save(update_fields=["moderator_note"])
