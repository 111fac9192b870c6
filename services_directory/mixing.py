"""Mixing risks: each pair is stored once and shown on both substances' pages."""

from dataclasses import dataclass

from django.db.models import Q

from services_directory.models import MixingRisk, Substance
from services_directory.models.substances import MIXING_SEVERITY


@dataclass(frozen=True)
class MixingRow:
    pk: int
    other: Substance
    level: str
    level_label: str
    note: str


def mixing_rows(substance: Substance) -> list[MixingRow]:
    """Every mixing risk that involves substance, most dangerous first, then by the other's name."""
    risks = MixingRisk.objects.filter(Q(substance_a=substance) | Q(substance_b=substance)).select_related(
        "substance_a", "substance_b"
    )
    rows = [
        MixingRow(risk.pk, risk.other_than(substance), risk.level, risk.get_level_display(), risk.note)
        for risk in risks
    ]
    return sorted(rows, key=lambda row: (MIXING_SEVERITY.get(row.level, 9), row.other.name.lower()))


def set_mixing_risk(first: Substance, second: Substance, level: str, note: str) -> MixingRisk:
    """Creates or updates the risk for a pair, whichever way round the pair is given."""
    a, b = sorted([first, second], key=lambda substance: substance.pk)
    risk, _ = MixingRisk.objects.update_or_create(
        substance_a=a, substance_b=b, defaults={"level": level, "note": note}
    )
    return risk
