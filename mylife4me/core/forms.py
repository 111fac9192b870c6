"""Form pieces shared by the site's public forms."""

from django import forms


class HoneypotForm(forms.Form):
    """A public form with a trap for robots: a field people never see or fill in.

    Templates wrap `form.website` in `<div class="ml4m-trap" aria-hidden="true">`, hidden by CSS. A form
    that deletes the field (one only signed-in staff use) is never taken for a robot.
    """

    website = forms.CharField(required=False, label="Leave this empty")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "website" in self.fields:
            self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def is_robot(self) -> bool:
        return "website" in self.fields and bool(self.data.get("website"))
