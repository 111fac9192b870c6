"""Opening hours: weekly slots in Europe/London local time, and closures on given dates."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from services_directory.models.service import Service


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


# HSDS 3.0 schedule "byday" codes, Monday first.
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class Schedule(models.Model):
    """One weekly opening slot. It belongs to the day it starts: closing at or before the opening time
    means it runs past midnight into the next day (Friday 22:00 to 06:00 is a Friday slot)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="schedules")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens_at = models.TimeField()
    closes_at = models.TimeField(help_text="At or before the opening time means the next morning.")
    description = models.CharField(
        max_length=200, blank=True, help_text='For example "Drop-in, no appointment".'
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["weekday", "opens_at"]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M} to {self.closes_at:%H:%M}"

    @property
    def past_midnight(self) -> bool:
        return self.closes_at <= self.opens_at


class Closure(models.Model):
    """The service is closed on these dates (inclusive), for example for building work."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="closures")
    starts_on = models.DateField()
    ends_on = models.DateField()
    reason = models.CharField(max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on"]

    def __str__(self) -> str:
        return f"Closed {self.starts_on} to {self.ends_on}"

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "The last day must be the same as or after the first day"})
