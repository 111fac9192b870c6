"""The review queue: putting content in front of moderators and their decisions on it."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone

from mylife4me.moderation import alerting, log, standing
from mylife4me.moderation.models import ModerationItem, Reason
from mylife4me.moderation.registry import spec_for

State = ModerationItem.State


class AlreadyDealtWith(Exception):
    """Another moderator acted on this item first."""

    def __init__(self, item: ModerationItem):
        self.item = item
        who = item.resolved_by_name or "another moderator"
        super().__init__(f"{who} has already dealt with this ({item.get_state_display().lower()}).")


@dataclass(frozen=True)
class Decision:
    APPROVE = "approve"
    EDIT = "edit"
    REJECT = "reject"
    HIDE = "hide"
    CHANGES = "changes"  # only for content types registered with request_changes


RESULT_STATE = {
    Decision.APPROVE: State.APPROVED,
    Decision.EDIT: State.APPROVED,
    Decision.REJECT: State.REJECTED,
    Decision.HIDE: State.HIDDEN,
    Decision.CHANGES: State.CHANGES,
}


class NotSupported(ValueError):
    """The decision is not one this kind of content supports."""


def items_for(obj: Model) -> QuerySet:
    return ModerationItem.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    )


def submit(obj: Model, *, reason: str, crisis: bool = False, matched: str = "") -> ModerationItem:
    """Puts content in the queue (or adds to its open entry). A crisis alerts the on-call moderators."""
    spec = spec_for(obj)
    item = items_for(obj).filter(state=State.OPEN).first()
    if item is None:
        item = ModerationItem.objects.create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            author=spec.author(obj),
            reason=reason,
            crisis=crisis,
            matched=matched,
        )
    elif crisis and not item.crisis:
        item.crisis, item.matched = True, matched or item.matched
        item.save(update_fields=["crisis", "matched"])
    elif crisis:
        return item  # the moderators on call already know
    if crisis:
        alerting.alert_on_call(item)
    return item


def open_queue() -> QuerySet:
    """Crisis first, then oldest first."""
    return (
        ModerationItem.objects.filter(state=State.OPEN)
        .select_related("author", "content_type")
        .order_by("-crisis", "created_at", "id")
    )


def load_contents(items: list[ModerationItem]) -> None:
    """Fetches every item's content with one query per content type (not one per item)."""
    by_type: dict[int, list[ModerationItem]] = {}
    for item in items:
        by_type.setdefault(item.content_type_id, []).append(item)
    for group in by_type.values():
        model = group[0].content_type.model_class()
        spec = spec_for(model)
        queryset = spec.queryset() if spec.queryset else model._default_manager.all()
        found = queryset.in_bulk([item.object_id for item in group])
        for item in group:
            item.loaded = found.get(item.object_id)
            item.spec = spec
            if item.loaded is not None:
                item.text = spec.text(item.loaded)
                item.context_text = spec.context(item.loaded)
                item.url = spec.url(item.loaded)
                item.manage_url = spec.manage_url(item.loaded) if spec.manage_url else ""


def decide(
    item_id: int, moderator, decision: str, *, reason: str = "", edited_text: str = ""
) -> ModerationItem:
    """Applies a moderator's decision. Only the first of two moderators acting at once succeeds:
    the state changes with a conditional UPDATE, so the second finds nothing left to change."""
    new_state = RESULT_STATE[decision]
    now = timezone.now()
    with transaction.atomic():
        changed = ModerationItem.objects.filter(pk=item_id, state=State.OPEN).update(
            state=new_state, resolved_by=moderator, resolved_by_name=moderator.get_username(), resolved_at=now
        )
        item = ModerationItem.objects.select_related("content_type", "author").get(pk=item_id)
        if not changed:
            raise AlreadyDealtWith(item)
        obj = item.content
        if obj is None:  # the content was deleted meanwhile; the decision is still logged
            log.record(
                moderator, decision, person=item.author, target=f"deleted item #{item.pk}", reason=reason
            )
            return item
        spec = spec_for(obj)
        if decision == Decision.CHANGES and not spec.supports_changes:
            raise NotSupported(f"{spec.label}: a moderator cannot ask for changes")
        # Any other open entry for the same content (held and flagged, say) is settled too.
        items_for(obj).filter(state=State.OPEN).update(
            state=new_state, resolved_by=moderator, resolved_by_name=moderator.get_username(), resolved_at=now
        )
        author = spec.author(obj)
        target = f"{spec.label}: {spec.context(obj)}"
        if decision == Decision.EDIT and edited_text.strip():
            spec.edit(obj, edited_text)
        if decision in {Decision.APPROVE, Decision.EDIT}:
            spec.approve(obj)
            if author is not None and item.reason in {Reason.HELD, Reason.WATCHED, Reason.CRISIS}:
                standing.count_approval(author)
        elif decision == Decision.REJECT:
            spec.reject(obj)
        elif decision == Decision.CHANGES:
            spec.request_changes(obj, reason)
        else:
            spec.hide(obj)
        if spec.note_to_writer is not None and decision != Decision.HIDE:
            spec.note_to_writer(obj, reason)
        action = {
            "approve": "approved",
            "edit": "edited and approved",
            "reject": "rejected",
            "hide": "hid",
            "changes": "asked for changes",
        }
        log.record(moderator, action[decision], person=author, target=target, reason=reason)
        if author is not None and decision != Decision.HIDE:
            kind = {Decision.REJECT: spec.rejected_kind, Decision.CHANGES: spec.changes_kind}.get(
                decision, spec.approved_kind
            )
            alerting.tell_writer(
                author, kind, url=spec.url(obj), reason=reason, edited=decision == Decision.EDIT
            )
    return item
