"""Email and SMS alerts: the one way the site sends a message.

    from mylife4me.alerts import AlertKind, register_kind, notify, set_contact

Kinds are registered from the owning app's AppConfig.ready(); notify() writes outbox rows in the caller's
transaction and delivery is queued when it commits. See the README's design notes.
"""

from mylife4me.alerts.kinds import AlertKind, register_kind

__all__ = ["AlertKind", "notify", "register_kind", "set_contact"]


def notify(recipient, kind: str, context: dict | None = None, channels=None) -> list:
    """Writes one Notification per channel for the recipient (a User, an email address or a UK mobile)."""
    from mylife4me.alerts.outbox import notify as _notify

    return _notify(recipient, kind, context, channels=channels)


def set_contact(user, phone: str | None) -> None:
    """Stores a person's SMS number in E.164 form (ValueError if not a UK mobile); None removes it."""
    from mylife4me.alerts.preferences import set_contact as _set_contact

    _set_contact(user, phone)
