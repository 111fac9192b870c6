"""Call-back requests: someone asks a service to ring them. No account needed; details purged later.

No history is kept for these rows: the contact details must really go when they are purged.
"""

import uuid

from django.conf import settings
from django.db import models

from mylife4me.alerts.phone import display_uk_mobile
from services_directory.models.service import Service


class CallbackState(models.TextChoices):
    OPEN = "open", "Waiting for a call"
    CALLED = "called", "Called"
    UNREACHABLE = "unreachable", "Unable to reach"


class CallbackRequest(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="callback_requests")
    name = models.CharField("First name or nickname", max_length=60)
    phone = models.CharField(max_length=20, help_text="E.164, for example +447700900123.")
    best_times = models.CharField("Best times to call", max_length=200)
    note = models.TextField(blank=True, max_length=500)
    state = models.CharField(max_length=12, choices=CallbackState.choices, default=CallbackState.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["state", "closed_at"], name="callback_state_closed")]

    def __str__(self) -> str:
        return f"Call-back for {self.service} ({self.get_state_display()})"

    @property
    def phone_display(self) -> str:
        return display_uk_mobile(self.phone)
