"""Services in the Open Referral UK (HSDS 3.0) shape, and what hangs off them."""

import uuid

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from services_directory.models.location import Location
from services_directory.models.organization import Organization
from services_directory.models.taxonomy import TaxonomyTerm


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    INACTIVE = "inactive", "Inactive"
    DEFUNCT = "defunct", "Closed for good"
    TEMPORARILY_CLOSED = "temporarily closed", "Temporarily closed"


# Listed publicly: a temporarily closed service still shows, marked as closed.
LISTED_STATUSES = (ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED)


class Service(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    status = models.CharField(max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE)
    description = models.TextField("What the service offers")
    eligibility_description = models.TextField("Who it is for", blank=True)
    fees_description = models.CharField("Fees", max_length=300, blank=True, default="Free")
    how_to_get_referred = models.TextField("How to get referred", blank=True)
    accessibility = models.TextField(blank=True)
    email = models.EmailField(blank=True)
    url = models.URLField("Website", blank=True)
    taxonomy_terms = models.ManyToManyField(TaxonomyTerm, related_name="services", blank=True)
    locations = models.ManyToManyField(
        Location, through="ServiceAtLocation", related_name="services", blank=True
    )
    open_24_hours = models.BooleanField("Open 24 hours a day, every day", default=False)
    closed_on_bank_holidays = models.BooleanField(default=True)
    accepts_callbacks = models.BooleanField("People can ask for a call back", default=False)
    last_checked = models.DateField(
        "Last checked by the provider",
        null=True,
        blank=True,
        help_text="When the provider last confirmed it.",
    )
    # When the organisation's staff were last reminded to confirm it (cleared when they confirm).
    confirmation_reminded_on = models.DateField(null=True, blank=True, editable=False)
    last_modified = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[taxonomy_terms])

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("services_directory:service", args=[self.slug])


class ServiceAtLocation(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="service_at_locations")
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["service", "location"], name="unique_service_location")
        ]

    def __str__(self) -> str:
        return f"{self.service} at {self.location}"


class Phone(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(max_length=30)
    description = models.CharField(max_length=200, blank=True, help_text='For example "Main line".')
    history = HistoricalRecords()

    class Meta:
        ordering = ["description", "number"]

    def __str__(self) -> str:
        return self.number

    @property
    def tel(self) -> str:
        """The number for a tel: link (digits and a leading +)."""
        return "".join(char for char in self.number if char.isdigit() or char == "+")


class Contact(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    title = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30, blank=True)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return self.name


class Language(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="languages")
    name = models.CharField(max_length=100)
    code = models.CharField(max_length=10, blank=True, help_text="ISO 639 code, for example pa for Punjabi.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
