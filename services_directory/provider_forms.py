"""Forms for provider staff: their services, locations and hours."""

from django import forms

from services_directory.hours_text import format_slots, parse_slots
from services_directory.models import Location, Service, TaxonomyTerm, Weekday
from services_directory.postcodes import normalise

DATE_FORMATS = ["%d/%m/%Y", "%d %m %Y", "%Y-%m-%d"]


class ServiceForm(forms.ModelForm):
    taxonomy_terms = forms.ModelMultipleChoiceField(
        label="Kinds of support",
        queryset=TaxonomyTerm.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    url = forms.URLField(label="Website", required=False, assume_scheme="https")
    locations = forms.ModelMultipleChoiceField(
        label="Where it runs",
        queryset=Location.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Service
        fields = [
            "name",
            "status",
            "description",
            "eligibility_description",
            "how_to_get_referred",
            "fees_description",
            "accessibility",
            "email",
            "url",
            "taxonomy_terms",
            "locations",
            "open_24_hours",
            "closed_on_bank_holidays",
            "accepts_callbacks",
        ]
        widgets = {
            field: forms.Textarea(attrs={"rows": 4})
            for field in ("description", "eligibility_description", "how_to_get_referred", "accessibility")
        }

    def __init__(self, *args, organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Only this organisation's own places can be chosen.
        self.fields["locations"].queryset = organization.locations.order_by("name")


class LocationForm(forms.ModelForm):
    class Meta:
        model = Location
        fields = [
            "name",
            "address_1",
            "address_2",
            "city",
            "postcode",
            "accessibility",
            "latitude",
            "longitude",
        ]
        widgets = {"accessibility": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "latitude": "Leave empty to use the middle of the postcode's area.",
            "longitude": "Leave empty to use the middle of the postcode's area.",
        }

    def clean_postcode(self) -> str:
        raw = self.cleaned_data.get("postcode", "")
        if not raw:
            return ""
        postcode = normalise(raw)
        if postcode is None:
            raise forms.ValidationError("Enter a real postcode, like B1 1AA")
        return postcode

    def clean(self):
        data = super().clean()
        latitude, longitude = data.get("latitude"), data.get("longitude")
        if latitude is not None and not 49 <= latitude <= 61:
            self.add_error("latitude", "Enter a latitude in the UK, between 49 and 61")
        if longitude is not None and not -9 <= longitude <= 2:
            self.add_error("longitude", "Enter a longitude in the UK, between -9 and 2")
        return data


class WeeklyHoursForm(forms.Form):
    """One text box a day: "09:00-17:00", "09:00-12:30, 13:30-17:00", "22:00-06:00" (overnight)."""

    def __init__(self, *args, service: Service, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        slots = {day: [] for day in Weekday.values}
        for slot in service.schedules.all():
            slots[slot.weekday].append((slot.opens_at, slot.closes_at))
        for day, label in Weekday.choices:
            self.fields[f"day_{day}"] = forms.CharField(
                label=label,
                required=False,
                max_length=100,
                initial=format_slots(slots[day]),
                help_text="For example 09:00-17:00. Leave empty if closed." if day == 0 else "",
            )

    def clean(self):
        data = super().clean()
        self.days = {}
        for day in Weekday.values:
            try:
                self.days[day] = parse_slots(data.get(f"day_{day}", ""))
            except ValueError as error:
                self.add_error(f"day_{day}", str(error))
        return data


class ClosureForm(forms.Form):
    starts_on = forms.DateField(
        label="First day closed",
        input_formats=DATE_FORMATS,
        help_text="For example 27/12/2026",
        error_messages={"invalid": "Enter a real date, like 27/12/2026", "required": "Enter the first day"},
    )
    ends_on = forms.DateField(
        label="Last day closed",
        input_formats=DATE_FORMATS,
        error_messages={"invalid": "Enter a real date, like 27/12/2026", "required": "Enter the last day"},
    )
    reason = forms.CharField(label="Why (optional, shown to the public)", required=False, max_length=200)

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", "The last day must be the same as or after the first day")
        return data
