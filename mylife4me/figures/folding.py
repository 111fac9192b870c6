"""Folding the live counters into daily rows. Safe to run again at any moment: each batch of counters
is recorded by token in the same transaction that adds it, so a batch is never added twice, and a batch
left behind by a fold that stopped is picked up by the next."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from mylife4me.figures.counters import Batch, get_counters
from mylife4me.figures.models import FoldedBatch, HourDay, PageDay, SearchMissDay, VisitorsDay

SEARCH_RETENTION_DAYS = getattr(settings, "FIGURES_SEARCH_RETENTION_DAYS", 180)
FOLDED_BATCH_RETENTION_DAYS = 14


def fold() -> int:
    """Adds every waiting batch to the daily rows; returns how many batches were added."""
    counters = get_counters()
    added = 0
    for batch in counters.take_batches():
        try:
            added += _add_batch(batch)
        except IntegrityError:  # another fold added rows for this day at the same moment: next time
            continue
        counters.batch_done(batch)
    for day, estimate in counters.visitor_estimates().items():
        VisitorsDay.objects.update_or_create(date=day, defaults={"estimated_unique": estimate})
    _forget_old()
    return added


@transaction.atomic
def _add_batch(batch: Batch) -> int:
    token = f"{batch.day.isoformat()}:{batch.token}"
    if FoldedBatch.objects.filter(token=token).exists():
        return 0
    FoldedBatch.objects.create(token=token)
    pages: dict[str, tuple[str, int]] = {}
    hours: dict[tuple[int, str], int] = defaultdict(int)
    searches: dict[str, int] = defaultdict(int)
    for field, value in batch.counts.items():
        kind, _, rest = field.partition("|")
        if kind == "p":
            section, _, path = rest.partition("|")
            pages[path] = (section, pages.get(path, (section, 0))[1] + value)
        elif kind == "h":
            hour, _, section = rest.partition("|")
            hours[(int(hour), section)] += value
        elif kind == "q":
            searches[rest] += value
    _add_pages(batch.day, pages)
    _add_hours(batch.day, hours)
    _add_searches(batch.day, searches)
    return 1


def _add_pages(day: datetime.date, pages: dict[str, tuple[str, int]]) -> None:
    existing = {
        row.path: row for row in PageDay.objects.select_for_update().filter(date=day, path__in=list(pages))
    }
    new = []
    for path, (section, views) in pages.items():
        if path in existing:
            existing[path].views += views
        else:
            new.append(PageDay(date=day, path=path, section=section, views=views))
    PageDay.objects.bulk_update(existing.values(), ["views"])
    PageDay.objects.bulk_create(new)


def _add_hours(day: datetime.date, hours: dict[tuple[int, str], int]) -> None:
    existing = {
        (row.hour, row.section): row
        for row in HourDay.objects.select_for_update().filter(date=day, hour__in={hour for hour, _ in hours})
    }
    new = []
    for (hour, section), views in hours.items():
        if (hour, section) in existing:
            existing[(hour, section)].views += views
        else:
            new.append(HourDay(date=day, hour=hour, weekday=day.weekday(), section=section, views=views))
    HourDay.objects.bulk_update([row for key, row in existing.items() if key in hours], ["views"])
    HourDay.objects.bulk_create(new)


def _add_searches(day: datetime.date, searches: dict[str, int]) -> None:
    existing = {
        row.query: row
        for row in SearchMissDay.objects.select_for_update().filter(date=day, query__in=list(searches))
    }
    new = []
    for query, count in searches.items():
        if query in existing:
            existing[query].count += count
        else:
            new.append(SearchMissDay(date=day, query=query, count=count))
    SearchMissDay.objects.bulk_update(existing.values(), ["count"])
    SearchMissDay.objects.bulk_create(new)


def _forget_old() -> None:
    today = timezone.localdate()
    SearchMissDay.objects.filter(date__lt=today - datetime.timedelta(days=SEARCH_RETENTION_DAYS)).delete()
    FoldedBatch.objects.filter(
        folded_at__lt=timezone.now() - datetime.timedelta(days=FOLDED_BATCH_RETENTION_DAYS)
    ).delete()
