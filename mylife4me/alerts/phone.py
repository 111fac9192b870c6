"""UK mobile numbers: parsed and stored in E.164 form (+447700900982), checked at the form."""

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError

NOT_A_UK_MOBILE = "Enter a UK mobile number, like 07700 900 982"

# Ofcom keeps 07700 900000 to 900999 for drama and testing; libphonenumber calls them invalid, but the
# demo data and tests use them, and GOV.UK Notify accepts them as test numbers.
_DRAMA_MOBILES = range(447700900000, 447700901000)


def normalise_uk_mobile(value: str) -> str:
    """The number in E.164 form, or ValueError when it is not a UK mobile number."""
    text = (value or "").strip()
    if not text or len(text) > 30:
        raise ValueError(NOT_A_UK_MOBILE)
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        raise ValueError(NOT_A_UK_MOBILE) from None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.country_code == 44 and int(e164[1:]) in _DRAMA_MOBILES:
        return e164
    mobile = phonenumbers.number_type(number) in {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }
    if number.country_code != 44 or not phonenumbers.is_valid_number(number) or not mobile:
        raise ValueError(NOT_A_UK_MOBILE)
    return e164


def display_uk_mobile(e164: str) -> str:
    """+447700900982 as 07700 900982."""
    if not e164:
        return ""
    return "0" + e164[3:7] + " " + e164[7:] if e164.startswith("+44") else e164


class UKMobileNumberField(forms.CharField):
    """A form field that accepts a UK mobile number in any usual way of writing it and cleans it to E.164."""

    default_error_messages = {"invalid": NOT_A_UK_MOBILE}

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("label", "UK mobile number")
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("autocomplete", "tel")
        self.widget.attrs.setdefault("inputmode", "tel")
        self.widget.input_type = "tel"

    def prepare_value(self, value):
        if isinstance(value, str) and value.startswith("+44"):
            return display_uk_mobile(value)
        return value

    def to_python(self, value) -> str:
        text = super().to_python(value)
        if text in self.empty_values:
            return ""
        try:
            return normalise_uk_mobile(text)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
