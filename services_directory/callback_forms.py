from django import forms

from mylife4me.alerts.phone import UKMobileNumberField
from mylife4me.core.forms import HoneypotForm


class CallbackForm(HoneypotForm):
    name = forms.CharField(
        label="Your first name or a nickname",
        max_length=60,
        help_text="So the person who calls knows who to ask for.",
        error_messages={"required": "Enter a first name or nickname"},
    )
    phone = UKMobileNumberField(
        label="Your UK mobile number",
        help_text="We send a text to say we have your request. It does not say what the service is.",
        error_messages={"required": "Enter your UK mobile number"},
    )
    best_times = forms.CharField(
        label="Best times to call",
        max_length=200,
        help_text="For example, weekday mornings, or after 6pm.",
        error_messages={"required": "Enter the best times to call you"},
    )
    note = forms.CharField(
        label="Anything you want them to know (optional)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs.update({"autocomplete": "given-name"})
