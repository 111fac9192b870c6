import uuid

from django.conf import settings
from django.db import models


class Notification(models.Model):
    """One message to one address on one channel: the outbox row that delivery works from."""

    class State(models.TextChoices):
        PENDING = "pending", "Waiting to send"
        HELD = "held", "Held for quiet hours"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        SMS = "sms", "Text message"

    # The id is the provider's reference, so a resend after a crash can ask whether it already went.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=100)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    urgent = models.BooleanField(default=False)
    # Deleting an account keeps the row for the figures but drops the link to the person.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    address = models.CharField(max_length=254, blank=True)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    sending_started_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Quiet hours: a held row waits until release_at, then goes out inside one digest per person and channel.
    release_at = models.DateTimeField(null=True, blank=True)
    digest = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="digested"
    )
    content_purged = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["state", "queued_at"], name="alerts_state_queued"),
            models.Index(fields=["state", "release_at"], name="alerts_state_release"),
            models.Index(fields=["content_purged", "created_at"], name="alerts_purge"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} by {self.channel} ({self.state})"


class AlertSettings(models.Model):
    """A person's SMS number and quiet hours."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_settings"
    )
    phone = models.CharField("mobile number (E.164)", max_length=20, blank=True)
    quiet_start = models.TimeField(null=True, blank=True)
    quiet_end = models.TimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "alert settings"

    def __str__(self) -> str:
        return f"Alert settings of user {self.user_id}"


class AlertPreference(models.Model):
    """The channel a person chose for one kind of alert ("off" for none)."""

    OFF = "off"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=100)
    channel = models.CharField(max_length=10)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="alerts_one_preference_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.channel}"


class Suppression(models.Model):
    """An address without an account that asked to stop one kind of alert; stored as a keyed hash."""

    address_hash = models.CharField(max_length=64)
    kind = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["address_hash", "kind"], name="alerts_one_suppression")
        ]

    def __str__(self) -> str:
        return f"Suppression of {self.kind}"
