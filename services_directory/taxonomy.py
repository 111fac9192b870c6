"""The support categories that drug and advice pages link to, as an Open Referral UK taxonomy."""

from services_directory.models import Taxonomy, TaxonomyTerm

TAXONOMY_NAME = "MyLife4Me support categories"

# code, name, description
TERMS: list[tuple[str, str, str]] = [
    ("advice-information", "Advice and information", "Help to understand drugs, alcohol and your options."),
    (
        "needle-syringe-exchange",
        "Needle and syringe exchange",
        "Clean injecting equipment and safe disposal.",
    ),
    ("naloxone", "Naloxone", "Naloxone kits and training to reverse an opioid overdose."),
    ("substitute-prescribing", "Substitute prescribing", "Prescribed methadone or buprenorphine."),
    ("detox", "Detox", "Help to stop using drugs or alcohol safely, with medical support."),
    ("residential-rehab", "Residential rehab", "Living at a service for a time to recover."),
    ("alcohol-services", "Alcohol services", "Support for people who drink and the people around them."),
    ("young-people", "Young people", "Support for people under 25."),
    (
        "family-friends",
        "Family and friends",
        "Support for people affected by someone else's drug or alcohol use.",
    ),
    ("mutual-aid-peer-support", "Mutual aid and peer support", "Groups run by and for people in recovery."),
    (
        "mental-health-dual-diagnosis",
        "Mental health and dual diagnosis",
        "Support with mental health alongside drug or alcohol use.",
    ),
    ("housing-homelessness", "Housing and homelessness", "Help to find or keep somewhere to live."),
    ("employment-training", "Employment and training", "Help to find work or learn new skills."),
    ("volunteering", "Volunteering", "Ways to give your time and build confidence."),
    ("mentoring", "Mentoring", "One-to-one support from someone who has been there."),
    ("courses", "Courses", "Classes and courses to learn something new."),
    (
        "culturally-specific",
        "Culturally specific support",
        "Support shaped around culture, faith or language.",
    ),
    ("women-only", "Women only", "Services for women only."),
]


def ensure_terms() -> Taxonomy:
    """Creates or updates the taxonomy and every term (safe to run again)."""
    taxonomy, _ = Taxonomy.objects.update_or_create(
        name=TAXONOMY_NAME,
        defaults={
            "description": "Kinds of support for people affected by drugs and alcohol.",
            "version": "1",
        },
    )
    for code, name, description in TERMS:
        TaxonomyTerm.objects.update_or_create(
            taxonomy=taxonomy, code=code, defaults={"name": name, "description": description}
        )
    return taxonomy
