"""Eligibility from the postcode, decided locally: the full table first, then the district rule."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from access_codes.eligibility import Outcome, decide, rule_for_share
from access_codes.models import DistrictRule, Rule
from services_directory.models import Postcode
from services_directory.postcode_districts import DISTRICTS
from tests.services import need

pytestmark = pytest.mark.django_db


def test_the_district_rule_is_seeded_from_the_district_figures():
    assert DistrictRule.objects.count() == len(DISTRICTS)
    assert DistrictRule.objects.get(district="B1").rule == Rule.INSIDE  # share 1.0
    assert DistrictRule.objects.get(district="B91").rule == Rule.OUTSIDE  # Solihull, share 0
    assert DistrictRule.objects.get(district="B36").rule == Rule.CHECK  # share 0.4
    assert DistrictRule.objects.get(district="B14").rule == Rule.CHECK  # share 0.994: still split
    assert [rule_for_share(s) for s in (1.0, 0.5, 0.0)] == [Rule.INSIDE, Rule.CHECK, Rule.OUTSIDE]


@pytest.mark.parametrize(
    ("typed", "outcome", "postcode"),
    [
        ("b296aa", Outcome.ELIGIBLE, "B29 6AA"),  # inside
        ("B91 3AA", Outcome.OUTSIDE, "B91 3AA"),  # Solihull
        ("WS1 1AA", Outcome.OUTSIDE, "WS1 1AA"),  # not a B district
        ("b36 8aa", Outcome.CHECK, "B36 8AA"),  # split between Birmingham and North Warwickshire
        ("B39 1AA", Outcome.CHECK, "B39 1AA"),  # a B district the rule does not know: a person checks
    ],
)
def test_without_the_full_table_the_district_rule_decides(typed, outcome, postcode):
    decision = decide(typed)
    assert (decision.outcome, decision.postcode, decision.district) == (
        outcome,
        postcode,
        postcode.split()[0],
    )


@pytest.mark.parametrize("typed", ["", "B29", "not a postcode", "B29 6A", "12345", "B29 6AA B29 6AA"])
def test_a_malformed_or_partial_postcode_is_invalid(typed):
    assert decide(typed).outcome == Outcome.INVALID


def test_staff_can_change_what_a_district_counts_as():
    DistrictRule.objects.filter(district="B36").update(rule=Rule.INSIDE)
    assert decide("B36 8AA").outcome == Outcome.ELIGIBLE
    DistrictRule.objects.filter(district="B1").update(rule=Rule.OUTSIDE)
    assert decide("B1 1AA").outcome == Outcome.OUTSIDE


def test_a_row_in_the_full_table_settles_a_split_district():
    Postcode.objects.create(postcode="B36 8AA", latitude=52.5, longitude=-1.78, local_authority="Birmingham")
    Postcode.objects.create(
        postcode="B36 0AA", latitude=52.5, longitude=-1.77, local_authority="North Warwickshire"
    )
    # And it beats the district rule either way.
    Postcode.objects.create(postcode="B1 9ZZ", latitude=52.48, longitude=-1.9, local_authority="Sandwell")
    Postcode.objects.create(postcode="B91 9ZZ", latitude=52.41, longitude=-1.78, local_authority="Birmingham")

    assert decide("B36 8AA").outcome == Outcome.ELIGIBLE
    assert decide("B36 0AA").outcome == Outcome.OUTSIDE
    assert decide("B1 9ZZ").outcome == Outcome.OUTSIDE
    assert decide("B91 9ZZ").outcome == Outcome.ELIGIBLE
    assert decide("B36 9QQ").outcome == Outcome.CHECK  # no row: back to the district rule


def test_with_the_full_west_midlands_table_imported():
    path = os.environ.get("MYLIFE4ME_POSTCODES_CSV", "")
    need(bool(path) and Path(path).is_file(), "MYLIFE4ME_POSTCODES_CSV does not name the West Midlands CSV")
    call_command("import_postcodes", path)
    assert Postcode.objects.count() > 80000
    inside = Postcode.objects.filter(postcode__startswith="B36 ", local_authority="Birmingham").first()
    outside = (
        Postcode.objects.filter(postcode__startswith="B36 ").exclude(local_authority="Birmingham").first()
    )
    assert inside and outside, "B36 is split, so the table has both"
    assert decide(inside.postcode).outcome == Outcome.ELIGIBLE
    assert decide(outside.postcode).outcome == Outcome.OUTSIDE
    assert decide("B1 1AA").outcome == Outcome.ELIGIBLE
    solihull = Postcode.objects.filter(local_authority="Solihull").first()
    assert decide(solihull.postcode).outcome == Outcome.OUTSIDE
    assert decide("B29 6").outcome == Outcome.INVALID
