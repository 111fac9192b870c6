from django import forms
from django.template.loader import render_to_string


class _Form(forms.Form):
    name = forms.CharField(label="Name")
    choice = forms.ChoiceField(label="Choose", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect)


def test_error_summary_links_to_the_field_and_to_the_first_radio():
    form = _Form(data={})
    form.is_valid()
    summary = render_to_string("includes/error_summary.html", {"form": form})
    fields = render_to_string("includes/form_fields.html", {"form": form})
    assert 'href="#id_name"' in summary and 'id="id_name"' in fields
    assert 'href="#id_choice_1"' in summary and 'id="id_choice_1"' in fields


def test_no_summary_without_errors():
    assert "govuk-error-summary" not in render_to_string("includes/error_summary.html", {"form": _Form()})
