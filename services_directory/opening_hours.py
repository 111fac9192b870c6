"""Is a service open now, and when does it next open?

Weekly slots are in Europe/London wall-clock time. A slot belongs to the day it starts, so Friday 22:00 to
06:00 is open at 02:00 on Saturday, and a bank holiday or closure on Saturday does not shut it. Times are
compared in UTC, because Python compares two datetimes with the same tzinfo by wall clock and would get
the clock-change nights wrong.
"""

import datetime
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC
# How far ahead next_opening() looks: long enough for a closure of a few weeks.
LOOKAHEAD_DAYS = 62


@dataclass(frozen=True)
class Slot:
    weekday: int  # 0 = Monday
    opens_at: datetime.time
    closes_at: datetime.time  # at or before opens_at: the next morning


@dataclass(frozen=True)
class Hours:
    slots: tuple[Slot, ...] = ()
    open_24_hours: bool = False
    closed_on_bank_holidays: bool = True
    closures: tuple[tuple[datetime.date, datetime.date], ...] = ()  # inclusive date ranges


@cache
def _bank_holidays(year: int) -> frozenset[datetime.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_bank_holiday(day: datetime.date) -> bool:
    """A bank holiday in England and Wales (from the maintained `holidays` library, never fetched)."""
    return day in _bank_holidays(day.year)


def bank_holiday_name(day: datetime.date) -> str:
    return holidays.country_holidays("GB", subdiv="ENG", years=day.year).get(day, "")


def hours_of(service) -> Hours:
    """The Hours of a Service (use prefetch_related("schedules", "closures") for lists)."""
    if isinstance(service, Hours):
        return service
    return Hours(
        slots=tuple(Slot(s.weekday, s.opens_at, s.closes_at) for s in service.schedules.all()),
        open_24_hours=service.open_24_hours,
        closed_on_bank_holidays=service.closed_on_bank_holidays,
        closures=tuple((c.starts_on, c.ends_on) for c in service.closures.all()),
    )


def closed_on(hours: Hours, day: datetime.date) -> bool:
    """Shut all day: a temporary closure, or a bank holiday for a service that closes on them."""
    if any(start <= day <= end for start, end in hours.closures):
        return True
    return hours.closed_on_bank_holidays and is_bank_holiday(day)


def _local(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """The UTC instant of a London wall-clock time. A time skipped in March counts as the hour after;
    a time that happens twice in October counts as the first."""
    return datetime.datetime.combine(day, time, tzinfo=LONDON).astimezone(UTC)


def _openings(hours: Hours, day: datetime.date) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """The (opens, closes) UTC intervals of the slots that start on this London date."""
    if closed_on(hours, day):
        return []
    next_day = day + datetime.timedelta(days=1)
    if hours.open_24_hours:
        return [(_local(day, datetime.time(0)), _local(next_day, datetime.time(0)))]
    intervals = []
    for slot in hours.slots:
        if slot.weekday != day.weekday():
            continue
        ends_on = next_day if slot.closes_at <= slot.opens_at else day
        intervals.append((_local(day, slot.opens_at), _local(ends_on, slot.closes_at)))
    return sorted(intervals)


def _as_utc(at: datetime.datetime) -> datetime.datetime:
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    return at.astimezone(UTC)


def is_open(service_or_hours, at: datetime.datetime) -> bool:
    """Whether the service is open at the moment `at` (any timezone-aware datetime)."""
    hours = hours_of(service_or_hours)
    instant = _as_utc(at)
    today = instant.astimezone(LONDON).date()
    for day in (today - datetime.timedelta(days=1), today):
        if any(opens <= instant < closes for opens, closes in _openings(hours, day)):
            return True
    return False


def closes_at(service_or_hours, at: datetime.datetime) -> datetime.datetime | None:
    """When the current opening ends (London time), or None if closed now. Back-to-back slots join up."""
    hours = hours_of(service_or_hours)
    instant = _as_utc(at)
    today = instant.astimezone(LONDON).date()
    intervals = [
        interval
        for offset in range(-1, 3)
        for interval in _openings(hours, today + datetime.timedelta(days=offset))
    ]
    end = None
    for opens, closes in sorted(intervals):
        if end is None and opens <= instant < closes:
            end = closes
        elif end is not None and opens <= end:
            end = max(end, closes)
    return end.astimezone(LONDON) if end else None


def next_opening(service_or_hours, at: datetime.datetime) -> datetime.datetime | None:
    """When the service next opens after `at`, in London time, or None if it is not due to open in the
    next two months. If it is open at `at`, this is the opening after the current one."""
    hours = hours_of(service_or_hours)
    instant = _as_utc(at)
    today = instant.astimezone(LONDON).date()
    for offset in range(LOOKAHEAD_DAYS + 1):
        for opens, _closes in _openings(hours, today + datetime.timedelta(days=offset)):
            if opens > instant:
                return opens.astimezone(LONDON)
    return None


def open_status(service_or_hours, at: datetime.datetime) -> str:
    """A short phrase for a listing: "Open now", "Open now until 10pm", "Opens at 9am on Tuesday"."""
    hours = hours_of(service_or_hours)
    if hours.open_24_hours and not closed_on(hours, _as_utc(at).astimezone(LONDON).date()):
        return "Open 24 hours"
    if is_open(hours, at):
        ends = closes_at(hours, at)
        return f"Open now until {clock(ends.time())}" if ends else "Open now"
    opens = next_opening(hours, at)
    if opens is None:
        return "Closed"
    local_at = _as_utc(at).astimezone(LONDON)
    if opens.date() == local_at.date():
        return f"Closed now, opens at {clock(opens.time())} today"
    if opens.date() == local_at.date() + datetime.timedelta(days=1):
        return f"Closed now, opens at {clock(opens.time())} tomorrow"
    return f"Closed now, opens at {clock(opens.time())} on {opens:%A} {opens.day} {opens:%B}"


def clock(time: datetime.time) -> str:
    """GOV.UK style times: 9am, 5:30pm, midnight, midday."""
    if time == datetime.time(0):
        return "midnight"
    if time == datetime.time(12):
        return "midday"
    hour = time.hour % 12 or 12
    suffix = "am" if time.hour < 12 else "pm"
    return f"{hour}:{time.minute:02d}{suffix}" if time.minute else f"{hour}{suffix}"
