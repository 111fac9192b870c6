"""Sections of the staff figures page, registered by the app that owns the numbers.

mylife4me.figures knows nothing of stories, access codes or the forum: each app calls
`register_section(Section(...))` from its AppConfig.ready(). A section is a function of a date range
(inclusive, Europe/London dates) returning tables; the figures page draws each table, with a chart where
`chart` asks for one, and offers every table as CSV.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from mylife4me.accounts.roles import Role, has_role

Cell = str | int | float | None

# Who may open /staff/figures/ at all (admins hold every role).
FIGURES_ROLES: tuple[Role, ...] = (Role.CONTENT_EDITOR, Role.CODE_ADMINISTRATOR)


@dataclass(frozen=True)
class Table:
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    # "" no chart; "bar" or "line": the first column labels the x axis, every numeric column is a series.
    chart: str = ""
    description: str = ""  # one plain-English line under the title: what is counted and how
    unit: str = ""  # what the numbers are, for the chart's axis ("visits", "minutes")


@dataclass(frozen=True)
class Section:
    name: str  # a slug, used in the section's URL and CSV file names
    heading: str
    tables: Callable[[date, date], list[Table]]
    roles: frozenset[Role] = field(default_factory=lambda: frozenset(FIGURES_ROLES))
    order: int = 50


_sections: dict[str, Section] = {}


def register_section(section: Section) -> None:
    _sections[section.name] = section


def sections_for(user) -> list[Section]:
    """The sections this person may read, in page order."""
    return sorted(
        (section for section in _sections.values() if has_role(user, *section.roles)),
        key=lambda section: (section.order, section.name),
    )


def get_section(name: str) -> Section | None:
    return _sections.get(name)
