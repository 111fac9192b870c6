"""The request form (public and partner referral), the import form and the decline form."""

import datetime

from django import forms
from django.utils import timezone

from access_codes.eligibility import Decision, Outcome, decide
from access_codes.models import Channel, DeclineReason, Substance
from mylife4me.alerts.phone import UKMobileNumberField
from mylife4me.core.forms import HoneypotForm

POSTCODE_INVALID = "Enter a full UK postcode, like B1 1AA"


class RequestForm(HoneypotForm):
    name = forms.CharField(
        label="Your first name or a nickname",
        max_length=60,
        help_text="So the message we send you starts with a name you know.",
        error_messages={"required": "Enter a first name or nickname"},
    )
    postcode = forms.CharField(
        label="Your postcode",
        max_length=10,
        help_text="For example, B1 1AA. The codes are free for people who live in Birmingham.",
        error_messages={"required": "Enter your postcode"},
    )
    channel = forms.ChoiceField(
        label="How should we send you the code?",
        choices=Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose email or text message"},
    )
    email = forms.EmailField(
        label="Email address (if you chose email)",
        required=False,
        max_length=254,
        error_messages={"invalid": "Enter an email address, like name@example.com"},
    )
    phone = UKMobileNumberField(label="UK mobile number (if you chose text message)", required=False)
    substance = forms.ChoiceField(
        label="What is the main thing you want help with? (optional)",
        help_text="This helps the council plan services. You do not have to say.",
        choices=Substance.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    consent = forms.BooleanField(
        label="I agree that MyLife4Me can contact me by the email or mobile number above about my code",
        error_messages={"required": "Tick the box to agree that we can send you the code"},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs.update({"autocomplete": "given-name", "spellcheck": "false"})
        self.fields["postcode"].widget.attrs.update(
            {"autocomplete": "postal-code", "class": "govuk-input--width-10"}
        )
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "spellcheck": "false"})
        self.decision: Decision | None = None

    def clean_postcode(self) -> str:
        raw = self.cleaned_data.get("postcode", "")
        decision = decide(raw)
        if decision.outcome == Outcome.INVALID:
            raise forms.ValidationError(POSTCODE_INVALID)
        self.decision = decision
        return decision.postcode

    def clean(self) -> dict:
        data = super().clean()
        channel = data.get("channel")
        if channel == Channel.EMAIL and not data.get("email") and "email" not in self.errors:
            self.add_error("email", "Enter your email address")
        if channel == Channel.SMS and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", "Enter your UK mobile number")
        return data

    @property
    def outside(self) -> bool:
        """The postcode is valid but outside Birmingham (the other fields may still have errors)."""
        return self.decision is not None and self.decision.outcome == Outcome.OUTSIDE


class ReferralForm(RequestForm):
    """Provider staff asking on behalf of a client: the client's details, and which organisation."""

    organization = forms.ModelChoiceField(
        label="Your organisation",
        queryset=None,
        empty_label=None,
        error_messages={"required": "Choose your organisation", "invalid_choice": "Choose your organisation"},
    )

    def __init__(self, *args, organizations, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations
        self.fields["name"].label = "Your client's first name or a nickname"
        self.fields["name"].help_text = "The message to them starts with this name."
        self.fields["postcode"].label = "Your client's postcode"
        self.fields["channel"].label = "How should we send them the code?"
        self.fields["email"].label = "Their email address (if email)"
        self.fields["phone"].label = "Their UK mobile number (if text message)"
        self.fields["substance"].label = "What is the main thing they want help with? (optional)"
        self.fields["consent"].label = "My client agrees that MyLife4Me can contact them about their code"
        self.fields["consent"].error_messages["required"] = "Tick the box to confirm your client agrees"
        del self.fields["website"]
        self.order_fields(["organization"])


def _parse_date(text: str) -> datetime.date | None:
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %m %Y"):
        try:
            return datetime.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


class ImportForm(forms.Form):
    name = forms.CharField(
        label="Batch name",
        max_length=100,
        help_text="For example, the licence or invoice reference.",
        error_messages={"required": "Enter a name for the batch"},
    )
    licence_ends = forms.CharField(
        label="Licence end date",
        max_length=20,
        help_text="For example, 31/3/2027. Codes are never issued after this day.",
        error_messages={"required": "Enter the licence end date"},
    )
    upload = forms.FileField(
        label="Upload a CSV file (optional)",
        required=False,
        help_text="One code per line, in the first column. A header line \u201ccode\u201d is fine.",
    )
    pasted = forms.CharField(
        label="Or paste the codes",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        help_text="One code per line.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["licence_ends"].widget.attrs.update({"class": "govuk-input--width-10"})

    def clean_licence_ends(self) -> datetime.date:
        value = _parse_date(self.cleaned_data.get("licence_ends", ""))
        if value is None:
            raise forms.ValidationError("Enter the licence end date as day/month/year, like 31/3/2027")
        if value < timezone.localdate():
            raise forms.ValidationError("The licence end date must be today or in the future")
        return value

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return ""
        if upload.size > 2_000_000:
            raise forms.ValidationError("The file must be smaller than 2 MB")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError("The file must be a CSV file saved as UTF-8") from None

    def clean(self) -> dict:
        data = super().clean()
        if "upload" not in self.errors and not data.get("upload") and not data.get("pasted", "").strip():
            self.add_error("pasted", "Upload a CSV file or paste the codes")
        return data

    @property
    def text(self) -> str:
        return "\n".join(
            part for part in (self.cleaned_data.get("upload"), self.cleaned_data.get("pasted")) if part
        )


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(
        label="Why are you declining?",
        choices=DeclineReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a reason"},
    )
    note = forms.CharField(
        label="Note for the log (optional)",
        required=False,
        max_length=300,
        help_text="Staff see this. The person is told the reason in plain words, not this note.",
    )
