"""The public services search form (GET: the query string is the permalink)."""

from django import forms

from services_directory.models import TaxonomyTerm
from services_directory.postcodes import Place, locate, normalise


class ServiceSearchForm(forms.Form):
    q = forms.CharField(label="What are you looking for?", required=False, max_length=100)
    category = forms.ChoiceField(
        label="Kind of support",
        required=False,
        error_messages={"invalid_choice": "Choose a kind of support from the list"},
    )
    postcode = forms.CharField(
        label="Postcode",
        required=False,
        help_text="For example, B1 1AA or B12. We use it only to sort the list and do not keep it.",
    )
    open_now = forms.BooleanField(label="Only show services open now", required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Every term, not only those in use: drug pages link to /services/?category=<code> for each.
        terms = TaxonomyTerm.objects.order_by("name")
        self.fields["category"].choices = [("", "Any kind of support")] + [
            (term.code, term.name) for term in terms.only("code", "name")
        ]
        self.fields["postcode"].widget.attrs.update(
            {"autocomplete": "postal-code", "class": "govuk-input--width-10", "maxlength": "10"}
        )
        self.fields["q"].widget.attrs.update({"type": "search", "spellcheck": "false"})
        self.place: Place | None = None

    def clean_category(self) -> str:
        return self.cleaned_data.get("category") or ""

    def clean_postcode(self) -> str:
        raw = self.cleaned_data.get("postcode", "").strip()
        if not raw:
            return ""
        postcode = normalise(raw)
        if postcode is None:
            raise forms.ValidationError("Enter a real postcode, like B1 1AA")
        self.place = locate(postcode)
        if self.place is None:
            raise forms.ValidationError(
                "We could not find that postcode. Check it, or enter just the first part, like B12"
            )
        return postcode
