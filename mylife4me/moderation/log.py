"""The moderator action log: who did what, to whom, when and why."""

from mylife4me.moderation.models import ActionLog


def record(actor, action: str, *, person=None, target: str = "", reason: str = "") -> ActionLog:
    return ActionLog.objects.create(
        actor=actor,
        actor_name=actor.get_username() if actor is not None else "system",
        action=action,
        person=person,
        person_name=person.get_username() if person is not None else "",
        target=target[:200],
        reason=reason,
    )
