"""Organisations and their staff, in the Open Referral UK (HSDS 3.0) shape."""

import uuid

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class Organization(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    last_modified = models.DateTimeField(auto_now=True)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="provider_organizations", blank=True
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A provider staff member works for this organisation: they may edit its listings."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    # Deleting an account deletes the membership: the organisation and its listings stay.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "user"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.user} at {self.organization}"
