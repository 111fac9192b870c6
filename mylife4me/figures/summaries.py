"""Small helpers the sections share: periods for a date range, percentiles, day or night."""

import datetime
import math
from collections.abc import Sequence

# A range longer than this is shown week by week, so a chart or table of two years stays readable.
DAILY_UP_TO_DAYS = 92
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# "Day" is 08:00 to 19:59 UK time; "night" is 20:00 to 07:59, when most people visit.
DAY_STARTS, NIGHT_STARTS = 8, 20


def by_week(start: datetime.date, end: datetime.date) -> bool:
    return (end - start).days + 1 > DAILY_UP_TO_DAYS


def period_start(day: datetime.date, weekly: bool) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday()) if weekly else day


def periods(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    """Every day (or every week's Monday) from start to end."""
    weekly = by_week(start, end)
    step = datetime.timedelta(days=7 if weekly else 1)
    current, result = period_start(start, weekly), []
    while current <= end:
        result.append(current)
        current += step
    return result


def period_label(day: datetime.date, weekly: bool) -> str:
    return f"Week of {day:%-d %b %Y}" if weekly else f"{day:%a %-d %b %Y}"


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The value below which `fraction` of the values fall (nearest rank), or None with no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def is_night(hour: int) -> bool:
    return hour >= NIGHT_STARTS or hour < DAY_STARTS


def minutes(value: float | None) -> float | None:
    return None if value is None else round(value / 60, 1)


def hour_label(hour: int) -> str:
    return f"{hour:02d}:00"
