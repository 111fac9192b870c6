"""What a substance page shows, section by section, in order."""

from dataclasses import dataclass

from services_directory.mixing import MixingRow, mixing_rows
from services_directory.models import Substance

# (field, heading, anchor); "mixing" and "law" are drawn from more than one field.
SECTIONS: list[tuple[str, str, str]] = [
    ("what_it_is", "What it is and how it looks", "what-it-is"),
    ("how_taken", "How people take it", "how-people-take-it"),
    ("how_it_feels", "How it can feel", "how-it-feels"),
    ("duration", "How long it lasts", "how-long-it-lasts"),
    ("detection", "How long it can be detected", "detection"),
    ("risks_physical", "Risks to your body", "risks-to-your-body"),
    ("risks_mental", "Risks to your mental health", "risks-to-your-mental-health"),
    ("cut_with", "What it can be cut with", "cut-with"),
    ("mixing", "Mixing with other drugs or alcohol", "mixing"),
    ("addiction_withdrawal", "Addiction and withdrawal", "addiction-and-withdrawal"),
    ("law", "The law", "the-law"),
    ("staying_safer", "Staying safer", "staying-safer"),
    ("worried_about_friend", "If you are worried about a friend", "worried-about-a-friend"),
    ("support", "Support that can help", "support"),
]


@dataclass(frozen=True)
class Section:
    field: str
    heading: str
    anchor: str
    text: str  # markdown, for the plain sections


@dataclass(frozen=True)
class SubstancePage:
    substance: Substance
    sections: list[Section]
    mixing: list[MixingRow]


def substance_page(substance: Substance) -> SubstancePage:
    """The sections that have something to show. Mixing and the law are always there: saying that no
    mixing risk is recorded, or what the law is, matters even when there is little more to say."""
    mixing = mixing_rows(substance)
    categories = list(substance.related_categories.all())
    sections = []
    for field, heading, anchor in SECTIONS:
        if field == "mixing" or field == "law":
            text = ""
        elif field == "support":
            if not categories:
                continue
            text = ""
        else:
            text = getattr(substance, field)
            if not text.strip():
                continue
        sections.append(Section(field, heading, anchor, text))
    return SubstancePage(substance, sections, mixing)
