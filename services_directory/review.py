"""When content is due for another review: every page is checked at least once in 12 months."""

import datetime

from django.utils import timezone

REVIEW_EVERY_MONTHS = 12


def review_due(last_reviewed: datetime.date | None) -> datetime.date | None:
    """The date 12 months after the last review (28 February for a review on 29 February)."""
    if last_reviewed is None:
        return None
    try:
        return last_reviewed.replace(year=last_reviewed.year + 1)
    except ValueError:
        return last_reviewed.replace(year=last_reviewed.year + 1, day=28)


def review_overdue(last_reviewed: datetime.date | None, today: datetime.date | None = None) -> bool:
    """True when the content has never been reviewed, or its last review is more than 12 months old."""
    due = review_due(last_reviewed)
    return due is None or (today or timezone.localdate()) > due


def overdue_before(today: datetime.date | None = None) -> datetime.date:
    """Content last reviewed before this date is overdue (for filtering in the database)."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)
