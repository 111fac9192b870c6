import datetime

from django import forms
from django.utils import timezone

DEFAULT_DAYS = 28
MAX_DAYS = 731  # two years


class DateRangeForm(forms.Form):
    """From and to dates (inclusive, UK dates) for any figures page; both optional: the last 28 days."""

    def __init__(self, data=None, *args, **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        for name, label in (("from", "From"), ("to", "To")):
            self.fields[name] = forms.DateField(
                label=label,
                required=False,
                input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"],
                help_text="For example, 2025-03-27",
                widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
                error_messages={"invalid": f"Enter the {label.lower()} date as a real date, like 2025-03-27"},
            )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        end = cleaned.get("to") or timezone.localdate()
        start = cleaned.get("from") or end - datetime.timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            self.add_error("to", "The to date must be the same as or after the from date")
        elif (end - start).days + 1 > MAX_DAYS:
            self.add_error("from", "Choose dates no more than 2 years apart")
        cleaned["start"], cleaned["end"] = start, end
        return cleaned

    def dates(self) -> tuple[datetime.date, datetime.date]:
        """The range to show: the chosen one when valid, else the default."""
        if self.is_valid():
            return self.cleaned_data["start"], self.cleaned_data["end"]
        end = timezone.localdate()
        return end - datetime.timedelta(days=DEFAULT_DAYS - 1), end
