"""How stories plug into the shared review queue (the same queue, words and crisis alerts as the forum)."""

from django.urls import reverse

from mylife4me.moderation.registry import Moderatable, register_moderatable
from stories import alert_kinds, writing
from stories.models import Story


def _url(story: Story) -> str:
    # The writer's own page until it is published: that is where a declined story's reason is shown.
    return story.get_absolute_url() if story.is_published else reverse("stories:yours")


def register() -> None:
    register_moderatable(
        Moderatable(
            model=Story,
            label="Story",
            text=lambda story: story.body,
            author=lambda story: story.author,
            context=lambda story: story.title,
            url=_url,
            approve=writing.approve,
            reject=writing.reject,
            hide=writing.hide,
            edit=writing.edit,
            approved_kind=alert_kinds.PUBLISHED,
            rejected_kind=alert_kinds.DECLINED,
            queryset=lambda: Story.objects.select_related("author"),
            request_changes=writing.request_changes,
            changes_kind=alert_kinds.CHANGES,
            note_to_writer=writing.note_to_writer,
        )
    )
