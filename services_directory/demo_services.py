"""Demo services directory: clearly fictional Birmingham organisations and services (safe to run again).

Phone numbers are from Ofcom's drama range (0121 496 0000 to 0999), so they reach nobody. Positions are
the centres of real postcode districts with a small offset, so "near me" searches behave realistically.
"""

import datetime
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.utils import timezone

from services_directory.models import (
    Language,
    Location,
    Membership,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from services_directory.postcode_districts import DISTRICTS
from services_directory.taxonomy import ensure_terms

T = datetime.time
DEMO_PROVIDER = "demo-provider"  # from the staff accounts demo loader, which runs first
WEEKDAYS = range(5)
EVERY_DAY = range(7)

# Named weekly patterns: (weekdays, opens, closes).
HOURS: dict[str, list[tuple[range | tuple[int, ...], datetime.time, datetime.time]]] = {
    "office": [(WEEKDAYS, T(9), T(17))],
    "office-late-thursday": [((0, 1, 2, 4), T(9), T(17)), ((3,), T(9), T(20))],
    "clinic": [(WEEKDAYS, T(8, 30), T(16, 30)), ((5,), T(10), T(13))],
    "night-shelter": [(EVERY_DAY, T(20), T(8))],
    "weekend-nights": [((4, 5), T(22), T(4))],
    "evening-group": [((1,), T(18, 30), T(20)), ((3,), T(19), T(20, 30))],
    "saturday-group": [((5,), T(11), T(13))],
    "drop-in": [((0, 2, 4), T(10), T(14))],
    "late-drop-in": [(WEEKDAYS, T(12), T(21)), ((5, 6), T(14), T(20))],
    "courses": [((1, 3), T(10), T(15))],
    "24h": [],
}

ORGANIZATIONS = [
    ("harbourline-recovery", "Harbourline Recovery (demo)", "A made-up drug and alcohol treatment charity."),
    ("new-leaf-birmingham", "New Leaf Birmingham (demo)", "A made-up peer-led recovery community."),
    ("kinfolk-carers", "Kinfolk Carers Network (demo)", "A made-up charity for families and carers."),
    ("open-door-housing", "Open Door Housing Trust (demo)", "A made-up housing and homelessness charity."),
    ("steady-steps", "Steady Steps Learning (demo)", "A made-up charity for work, courses and volunteering."),
    ("sahara-wellbeing", "Sahara Wellbeing Collective (demo)", "A made-up culturally specific service."),
    ("brightwater-nhs", "Brightwater Health Partnership (demo)", "A made-up NHS-style clinical service."),
    ("youthlink-b", "YouthLink B (demo)", "A made-up young people's service."),
]

# slug, organisation, name, district, categories, hours, description, who for, referral, extras
SERVICES: list[dict] = [
    {
        "slug": "harbourline-city-hub",
        "org": "harbourline-recovery",
        "name": "Harbourline City Hub",
        "district": "B1",
        "terms": ["advice-information", "substitute-prescribing", "naloxone"],
        "hours": "office-late-thursday",
        "description": "Advice, assessments and treatment plans for anyone worried about their drug use. "
        "Free naloxone kits and training.",
        "who": "Adults 18 and over who live in Birmingham.",
        "referral": "Walk in, call us, or ask your GP to refer you. No appointment needed for advice.",
        "callbacks": True,
    },
    {
        "slug": "harbourline-needle-exchange-digbeth",
        "org": "harbourline-recovery",
        "name": "Harbourline Needle Exchange, Digbeth",
        "district": "B5",
        "terms": ["needle-syringe-exchange", "naloxone"],
        "hours": "late-drop-in",
        "description": "Clean injecting equipment, sharps bins and safe disposal. No names needed.",
        "who": "Anyone who injects drugs, including steroids and other image enhancing drugs.",
        "referral": "Just walk in. You do not have to give your name.",
    },
    {
        "slug": "harbourline-erdington-prescribing",
        "org": "harbourline-recovery",
        "name": "Harbourline Erdington Prescribing Clinic",
        "district": "B23",
        "terms": ["substitute-prescribing", "detox"],
        "hours": "clinic",
        "description": "Methadone and buprenorphine prescribing, with regular reviews and key workers.",
        "who": "Adults in treatment with Harbourline.",
        "referral": "Through a Harbourline assessment.",
        "callbacks": True,
    },
    {
        "slug": "harbourline-alcohol-service",
        "org": "harbourline-recovery",
        "name": "Harbourline Alcohol Service",
        "district": "B29",
        "terms": ["alcohol-services", "detox"],
        "hours": "office",
        "description": "Help to cut down or stop drinking safely, including supported home detox.",
        "who": "Adults worried about their drinking.",
        "referral": "Call us or ask your GP.",
        "callbacks": True,
    },
    {
        "slug": "harbourline-night-line",
        "org": "harbourline-recovery",
        "name": "Harbourline Night Line",
        "district": "B4",
        "terms": ["advice-information", "mental-health-dual-diagnosis"],
        "hours": "24h",
        "description": "A phone line answered day and night by trained staff and volunteers.",
        "who": "Anyone affected by drugs or alcohol, including family and friends.",
        "referral": "Just call.",
        "closed_on_bank_holidays": False,
    },
    {
        "slug": "new-leaf-recovery-cafe",
        "org": "new-leaf-birmingham",
        "name": "New Leaf Recovery Cafe",
        "district": "B13",
        "terms": ["mutual-aid-peer-support", "volunteering"],
        "hours": "drop-in",
        "description": "A friendly cafe run by people in recovery. Cheap food, good company, no pressure.",
        "who": "Anyone in recovery or thinking about it.",
        "referral": "Drop in.",
    },
    {
        "slug": "new-leaf-tuesday-group",
        "org": "new-leaf-birmingham",
        "name": "New Leaf Evening Group",
        "district": "B15",
        "terms": ["mutual-aid-peer-support"],
        "hours": "evening-group",
        "description": "A peer support group for people in recovery from drugs or alcohol.",
        "who": "Adults in recovery.",
        "referral": "Just come along. You can sit and listen.",
    },
    {
        "slug": "new-leaf-mentoring",
        "org": "new-leaf-birmingham",
        "name": "New Leaf Recovery Mentors",
        "district": "B12",
        "terms": ["mentoring", "mutual-aid-peer-support"],
        "hours": "office",
        "description": "One-to-one support from a trained mentor who has been through recovery.",
        "who": "Adults who have finished or are in treatment.",
        "referral": "Ask your key worker, or call us.",
        "callbacks": True,
    },
    {
        "slug": "new-leaf-saturday-meet",
        "org": "new-leaf-birmingham",
        "name": "New Leaf Saturday Meet",
        "district": "B30",
        "terms": ["mutual-aid-peer-support"],
        "hours": "saturday-group",
        "description": "A relaxed weekend meeting for people in recovery and their friends.",
        "who": "Anyone in recovery.",
        "referral": "Just come along.",
    },
    {
        "slug": "kinfolk-family-support",
        "org": "kinfolk-carers",
        "name": "Kinfolk Family Support",
        "district": "B17",
        "terms": ["family-friends"],
        "hours": "office-late-thursday",
        "description": "Support for people affected by someone else's drug or alcohol use.",
        "who": "Family members, partners and friends.",
        "referral": "Call us or fill in our form.",
        "callbacks": True,
    },
    {
        "slug": "kinfolk-carers-group",
        "org": "kinfolk-carers",
        "name": "Kinfolk Carers Group",
        "district": "B26",
        "terms": ["family-friends", "mutual-aid-peer-support"],
        "hours": "evening-group",
        "description": "A group for carers to share what helps, with a trained facilitator.",
        "who": "Carers and family members.",
        "referral": "Just come along.",
    },
    {
        "slug": "kinfolk-kinship-carers",
        "org": "kinfolk-carers",
        "name": "Kinfolk Kinship Carers",
        "district": "B44",
        "terms": ["family-friends", "advice-information"],
        "hours": "office",
        "description": "Advice for grandparents and relatives raising children when a parent uses drugs.",
        "who": "Kinship carers.",
        "referral": "Call us.",
    },
    {
        "slug": "open-door-night-shelter",
        "org": "open-door-housing",
        "name": "Open Door Night Shelter",
        "district": "B7",
        "terms": ["housing-homelessness"],
        "hours": "night-shelter",
        "description": "Beds for the night, a hot meal and breakfast. Staff can help with next steps.",
        "who": "Adults with nowhere safe to sleep.",
        "referral": "Arrive from 8pm.",
        "closed_on_bank_holidays": False,
    },
    {
        "slug": "open-door-housing-advice",
        "org": "open-door-housing",
        "name": "Open Door Housing Advice",
        "district": "B2",
        "terms": ["housing-homelessness", "advice-information"],
        "hours": "office",
        "description": "Help to find or keep a home, deal with arrears and talk to landlords.",
        "who": "Anyone at risk of losing their home.",
        "referral": "Walk in or call us.",
        "callbacks": True,
    },
    {
        "slug": "open-door-weekend-outreach",
        "org": "open-door-housing",
        "name": "Open Door Weekend Outreach",
        "district": "B5",
        "terms": ["housing-homelessness", "needle-syringe-exchange"],
        "hours": "weekend-nights",
        "description": "A late-night outreach team on Friday and Saturday nights in the city centre.",
        "who": "People sleeping rough or at risk.",
        "referral": "Find the van near the markets.",
        "closed_on_bank_holidays": False,
    },
    {
        "slug": "open-door-womens-house",
        "org": "open-door-housing",
        "name": "Open Door Women's House",
        "district": "B16",
        "terms": ["housing-homelessness", "women-only"],
        "hours": "24h",
        "description": "Safe supported housing for women, with staff on site day and night.",
        "who": "Women 18 and over.",
        "referral": "Through a support worker or the council's housing team.",
        "closed_on_bank_holidays": False,
    },
    {
        "slug": "steady-steps-work-club",
        "org": "steady-steps",
        "name": "Steady Steps Work Club",
        "district": "B10",
        "terms": ["employment-training"],
        "hours": "office",
        "description": "Help with CVs, job searches, interviews and talking to employers about your past.",
        "who": "Adults in recovery.",
        "referral": "Call us or drop in.",
    },
    {
        "slug": "steady-steps-courses",
        "org": "steady-steps",
        "name": "Steady Steps Courses",
        "district": "B11",
        "terms": ["courses", "employment-training"],
        "hours": "courses",
        "description": "Free short courses: cooking, computers, maths and English, first aid.",
        "who": "Anyone in recovery.",
        "referral": "Book on a course by phone.",
    },
    {
        "slug": "steady-steps-volunteering",
        "org": "steady-steps",
        "name": "Steady Steps Volunteering",
        "district": "B31",
        "terms": ["volunteering"],
        "hours": "office",
        "description": "Volunteer roles in gardens, cafes and shops, with training and support.",
        "who": "Adults who have been in recovery for at least three months.",
        "referral": "Call us for a chat.",
    },
    {
        "slug": "sahara-south-asian-service",
        "org": "sahara-wellbeing",
        "name": "Sahara South Asian Recovery Service",
        "district": "B8",
        "terms": ["culturally-specific", "alcohol-services", "family-friends"],
        "hours": "office-late-thursday",
        "description": "Support shaped around South Asian families, in Punjabi, Urdu, Bengali and English.",
        "who": "South Asian people and families.",
        "referral": "Call us. You can speak to a man or a woman.",
        "languages": [("Punjabi", "pa"), ("Urdu", "ur"), ("Bengali", "bn")],
        "callbacks": True,
    },
    {
        "slug": "sahara-womens-group",
        "org": "sahara-wellbeing",
        "name": "Sahara Women's Group",
        "district": "B21",
        "terms": ["culturally-specific", "women-only", "mutual-aid-peer-support"],
        "hours": "drop-in",
        "description": "A women-only space to talk about drink, drugs and family life.",
        "who": "Women.",
        "referral": "Just come along.",
        "languages": [("Punjabi", "pa"), ("Urdu", "ur")],
    },
    {
        "slug": "sahara-african-caribbean",
        "org": "sahara-wellbeing",
        "name": "Sahara African Caribbean Outreach",
        "district": "B20",
        "terms": ["culturally-specific", "advice-information"],
        "hours": "late-drop-in",
        "description": "Outreach and advice with African and Caribbean communities across the city.",
        "who": "African and Caribbean people and families.",
        "referral": "Drop in or call.",
    },
    {
        "slug": "brightwater-dual-diagnosis",
        "org": "brightwater-nhs",
        "name": "Brightwater Dual Diagnosis Team",
        "district": "B15",
        "terms": ["mental-health-dual-diagnosis"],
        "hours": "office",
        "description": "Joined-up care for mental health alongside drug or alcohol use.",
        "who": "Adults with a mental health need and drug or alcohol use.",
        "referral": "Through your GP, key worker or mental health team.",
    },
    {
        "slug": "brightwater-inpatient-detox",
        "org": "brightwater-nhs",
        "name": "Brightwater Inpatient Detox Unit",
        "district": "B9",
        "terms": ["detox"],
        "hours": "24h",
        "description": "A medically supported detox ward for people who need care around the clock.",
        "who": "Adults assessed by a treatment service.",
        "referral": "Through your treatment service.",
        "closed_on_bank_holidays": False,
    },
    {
        "slug": "brightwater-residential-rehab",
        "org": "brightwater-nhs",
        "name": "Brightwater House Rehab",
        "district": "B38",
        "terms": ["residential-rehab"],
        "hours": "24h",
        "description": "A 12-week residential rehab programme in a quiet house with a garden.",
        "who": "Adults who have finished a detox.",
        "referral": "Through your treatment service.",
        "closed_on_bank_holidays": False,
    },
    {
        "slug": "brightwater-liver-clinic",
        "org": "brightwater-nhs",
        "name": "Brightwater Liver and Blood Test Clinic",
        "district": "B18",
        "terms": ["alcohol-services", "needle-syringe-exchange"],
        "hours": "clinic",
        "description": "Hepatitis C and liver tests, and treatment, in one visit.",
        "who": "Anyone who has injected drugs or drinks heavily.",
        "referral": "Walk in or call.",
    },
    {
        "slug": "youthlink-young-peoples-service",
        "org": "youthlink-b",
        "name": "YouthLink Young People's Service",
        "district": "B6",
        "terms": ["young-people", "advice-information"],
        "hours": "late-drop-in",
        "description": "Confidential help for young people about drugs, alcohol, sex and staying safe.",
        "who": "Young people aged 11 to 24.",
        "referral": "Drop in, text or call. We will not tell your parents unless you are in danger.",
        "callbacks": True,
    },
    {
        "slug": "youthlink-family-time",
        "org": "youthlink-b",
        "name": "YouthLink Family Time",
        "district": "B34",
        "terms": ["young-people", "family-friends"],
        "hours": "evening-group",
        "description": "Sessions for young people whose parents or carers use drugs or alcohol.",
        "who": "Young people aged 8 to 18.",
        "referral": "Ask a teacher, social worker or call us.",
    },
    {
        "slug": "youthlink-mentors",
        "org": "youthlink-b",
        "name": "YouthLink Mentors",
        "district": "B42",
        "terms": ["young-people", "mentoring"],
        "hours": "courses",
        "description": "A trained mentor meets you each week to work towards your goals.",
        "who": "Young people aged 14 to 24.",
        "referral": "Call us.",
    },
]


def _place(district: str, number: int) -> tuple[float, float]:
    latitude, longitude, _share = DISTRICTS[district]
    # A small, fixed offset (under half a mile) so two services in one district are not on one spot.
    return round(latitude + ((number % 5) - 2) * 0.0015, 5), round(longitude + ((number % 3) - 1) * 0.0025, 5)


def load_services(say: Callable[[str], None] = print) -> None:
    ensure_terms()
    terms = {term.code: term for term in TaxonomyTerm.objects.all()}
    organizations = {}
    for slug, name, description in ORGANIZATIONS:
        organizations[slug], _ = Organization.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
    today = timezone.localdate()
    for number, entry in enumerate(SERVICES):
        organization = organizations[entry["org"]]
        service, _ = Service.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "organization": organization,
                "name": entry["name"] + " (demo)",
                "description": entry["description"],
                "eligibility_description": entry["who"],
                "how_to_get_referred": entry["referral"],
                "fees_description": "Free",
                "open_24_hours": entry["hours"] == "24h",
                "closed_on_bank_holidays": entry.get("closed_on_bank_holidays", True),
                "accepts_callbacks": entry.get("callbacks", False),
                # A few listings are left unchecked for over six months, to show the stale flag.
                "last_checked": today - datetime.timedelta(days=200 if number % 9 == 4 else number * 3),
                "accessibility": "Step-free entrance and an accessible toilet." if number % 2 else "",
            },
        )
        service.taxonomy_terms.set([terms[code] for code in entry["terms"]])
        latitude, longitude = _place(entry["district"], number)
        location, _ = Location.objects.update_or_create(
            organization=organization,
            name=f"{entry['name']} base",
            defaults={
                "address_1": f"{10 + number} Example Street",
                "city": "Birmingham",
                "postcode": entry["district"],
                "latitude": latitude,
                "longitude": longitude,
            },
        )
        ServiceAtLocation.objects.get_or_create(service=service, location=location)
        service.schedules.all().delete()
        for days, opens, closes in HOURS[entry["hours"]]:
            for day in days:
                Schedule.objects.create(service=service, weekday=day, opens_at=opens, closes_at=closes)
        service.phones.all().delete()
        Phone.objects.create(
            service=service, number=f"0121 496 0{100 + number * 7:03d}", description="Main line"
        )
        service.languages.all().delete()
        for language, code in [("English", "en"), *entry.get("languages", [])]:
            Language.objects.create(service=service, name=language, code=code)
    demo_provider = get_user_model().objects.filter(username=DEMO_PROVIDER).first()
    if demo_provider is not None:
        Membership.objects.get_or_create(
            organization=organizations["harbourline-recovery"], user=demo_provider
        )
        say(f"  {DEMO_PROVIDER} can edit the listings of {organizations['harbourline-recovery'].name}.")
    say(f"Loaded {len(SERVICES)} demo services from {len(ORGANIZATIONS)} organisations.")
