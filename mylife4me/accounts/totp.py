"""Turning on TOTP for an account outside the browser: for demo accounts and tests only."""

import base64
import hashlib
import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.conf import settings


def demo_secret(username: str) -> str:
    """A stable secret per demo account, so re-running load_demo keeps people's authenticator apps working."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:demo-totp:{username}".encode()).digest()
    return base64.b32encode(digest[:20]).decode()


def activate_totp(user, secret: str) -> None:
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    TOTP.activate(user, secret)


def current_code(secret: str, offset_periods: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset_periods))
