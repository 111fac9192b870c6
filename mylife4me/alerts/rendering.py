"""Turns a kind of alert and its context into the subject and text that are stored and sent."""

import uuid

from django.template import Context, Engine

from mylife4me.alerts.kinds import AlertKind
from mylife4me.alerts.sms import MAX_SMS_FRAGMENTS, sms_fragments
from mylife4me.alerts.tokens import preferences_url, stop_url

# Room kept for the "how to stop" line when a kind is registered (a site address and a signed token).
STOP_SMS_SAMPLE = "Stop these texts: " + "x" * 110


class MessageTooLong(ValueError):
    """The text message for this context would be more than MAX_SMS_FRAGMENTS SMS long."""


def _render_string(source: str, context: dict) -> str:
    return Engine.get_default().from_string(source).render(Context(context, autoescape=False))


def _render_file(name: str, context: dict) -> str:
    return Engine.get_default().get_template(name).render(Context(context, autoescape=False))


def email_footer(notification_id: uuid.UUID, has_account: bool) -> str:
    lines = ["", "---", f"To stop these emails: {stop_url(notification_id)}"]
    if has_account:
        lines.append(f"To change your alerts: {preferences_url()}")
    return "\n".join(lines)


def sms_stop_line(notification_id: uuid.UUID) -> str:
    return f"Stop these texts: {stop_url(notification_id)}"


def render_email(
    kind: AlertKind, context: dict, notification_id: uuid.UUID, *, has_account: bool
) -> tuple[str, str]:
    subject = " ".join(_render_string(kind.email_subject, context).split())[:200]
    body = _render_file(kind.email_template, context).strip()
    return subject, body + "\n" + email_footer(notification_id, has_account)


def render_sms(kind: AlertKind, context: dict, notification_id: uuid.UUID) -> str:
    return finish_sms(_render_string(kind.sms_template, context).strip(), notification_id, kind.name)


def finish_sms(text: str, notification_id: uuid.UUID, what: str) -> str:
    """Adds how to stop; refuses a text longer than MAX_SMS_FRAGMENTS SMS."""
    message = text + "\n" + sms_stop_line(notification_id)
    if sms_fragments(message) > MAX_SMS_FRAGMENTS:
        raise MessageTooLong(f"{what}: the text message would be more than {MAX_SMS_FRAGMENTS} SMS long")
    return message


def render_digest(
    channel: str, items: list[tuple[uuid.UUID, str, str]], notification_id: uuid.UUID, *, has_account: bool
) -> tuple[str, str]:
    """One message for alerts held during quiet hours; items are (id, subject, body) of each."""
    count = len(items)
    alerts = "1 alert" if count == 1 else f"{count} alerts"
    if channel == "sms":
        text = f"MyLife4Me: you have {alerts} from while your quiet hours were on. Sign in to see them."
        return "", finish_sms(text, notification_id, "digest")
    subject = f"MyLife4Me: {alerts} from your quiet hours"
    parts = [f"You have {alerts} from while your quiet hours were on."]
    for item_id, item_subject, item_body in items:
        # Each held email ends with its own footer; the digest has one of its own instead.
        message = item_body.removesuffix("\n" + email_footer(item_id, has_account)).strip()
        parts.append(f"{item_subject}\n\n{message}")
    body = "\n\n====\n\n".join(parts)
    return subject, body + "\n" + email_footer(notification_id, has_account)
