"""Daily totals folded in from the counters. Nothing here can identify a person: no address, no user
agent, no hash of either, no account; only paths, sections, hours and counts."""

from django.db import models


class PageDay(models.Model):
    date = models.DateField()
    path = models.CharField(max_length=200)
    section = models.CharField(max_length=40)
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["date", "path"], name="figures_pageday_unique")]
        indexes = [models.Index(fields=["date", "section"], name="figures_pageday_section")]

    def __str__(self) -> str:
        return f"{self.date} {self.path}: {self.views}"


class HourDay(models.Model):
    date = models.DateField()
    hour = models.PositiveSmallIntegerField()  # 0-23, Europe/London
    weekday = models.PositiveSmallIntegerField()  # 0 Monday - 6 Sunday
    section = models.CharField(max_length=40)
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["date", "hour", "section"], name="figures_hourday_unique")
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.hour:02d}:00 {self.section}: {self.views}"


class VisitorsDay(models.Model):
    """An estimate (HyperLogLog) of how many different visitors came that day. Not added across days:
    the same person on two days cannot be told apart from two people."""

    date = models.DateField(unique=True)
    estimated_unique = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.date}: about {self.estimated_unique}"


class SearchMissDay(models.Model):
    """A site search that found nothing, normalised and shortened, counted per day. Kept for
    FIGURES_SEARCH_RETENTION_DAYS."""

    date = models.DateField()
    query = models.CharField(max_length=60)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["date", "query"], name="figures_searchmiss_unique")]

    def __str__(self) -> str:
        return f"{self.date} {self.query!r}: {self.count}"


class FoldedBatch(models.Model):
    """A batch of counters already added to the daily rows, so a fold that is run again (after a crash
    between the database commit and the counter's removal) never adds it twice."""

    token = models.CharField(max_length=64, unique=True)
    folded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.token
