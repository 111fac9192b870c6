import datetime

import pytest
from django.db import IntegrityError

from services_directory.mixing import mixing_rows, set_mixing_risk
from services_directory.models import MixingRisk
from services_directory.review import overdue_before, review_due, review_overdue
from tests.services_directory.factories import make_substance


@pytest.mark.parametrize(
    ("last", "today", "overdue"),
    [
        (datetime.date(2025, 3, 1), datetime.date(2026, 3, 1), False),
        (datetime.date(2025, 3, 1), datetime.date(2026, 3, 2), True),
        (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28), False),
        (datetime.date(2024, 2, 29), datetime.date(2025, 3, 1), True),
        (None, datetime.date(2026, 1, 1), True),
    ],
)
def test_content_is_overdue_twelve_months_after_its_last_review(last, today, overdue):
    assert review_overdue(last, today) is overdue


def test_review_dates():
    assert review_due(datetime.date(2024, 2, 29)) == datetime.date(2025, 2, 28)
    assert review_due(None) is None
    assert overdue_before(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)


@pytest.mark.django_db
def test_a_pair_is_stored_once_whichever_way_round_and_shown_from_both_sides():
    alcohol, heroin = make_substance("Alcohol"), make_substance("Heroin")
    set_mixing_risk(heroin, alcohol, "high_risk", "First.")
    set_mixing_risk(alcohol, heroin, "dangerous", "Second.")
    risk = MixingRisk.objects.get()
    assert risk.substance_a_id < risk.substance_b_id
    assert (risk.level, risk.note) == ("dangerous", "Second.")
    assert [(row.other.name, row.level_label) for row in mixing_rows(alcohol)] == [("Heroin", "Dangerous")]
    assert [(row.other.name, row.level_label) for row in mixing_rows(heroin)] == [("Alcohol", "Dangerous")]


@pytest.mark.django_db
def test_the_database_refuses_a_pair_out_of_order():
    first, second = make_substance("One"), make_substance("Two")
    MixingRisk.objects.create(substance_a=first, substance_b=second, level="caution", note="x")
    with pytest.raises(IntegrityError):
        MixingRisk.objects.bulk_create(
            [MixingRisk(substance_a=second, substance_b=first, level="caution", note="y")]
        )
