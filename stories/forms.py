import re

from django import forms

from mylife4me.alerts.phone import normalise_uk_mobile
from services_directory.models import Substance
from stories.models import Credit, Stage

FIRST_NAME = re.compile(r"^[^\W\d_][^\W\d_' -]*(['-][^\W\d_]+)*$")
BODY_HELP = "You can use simple formatting: *italics*, **bold**, and lists starting with -."


class StoryForm(forms.Form):
    title = forms.CharField(
        label="Title",
        max_length=120,
        help_text="A few words that sum up your story, like “The day I asked for help”.",
        error_messages={
            "required": "Enter a title",
            "max_length": "The title must be 120 characters or fewer",
        },
    )
    body = forms.CharField(
        label="Your story",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=BODY_HELP,
        error_messages={
            "required": "Enter your story",
            "max_length": "Your story must be 10,000 characters or fewer",
        },
    )
    stage = forms.ChoiceField(
        label="Where are you now?",
        choices=Stage.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose where you are now"},
    )
    substances = forms.ModelMultipleChoiceField(
        label="Which drugs or alcohol is your story about? (optional)",
        queryset=Substance.objects.only("name").order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Readers can find stories about the same thing.",
    )
    credit = forms.ChoiceField(
        label="How should we say who wrote it?",
        choices=[
            (Credit.ANONYMOUS, "Anonymous"),
            (Credit.PSEUDONYM, "My username"),
            (Credit.FIRST_NAME, "A first name I choose (it does not have to be my real name)"),
        ],
        widget=forms.RadioSelect,
        initial=Credit.ANONYMOUS,
        error_messages={"required": "Choose how we should say who wrote it"},
    )
    credit_name = forms.CharField(
        label="First name to show (only if you chose a first name)",
        max_length=30,
        required=False,
        error_messages={"max_length": "The first name must be 30 characters or fewer"},
    )

    def clean_credit_name(self) -> str:
        name = " ".join(self.cleaned_data["credit_name"].split())
        if name and not FIRST_NAME.match(name):
            raise forms.ValidationError("Enter a first name using letters only, like Sam")
        return name

    def clean(self):
        data = super().clean()
        wants_name = data.get("credit") == Credit.FIRST_NAME and not data.get("credit_name")
        if wants_name and "credit_name" not in self.errors:
            self.add_error("credit_name", "Enter the first name to show, or choose Anonymous")
        return data


class FilterForm(forms.Form):
    """The list's filters: a plain GET form, so the address is the permalink. Unknown values are ignored."""

    stage = forms.ChoiceField(label="Stage", choices=[("", "Any stage"), *Stage.choices], required=False)
    substance = forms.ChoiceField(label="About", required=False)

    def __init__(self, *args, substances: list[Substance], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["substance"].choices = [("", "Any drug or alcohol")] + [
            (substance.slug, substance.name) for substance in substances
        ]

    def filters(self) -> dict[str, str]:
        self.is_valid()  # a field with an unknown value is left out of cleaned_data, so it does not filter
        return {name: value for name, value in self.cleaned_data.items() if value}


class StagesField(forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            label="Tell me about new stories from people who are:",
            choices=Stage.choices,
            widget=forms.CheckboxSelectMultiple,
            error_messages={"required": "Choose at least one kind of story"},
            **kwargs,
        )


class UserAlertsForm(forms.Form):
    stages = StagesField(required=False)


class AddressAlertsForm(forms.Form):
    stages = StagesField()
    address = forms.CharField(
        label="Email address or UK mobile number",
        max_length=254,
        help_text="We send a link to check it is yours. Nothing is saved until you follow it.",
        error_messages={"required": "Enter an email address or a UK mobile number"},
    )

    def clean_address(self) -> str:
        text = self.cleaned_data["address"].strip()
        if "@" in text:
            try:
                forms.EmailField().clean(text)
            except forms.ValidationError:
                raise forms.ValidationError("Enter an email address like name@example.com") from None
            return text.lower()
        try:
            return normalise_uk_mobile(text)
        except ValueError:
            raise forms.ValidationError(
                "Enter an email address like name@example.com, or a UK mobile number like 07700 900 982"
            ) from None
