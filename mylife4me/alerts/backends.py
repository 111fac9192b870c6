"""Where messages go: Django's email backends, GOV.UK Notify, the console, or a Redis recorder for tests.

Each backend has send(notification) and was_delivered(reference) -> True, False or None (cannot know).
settings.ALERTS_EMAIL_BACKEND ("django", "notify", "recording") and settings.SMS_BACKEND ("console",
"notify", "recording") choose them.
"""

import os
import sys
import time

import redis
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient

from mylife4me.alerts.tokens import stop_url


class Backend:
    def send(self, notification) -> None:
        raise NotImplementedError

    def was_delivered(self, reference: str) -> bool | None:
        """Whether the message with this reference already left us; None when the backend cannot know."""
        return None


class DjangoEmailBackend(Backend):
    """settings.EMAIL_BACKEND: the console under `make run`, SMTP in production.

    SMTP cannot say whether a message was accepted before a worker died, so was_delivered() is None
    and the re-queue task marks such a message failed rather than risk sending it twice.
    """

    def send(self, notification) -> None:
        unsubscribe = stop_url(notification.id)
        message = EmailMessage(
            subject=notification.subject,
            body=notification.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[notification.address],
            headers={
                # RFC 8058 one-click unsubscribe: mail clients POST to the link without a sign-in.
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "X-MyLife4Me-Reference": str(notification.id),
            },
            connection=get_connection(settings.EMAIL_BACKEND),
        )
        message.send()


class ConsoleSMSBackend(Backend):
    """Prints each text message (make run)."""

    def send(self, notification) -> None:
        sys.stdout.write(
            f"SMS to {notification.address} (reference {notification.id}):\n{notification.body}\n{'-' * 40}\n"
        )
        sys.stdout.flush()


_notify_clients: dict[int, NotificationsAPIClient] = {}


def notify_client() -> NotificationsAPIClient:
    """One GOV.UK Notify client (and its HTTP session) per worker process, made after the fork."""
    pid = os.getpid()
    if pid not in _notify_clients:
        _notify_clients.clear()
        _notify_clients[pid] = NotificationsAPIClient(settings.NOTIFY_API_KEY, timeout=10)
    return _notify_clients[pid]


class NotifyBackend(Backend):
    """GOV.UK Notify, with one template per channel that takes ((subject)) and ((body))."""

    def send(self, notification) -> None:
        client = notify_client()
        reference = str(notification.id)
        if notification.channel == "sms":
            client.send_sms_notification(
                phone_number=notification.address,
                template_id=settings.NOTIFY_SMS_TEMPLATE_ID,
                personalisation={"body": notification.body},
                reference=reference,
            )
        else:
            client.send_email_notification(
                email_address=notification.address,
                template_id=settings.NOTIFY_EMAIL_TEMPLATE_ID,
                personalisation={"subject": notification.subject, "body": notification.body},
                reference=reference,
                one_click_unsubscribe_url=stop_url(notification.id),
            )

    def was_delivered(self, reference: str) -> bool | None:
        try:
            found = notify_client().get_all_notifications(reference=reference)
        except APIError:
            return None
        return bool(found.get("notifications"))


_redis_clients: dict[tuple[int, str], redis.Redis] = {}


def _recording_redis(url: str) -> redis.Redis:
    key = (os.getpid(), url)
    if key not in _redis_clients:
        _redis_clients[key] = redis.Redis.from_url(url)
    return _redis_clients[key]


class RecordingBackend(Backend):
    """Records each send in Redis, so a test or benchmark can count what a worker process sent.

    While the key <prefix>:block exists, send() waits (after noting <prefix>:entered), so a test can
    kill a worker in the middle of a send.
    """

    def __init__(self) -> None:
        self.prefix = settings.ALERTS_RECORDING_PREFIX
        self.redis = _recording_redis(settings.ALERTS_RECORDING_REDIS_URL)

    def send(self, notification) -> None:
        reference = str(notification.id)
        if self.redis.exists(f"{self.prefix}:block"):
            self.redis.rpush(f"{self.prefix}:entered", reference)
            while self.redis.exists(f"{self.prefix}:block"):
                time.sleep(0.02)
        pipe = self.redis.pipeline()
        pipe.hincrby(f"{self.prefix}:sent", reference, 1)
        pipe.rpush(f"{self.prefix}:log", f"{notification.channel} {reference}")
        pipe.execute()

    def was_delivered(self, reference: str) -> bool | None:
        return bool(self.redis.hexists(f"{self.prefix}:sent", reference))


_EMAIL = {"django": DjangoEmailBackend, "notify": NotifyBackend, "recording": RecordingBackend}
_SMS = {"console": ConsoleSMSBackend, "notify": NotifyBackend, "recording": RecordingBackend}


def backend_for(channel: str) -> Backend:
    if channel == "email":
        return _EMAIL[settings.ALERTS_EMAIL_BACKEND]()
    return _SMS[settings.SMS_BACKEND]()
