"""The drugs and alcohol A to Z: grouped by first letter, optionally filtered by type."""

from dataclasses import dataclass

from django.db.models import QuerySet

from services_directory.models import Substance, SubstanceType


@dataclass(frozen=True)
class Letter:
    letter: str
    substances: list[Substance]


def chosen_type(raw: str | None) -> SubstanceType | None:
    """The type from the address (?type=stimulants), or None for all types or an unknown value."""
    return SubstanceType(raw) if raw in SubstanceType.values else None


def a_to_z_substances(substance_type: SubstanceType | None) -> QuerySet[Substance]:
    substances = Substance.objects.only("name", "slug", "other_names", "summary", "substance_type")
    if substance_type is not None:
        substances = substances.filter(substance_type=substance_type)
    return substances.order_by("name")


def group_by_letter(substances) -> list[Letter]:
    """Substances under their first letter; names starting with a digit or symbol go under "0-9"."""
    groups: dict[str, list[Substance]] = {}
    for substance in substances:
        first = substance.name[:1].upper()
        groups.setdefault(first if first.isalpha() else "0-9", []).append(substance)
    return [
        Letter(letter, items) for letter, items in sorted(groups.items(), key=lambda g: (g[0] == "0-9", g[0]))
    ]
