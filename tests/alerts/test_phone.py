import pytest
from django import forms

from mylife4me.alerts.phone import NOT_A_UK_MOBILE, UKMobileNumberField, normalise_uk_mobile


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("07700 900982", "+447700900982"),
        ("07700900123", "+447700900123"),
        ("+44 7700 900 000", "+447700900000"),
        ("(07700) 900-999", "+447700900999"),
        ("447700900500", "+447700900500"),
        ("07911 123456", "+447911123456"),  # a real-format mobile, outside the drama range
    ],
)
def test_uk_mobiles_are_stored_in_e164(typed, stored):
    assert normalise_uk_mobile(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "0121 496 0123",
        "0300 123 6600",
        "999",
        "07700 90098",
        "+33 6 12 34 56 78",
        "not a number",
        "",
        "0" * 40,
    ],
)
def test_other_numbers_are_refused(typed):
    with pytest.raises(ValueError, match="Enter a UK mobile number"):
        normalise_uk_mobile(typed)


class NumberForm(forms.Form):
    phone = UKMobileNumberField()


def test_field_cleans_to_e164():
    form = NumberForm({"phone": "07700 900 982"})
    assert form.is_valid()
    assert form.cleaned_data["phone"] == "+447700900982"


def test_field_gives_the_govuk_message_and_keeps_what_was_typed():
    form = NumberForm({"phone": "0121 496 0123"})

    assert not form.is_valid()
    assert form.errors["phone"] == [NOT_A_UK_MOBILE]
    assert NOT_A_UK_MOBILE == "Enter a UK mobile number, like 07700 900 982"
    assert 'value="0121 496 0123"' in str(form["phone"])
    assert 'type="tel"' in str(form["phone"])


def test_field_shows_a_stored_number_the_uk_way():
    form = NumberForm(initial={"phone": "+447700900982"})
    assert 'value="07700 900982"' in str(form["phone"])
