"""Opening times as people type them: "9:00-17:00, 19:00-22:00", "22:00 to 06:00"."""

import datetime
import re

_RANGE = re.compile(r"^(\d{1,2})[:.]?(\d{2})\s*(?:-|to|\u2013)\s*(\d{1,2})[:.]?(\d{2})$")


def _time(hour: str, minute: str) -> datetime.time:
    hours, minutes = int(hour), int(minute)
    if hours == 24 and minutes == 0:
        return datetime.time(0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"{hour}:{minute} is not a real time")
    return datetime.time(hours, minutes)


def parse_slots(text: str) -> list[tuple[datetime.time, datetime.time]]:
    """One day's opening times. Empty means closed. A closing time at or before the opening time means
    the next morning. Raises ValueError with a message for the person."""
    slots = []
    for part in (piece.strip() for piece in (text or "").split(",")):
        if not part:
            continue
        match = _RANGE.match(part)
        if not match:
            raise ValueError(f"Enter times like 09:00-17:00 (you entered {part[:20]})")
        opens, closes = _time(*match.group(1, 2)), _time(*match.group(3, 4))
        if opens == closes:
            raise ValueError("The opening and closing times must be different. For 24 hours, tick the box")
        slots.append((opens, closes))
    return sorted(slots)


def format_slots(slots) -> str:
    return ", ".join(f"{opens:%H:%M}-{closes:%H:%M}" for opens, closes in slots)
