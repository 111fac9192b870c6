"""Moderation's section of the staff figures page: how fast moderators act, by day and by night."""

import datetime

from django.utils import timezone

from mylife4me.figures.registry import Section, Table, register_section
from mylife4me.figures.summaries import is_night, median, minutes, percentile
from mylife4me.moderation.models import ModerationItem

PARTS = ("Day (08:00 to 19:59)", "Night (20:00 to 07:59)", "All")


def _part(created: datetime.datetime) -> str:
    return PARTS[1] if is_night(timezone.localtime(created).hour) else PARTS[0]


def moderation_tables(start: datetime.date, end: datetime.date) -> list[Table]:
    waits: dict[str, list[float]] = {part: [] for part in PARTS}
    waiting: dict[str, int] = dict.fromkeys(PARTS, 0)
    crisis_waits: dict[str, list[float]] = {part: [] for part in PARTS}
    crises: dict[str, int] = dict.fromkeys(PARTS, 0)
    escalated: dict[str, int] = dict.fromkeys(PARTS, 0)
    items = ModerationItem.objects.filter(created_at__date__range=(start, end)).values_list(
        "created_at", "resolved_at", "crisis", "escalated_at"
    )
    for created, resolved, crisis, escalated_at in items.iterator():
        for part in (_part(created), PARTS[2]):
            if resolved is None:
                waiting[part] += 1
            else:
                waits[part].append((resolved - created).total_seconds())
            if crisis:
                crises[part] += 1
                escalated[part] += escalated_at is not None
                if resolved is not None:
                    crisis_waits[part].append((resolved - created).total_seconds())
    return [
        Table(
            title="How long posts waited for a moderator",
            columns=[
                "When it came in",
                "Dealt with",
                "Median wait (minutes)",
                "90% within (minutes)",
                "Still waiting",
            ],
            rows=[
                [
                    part,
                    len(waits[part]),
                    minutes(median(waits[part])),
                    minutes(percentile(waits[part], 0.9)),
                    waiting[part],
                ]
                for part in PARTS
            ],
            description=(
                "Items that came into the review queue in the dates chosen, from arriving to a decision."
            ),
        ),
        Table(
            title="Crisis alerts and how fast a moderator acted",
            columns=[
                "When it came in",
                "Crisis posts",
                "Acted on",
                "Median time to act (minutes)",
                "90% within (minutes)",
                "Went to the rest of the rota",
            ],
            rows=[
                [
                    part,
                    crises[part],
                    len(crisis_waits[part]),
                    minutes(median(crisis_waits[part])),
                    minutes(percentile(crisis_waits[part], 0.9)),
                    escalated[part],
                ]
                for part in PARTS
            ],
            description=(
                "Posts with crisis words, or flagged as worrying, from arriving to a moderator's decision."
            ),
        ),
    ]


def register() -> None:
    register_section(Section(name="moderation", heading="Moderation", tables=moderation_tables, order=40))
