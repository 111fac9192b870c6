"""The code pool: importing batches, what is left, and the low-pool alert (once per crossing)."""

import csv
import datetime
import io
import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from access_codes.models import AccessCode, CodeBatch, PoolState
from mylife4me.accounts.roles import Role
from mylife4me.alerts import notify

LOW_POOL_KIND = "access_codes.low_pool"
EXPIRING_SOON_DAYS = 30
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{3,63}$")


def low_pool_threshold() -> int:
    return getattr(settings, "ACCESS_CODES_LOW_POOL_THRESHOLD", 20)


def available(today: datetime.date | None = None) -> QuerySet:
    """Codes that may be issued: unused, from a batch whose licence has not ended."""
    today = today or timezone.localdate()
    return AccessCode.objects.filter(issued_at__isnull=True, batch__licence_ends__gte=today)


def remaining() -> int:
    return available().count()


@dataclass(frozen=True)
class BatchSummary:
    batch: CodeBatch
    total: int
    left: int
    expired: bool
    expiring_soon: bool


def batch_summaries(today: datetime.date | None = None) -> list[BatchSummary]:
    today = today or timezone.localdate()
    soon = today + datetime.timedelta(days=EXPIRING_SOON_DAYS)
    batches = CodeBatch.objects.annotate(
        total=Count("codes"), left=Count("codes", filter=Q(codes__issued_at__isnull=True))
    ).order_by("-licence_ends", "-id")
    return [
        BatchSummary(
            batch=batch,
            total=batch.total,
            left=batch.left,
            expired=batch.licence_ends < today,
            expiring_soon=today <= batch.licence_ends <= soon and batch.left > 0,
        )
        for batch in batches
    ]


class ImportRefused(ValueError):
    """Nothing was imported; `problems` lists each offending line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def parse_codes(text: str) -> list[tuple[int, str]]:
    """(line number, code) for each code in a CSV or pasted list: the first column of each line.
    Blank lines and a header line ("code") are skipped."""
    found = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        value = (row[0] if row else "").strip()
        if not value or (not found and value.casefold() in {"code", "codes", "access code"}):
            continue
        found.append((number, value))
    return found


@transaction.atomic
def import_batch(text: str, *, name: str, licence_ends: datetime.date, user=None) -> CodeBatch:
    """Adds a batch of codes, or refuses the whole import (ImportRefused) if any line is wrong:
    not a code, repeated within the import, or already in the pool."""
    codes = parse_codes(text)
    problems: list[str] = []
    if not codes:
        raise ImportRefused(["There are no codes in the file or the box"])
    first_seen: dict[str, int] = {}
    for number, code in codes:
        key = code.upper()
        if not _CODE.match(code):
            problems.append(
                f"Line {number}: \u201c{code[:40]}\u201d is not a code (letters, numbers and dashes)"
            )
        elif key in first_seen:
            problems.append(f"Line {number}: {code} is a repeat of line {first_seen[key]}")
        else:
            first_seen[key] = number
    existing = set(
        AccessCode.objects.filter(code__in=[code for _, code in codes]).values_list("code", flat=True)
    )
    # Codes are compared as given; a case-insensitive match would need every stored code upper-cased.
    problems += [
        f"Line {number}: {code} is already in the pool" for number, code in codes if code in existing
    ]
    if problems:
        raise ImportRefused(sorted(problems, key=lambda text: int(text.split(":")[0].split()[1])))
    batch = CodeBatch.objects.create(name=name, licence_ends=licence_ends, imported_by=user)
    AccessCode.objects.bulk_create(AccessCode(code=code, batch=batch) for _, code in codes)
    rearm_low_pool_alert()
    return batch


def _state() -> PoolState:
    state, _ = PoolState.objects.get_or_create(pk=1)
    return state


def rearm_low_pool_alert() -> None:
    """After a refill that brings the pool back to the threshold, the next crossing alerts again."""
    _state()
    if remaining() >= low_pool_threshold():
        PoolState.objects.filter(pk=1).update(low_alert_sent_at=None)


def alert_if_low() -> bool:
    """Alerts the code administrators once when the pool is below the threshold. True if it alerted."""
    left = remaining()
    if left >= low_pool_threshold():
        return False
    _state()
    # A conditional UPDATE: of many issuers crossing at once, exactly one sees a row change.
    with transaction.atomic():
        claimed = PoolState.objects.filter(pk=1, low_alert_sent_at__isnull=True).update(
            low_alert_sent_at=timezone.now()
        )
        if not claimed:
            return False
        url = settings.SITE_URL + reverse("access_codes:staff_pool")
        for person in code_administrators():
            notify(person, LOW_POOL_KIND, {"left": left, "threshold": low_pool_threshold(), "url": url})
    return True


def code_administrators() -> QuerySet:
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name=str(Role.CODE_ADMINISTRATOR)) | Q(is_superuser=True))
        .distinct()
    )
