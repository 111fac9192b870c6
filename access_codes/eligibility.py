"""Who can have a free code: decided locally from the postcode, never by asking another site.

Rule order: a row in the full postcode table (if imported) that says Birmingham -> eligible; a row that
names another authority -> outside; no row -> the district rule staff keep in admin (seeded from the
district figures in services_directory.postcode_districts): inside -> eligible, outside -> not, split ->
accepted for a staff check.
"""

from dataclasses import dataclass
from enum import StrEnum

from access_codes.models import DistrictRule, Rule
from services_directory.models import Postcode
from services_directory.postcodes import district_of, normalise

BIRMINGHAM = "Birmingham"


class Outcome(StrEnum):
    ELIGIBLE = "eligible"
    CHECK = "check"
    OUTSIDE = "outside"
    INVALID = "invalid"


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    postcode: str = ""
    district: str = ""


def rule_for_share(share: float) -> Rule:
    """The default rule from the share of a district's postcodes inside Birmingham."""
    if share >= 1.0:
        return Rule.INSIDE
    if share <= 0:
        return Rule.OUTSIDE
    return Rule.CHECK


def decide(raw: str | None) -> Decision:
    postcode = normalise(raw)
    if postcode is None or " " not in postcode:
        return Decision(Outcome.INVALID)
    district = district_of(postcode)
    authority = Postcode.objects.filter(postcode=postcode).values_list("local_authority", flat=True).first()
    if authority:
        inside = authority.strip().casefold() == BIRMINGHAM.casefold()
        return Decision(Outcome.ELIGIBLE if inside else Outcome.OUTSIDE, postcode, district)
    rule = DistrictRule.objects.filter(district=district).values_list("rule", flat=True).first()
    if rule is None:
        # Birmingham's districts all start with B; an unknown B district (a new one) gets a human look.
        rule = Rule.CHECK if district.startswith("B") and district[1:2].isdigit() else Rule.OUTSIDE
    outcome = {Rule.INSIDE: Outcome.ELIGIBLE, Rule.OUTSIDE: Outcome.OUTSIDE, Rule.CHECK: Outcome.CHECK}
    return Decision(outcome[Rule(rule)], postcode, district)
