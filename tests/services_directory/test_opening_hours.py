"""Open now and next opening, in London time: 2 AM, past midnight, bank holidays and both clock changes."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services_directory.opening_hours import (
    Hours,
    Slot,
    clock,
    closes_at,
    is_bank_holiday,
    is_open,
    next_opening,
    open_status,
)

LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC
T = datetime.time

OFFICE = Hours(slots=tuple(Slot(day, T(9), T(17)) for day in range(5)))
# Every night 22:00 to 06:00 (the slot belongs to the evening it starts).
NIGHTS = Hours(slots=tuple(Slot(day, T(22), T(6)) for day in range(7)), closed_on_bank_holidays=True)
ALWAYS = Hours(open_24_hours=True, closed_on_bank_holidays=False)
ALWAYS_BUT_BANK_HOLIDAYS = Hours(open_24_hours=True, closed_on_bank_holidays=True)
CLOSED_FOR_WORKS = Hours(
    slots=OFFICE.slots, closures=((datetime.date(2026, 6, 8), datetime.date(2026, 6, 12)),)
)
# Saturday night only, 23:00 to 03:00: spans both clock changes when they fall on that night.
SATURDAY_LATE = Hours(slots=(Slot(5, T(23), T(3)),), closed_on_bank_holidays=False)


def utc(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


def london(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("hours", "at", "expected"),
    [
        # An ordinary Wednesday (10 June 2026, BST).
        (OFFICE, london(2026, 6, 10, 8, 59), False),
        (OFFICE, london(2026, 6, 10, 9, 0), True),
        (OFFICE, london(2026, 6, 10, 16, 59), True),
        (OFFICE, london(2026, 6, 10, 17, 0), False),
        # 2 AM: open overnight services are open, office hours are not.
        (OFFICE, london(2026, 6, 10, 2, 0), False),
        (NIGHTS, london(2026, 6, 10, 2, 0), True),
        (ALWAYS, london(2026, 6, 10, 2, 0), True),
        # Over midnight: the Tuesday slot still runs at 05:59 on Wednesday and stops at 06:00.
        (NIGHTS, london(2026, 6, 9, 23, 59), True),
        (NIGHTS, london(2026, 6, 10, 0, 0), True),
        (NIGHTS, london(2026, 6, 10, 5, 59), True),
        (NIGHTS, london(2026, 6, 10, 6, 0), False),
        (NIGHTS, london(2026, 6, 10, 21, 59), False),
        # Bank holiday Monday 31 August 2026: office shut, 24-hour service that opens on them open.
        (OFFICE, london(2026, 8, 31, 10, 0), False),
        (ALWAYS, london(2026, 8, 31, 10, 0), True),
        (ALWAYS_BUT_BANK_HOLIDAYS, london(2026, 8, 31, 10, 0), False),
        (ALWAYS_BUT_BANK_HOLIDAYS, london(2026, 9, 1, 0, 0), True),
        # The slot that began on Sunday evening belongs to Sunday, so it runs into the bank holiday...
        (NIGHTS, london(2026, 8, 31, 2, 0), True),
        # ...but the bank holiday's own evening slot does not start.
        (NIGHTS, london(2026, 8, 31, 23, 0), False),
        (NIGHTS, london(2026, 9, 1, 2, 0), False),
        # Temporary closure 8 to 12 June 2026 (inclusive).
        (CLOSED_FOR_WORKS, london(2026, 6, 8, 10, 0), False),
        (CLOSED_FOR_WORKS, london(2026, 6, 12, 10, 0), False),
        (CLOSED_FOR_WORKS, london(2026, 6, 15, 10, 0), True),
        # Clocks go forward at 01:00 UTC on Sunday 29 March 2026 (01:00 GMT becomes 02:00 BST).
        # Saturday 23:00 GMT to Sunday 03:00 BST is 3 hours: 23:00 to 02:00 UTC.
        (SATURDAY_LATE, utc(2026, 3, 28, 22, 59), False),
        (SATURDAY_LATE, utc(2026, 3, 28, 23, 0), True),
        (SATURDAY_LATE, utc(2026, 3, 29, 1, 30), True),  # 02:30 BST
        (SATURDAY_LATE, utc(2026, 3, 29, 1, 59), True),  # 02:59 BST
        (SATURDAY_LATE, utc(2026, 3, 29, 2, 0), False),  # 03:00 BST
        (OFFICE, utc(2026, 3, 30, 8, 0), True),  # Monday 09:00 BST is 08:00 UTC
        (OFFICE, utc(2026, 3, 27, 8, 30), False),  # Friday 08:30 GMT, before the change
        # Clocks go back at 01:00 UTC on Sunday 25 October 2026 (02:00 BST becomes 01:00 GMT).
        # Saturday 23:00 BST to Sunday 03:00 GMT is 5 hours: 22:00 to 03:00 UTC.
        (SATURDAY_LATE, utc(2026, 10, 24, 21, 59), False),
        (SATURDAY_LATE, utc(2026, 10, 24, 22, 0), True),
        (SATURDAY_LATE, utc(2026, 10, 25, 0, 30), True),  # the first 01:30
        (SATURDAY_LATE, utc(2026, 10, 25, 1, 30), True),  # the second 01:30
        (SATURDAY_LATE, utc(2026, 10, 25, 2, 59), True),  # 02:59 GMT
        (SATURDAY_LATE, utc(2026, 10, 25, 3, 0), False),  # 03:00 GMT
        (OFFICE, utc(2026, 10, 26, 9, 0), True),  # Monday 09:00 GMT is 09:00 UTC
        (OFFICE, utc(2026, 10, 26, 8, 30), False),
    ],
)
def test_is_open(hours, at, expected):
    assert is_open(hours, at) is expected


@pytest.mark.parametrize(
    ("hours", "at", "expected"),
    [
        # 2 AM on a Wednesday: the office opens at 9.
        (OFFICE, london(2026, 6, 10, 2, 0), london(2026, 6, 10, 9, 0)),
        # Friday evening: next Monday.
        (OFFICE, london(2026, 6, 12, 18, 0), london(2026, 6, 15, 9, 0)),
        # Friday before the August bank holiday: Tuesday, not Monday.
        (OFFICE, london(2026, 8, 28, 18, 0), london(2026, 9, 1, 9, 0)),
        # During a closure: the first working day after it.
        (CLOSED_FOR_WORKS, london(2026, 6, 9, 12, 0), london(2026, 6, 15, 9, 0)),
        # Across the spring change: Monday 09:00 BST.
        (OFFICE, utc(2026, 3, 27, 17, 0), london(2026, 3, 30, 9, 0)),
        # Across the autumn change: Monday 09:00 GMT.
        (OFFICE, utc(2026, 10, 23, 17, 0), london(2026, 10, 26, 9, 0)),
        # Night service on a bank holiday: shut that evening, opens the next evening.
        (NIGHTS, london(2026, 8, 31, 12, 0), london(2026, 9, 1, 22, 0)),
        (Hours(), london(2026, 6, 10, 12, 0), None),
    ],
)
def test_next_opening(hours, at, expected):
    opens = next_opening(hours, at)
    assert opens == expected
    if expected is not None:
        assert opens.utcoffset() == expected.utcoffset()


def test_spring_change_closing_time_is_in_summer_time():
    ends = closes_at(SATURDAY_LATE, utc(2026, 3, 29, 0, 30))
    assert ends == utc(2026, 3, 29, 2, 0)
    assert (ends.hour, ends.utcoffset()) == (3, datetime.timedelta(hours=1))


def test_autumn_change_closing_time_is_in_winter_time():
    ends = closes_at(SATURDAY_LATE, utc(2026, 10, 25, 0, 30))
    assert ends == utc(2026, 10, 25, 3, 0)
    assert (ends.hour, ends.utcoffset()) == (3, datetime.timedelta(0))


def test_back_to_back_slots_join_up():
    hours = Hours(slots=(Slot(0, T(9), T(12)), Slot(0, T(12), T(17))))
    assert closes_at(hours, london(2026, 6, 8, 10, 0)) == london(2026, 6, 8, 17, 0)


@pytest.mark.parametrize(
    ("hours", "at", "expected"),
    [
        (OFFICE, london(2026, 6, 10, 10, 0), "Open now until 5pm"),
        (OFFICE, london(2026, 6, 10, 2, 0), "Closed now, opens at 9am today"),
        (OFFICE, london(2026, 6, 10, 18, 0), "Closed now, opens at 9am tomorrow"),
        (OFFICE, london(2026, 6, 12, 18, 0), "Closed now, opens at 9am on Monday 15 June"),
        (NIGHTS, london(2026, 6, 10, 2, 0), "Open now until 6am"),
        (ALWAYS, london(2026, 6, 10, 2, 0), "Open 24 hours"),
        (Hours(), london(2026, 6, 10, 2, 0), "Closed"),
    ],
)
def test_open_status(hours, at, expected):
    assert open_status(hours, at) == expected


def test_bank_holidays_are_england_and_wales():
    assert is_bank_holiday(datetime.date(2026, 12, 28))  # Boxing Day substitute
    assert is_bank_holiday(datetime.date(2026, 4, 6))  # Easter Monday (not a holiday in Scotland)
    assert not is_bank_holiday(datetime.date(2026, 8, 3))  # Scotland's summer holiday only
    assert not is_bank_holiday(datetime.date(2026, 1, 2))  # Scotland only


def test_naive_time_is_refused():
    with pytest.raises(ValueError):
        is_open(OFFICE, datetime.datetime(2026, 6, 10, 10, 0))


@pytest.mark.parametrize(
    ("time", "text"),
    [(T(0), "midnight"), (T(12), "midday"), (T(9), "9am"), (T(17, 30), "5:30pm"), (T(0, 15), "12:15am")],
)
def test_clock(time, text):
    assert clock(time) == text


def _slot_strategy():
    times = st.builds(T, st.integers(0, 23), st.sampled_from([0, 30]))
    return st.builds(Slot, st.integers(0, 6), times, times).filter(
        lambda slot: slot.opens_at != slot.closes_at
    )


def test_next_opening_is_always_an_opening():
    """Whatever the slots and the moment (clock-change weeks included), the next opening is in the future,
    the service is open then, and when closed at `at` it stays closed until then."""
    moments = st.datetimes(
        min_value=datetime.datetime(2026, 3, 20),
        max_value=datetime.datetime(2026, 11, 5),
        timezones=st.just(UTC),
    )

    @settings(max_examples=300, deadline=None)
    @given(st.lists(_slot_strategy(), min_size=1, max_size=4), moments, st.booleans())
    def check(slots, at, bank_holidays):
        hours = Hours(slots=tuple(slots), closed_on_bank_holidays=bank_holidays)
        opens = next_opening(hours, at)
        assert opens is not None  # weekly slots always come round again
        assert opens > at
        assert is_open(hours, opens)
        if not is_open(hours, at):
            assert not is_open(hours, at + (opens - at) / 2)
            assert not is_open(hours, opens - datetime.timedelta(seconds=1))

    check()
