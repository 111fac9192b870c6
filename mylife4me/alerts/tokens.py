"""Signed unsubscribe links: short enough for a text message, no sign-in needed."""

import base64
import uuid

from django.conf import settings
from django.core import signing
from django.urls import reverse

_signer = signing.Signer(salt="mylife4me.alerts.unsubscribe")


def make_token(notification_id: uuid.UUID) -> str:
    compact = base64.urlsafe_b64encode(notification_id.bytes).rstrip(b"=").decode()
    return _signer.sign(compact)


def read_token(token: str) -> uuid.UUID | None:
    """The notification the link was made for, or None when the link was changed or is not ours."""
    try:
        compact = _signer.unsign(token)
        return uuid.UUID(bytes=base64.urlsafe_b64decode(compact + "=="))
    except (signing.BadSignature, ValueError, TypeError):
        return None


def stop_url(notification_id: uuid.UUID) -> str:
    return settings.SITE_URL + reverse("alerts:stop", args=[make_token(notification_id)])


def preferences_url() -> str:
    return settings.SITE_URL + reverse("alerts:preferences")
