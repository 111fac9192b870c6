import datetime as dt

from django import forms

from mylife4me.alerts.kinds import AlertKind
from mylife4me.alerts.models import AlertPreference
from mylife4me.alerts.phone import UKMobileNumberField

CHANNEL_LABELS = {"email": "Email", "sms": "Text message", AlertPreference.OFF: "Off"}
HOURS = [("", "No quiet hours")] + [(f"{hour:02d}:00", f"{hour:02d}:00") for hour in range(24)]


def field_name(kind: AlertKind) -> str:
    return "kind-" + kind.name.replace(".", "-")


class PreferencesForm(forms.Form):
    """One choice per kind of alert, a mobile number and quiet hours."""

    phone = UKMobileNumberField(
        required=False,
        label="Mobile number for text messages",
        help_text="Only needed for text messages. We use it for nothing else.",
    )
    quiet_start = forms.ChoiceField(
        choices=HOURS,
        required=False,
        label="Quiet hours start",
        help_text="UK time. Urgent alerts still come.",
    )
    quiet_end = forms.ChoiceField(choices=HOURS, required=False, label="Quiet hours end")

    def __init__(self, *args, kinds: list[AlertKind], has_email: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kinds = kinds
        self.has_email = has_email
        kind_fields = {}
        for kind in kinds:
            choices = [(c, CHANNEL_LABELS[c]) for c in ("email", "sms") if c in kind.channels]
            choices.append((AlertPreference.OFF, CHANNEL_LABELS[AlertPreference.OFF]))
            kind_fields[field_name(kind)] = forms.ChoiceField(
                label=kind.label,
                choices=choices,
                widget=forms.RadioSelect,
            )
        # The kinds come first on the page.
        self.fields = {**kind_fields, **self.fields}

    def choices(self) -> dict[str, str]:
        return {kind.name: self.cleaned_data[field_name(kind)] for kind in self.kinds}

    def quiet_hours(self) -> tuple[dt.time | None, dt.time | None]:
        start, end = self.cleaned_data.get("quiet_start"), self.cleaned_data.get("quiet_end")
        if not start or not end:
            return None, None
        return dt.time.fromisoformat(start), dt.time.fromisoformat(end)

    def clean(self):
        data = super().clean()
        picked = [data.get(field_name(kind)) for kind in self.kinds]
        if "sms" in picked and not data.get("phone") and "phone" not in self.errors:
            self.add_error("phone", "Enter a mobile number to get text messages")
        if "email" in picked and not self.has_email:
            first = next(kind for kind in self.kinds if data.get(field_name(kind)) == "email")
            self.add_error(field_name(first), "Add an email address to your account to get emails")
        start, end = data.get("quiet_start"), data.get("quiet_end")
        if bool(start) != bool(end):
            self.add_error("quiet_end" if start else "quiet_start", "Choose when quiet hours start and end")
        elif start and start == end:
            self.add_error("quiet_end", "Quiet hours must end at a different time from when they start")
        return data
