"""Moderators' actions on whole threads: lock, pin and move."""

from forum import counters
from forum.models import Category, Thread
from mylife4me.moderation import log


def apply(moderator, thread: Thread, action: str, category: Category | None = None, reason: str = "") -> None:
    old_category_id = thread.category_id
    if action in {"lock", "unlock"}:
        thread.locked = action == "lock"
    elif action in {"pin", "unpin"}:
        thread.pinned = action == "pin"
    elif action == "move" and category is not None:
        thread.category = category
    thread.save(update_fields=["locked", "pinned", "category"])
    if thread.category_id != old_category_id:
        counters.refresh_category(old_category_id)
        counters.refresh_category(thread.category_id)
    done = {"lock": "locked", "unlock": "unlocked", "pin": "pinned", "unpin": "unpinned"}
    described = f"moved to {category.name}" if action == "move" and category else done.get(action, action)
    log.record(
        moderator,
        f"thread {described}",
        person=thread.author,
        target=f"Thread: {thread.title}",
        reason=reason,
    )
